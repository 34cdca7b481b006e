/** Larger files are refused unread: a consent.json is a few kilobytes, and a huge one would freeze the page. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The text of a file the owner chose or dropped, or why it cannot be opened. */
export async function readConfigFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_FILE_BYTES)
    return { error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a consent.json is a few KB, so it was not opened.` };
  try {
    return { text: await file.text() };
  } catch {
    return { error: `${file.name} could not be read.` };
  }
}

/** Offers `text` as a download named consent.json. */
export function downloadConfig(doc: Document, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = 'consent.json';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url));
}
