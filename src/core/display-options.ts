// The `ui` options are part of the config format, so the core owns their words and checks them with every other key.

/** The `ui` options that take one of a few words, with those words (the first is the default). */
export const UI_CHOICES = {
  layout: ['box', 'bar'],
  position: ['bottom', 'top', 'center'],
  theme: ['auto', 'light', 'dark'],
} as const;
