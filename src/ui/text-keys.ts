// The config's text keys are part of the config format, so the core owns them; the UI reads them from there.
export * from '../core/text-keys';
