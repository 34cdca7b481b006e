/** Text for HTML element content and quoted attribute values: every character that could end either is escaped. */
export const escapeHtml = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
