/** The styling contract: every element the UI renders is addressed by `data-scope`/`data-part`/`data-state`. */
export const part = (name: string, state?: string) => ({
  'data-scope': 'consent',
  'data-part': name,
  ...(state !== undefined && { 'data-state': state }),
});
