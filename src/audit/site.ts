// Second-level labels under which registries sell names (example.co.uk): the site is one label further. A
// short list rather than the Public Suffix List: it errs towards calling a request third-party, never the reverse
// for the common country domains clinics use.
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|edu|nhs|or|ne|go|gv|med)$/;

/** The site of a host: its registrable domain, or the host itself for IP addresses and single labels. */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const take = labels.length > 2 && SECOND_LEVEL.test(labels.at(-2)!) && labels.at(-1)!.length == 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether `host` (of a request or a cookie domain) is on another site than `pageHost`. */
export const isThirdParty = (host: string, pageHost: string): boolean => siteOf(host.replace(/^\./, '')) != siteOf(pageHost);
