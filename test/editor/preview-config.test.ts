import { describe, expect, it } from 'vitest';
import { previewConfig } from '../../src/editor/preview-config';

const config = {
  receiptEndpoint: 'https://clinic.example/receipts',
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  categories: [{ id: 'essential', required: true, title: 'Essential', description: '' }],
};

describe('previewConfig', () => {
  it('drops receiptEndpoint, so a click in the preview sends no consent record', () => {
    expect(previewConfig(config, 'en', 'light')).not.toHaveProperty('receiptEndpoint');
  });

  it('shows a config without a theme, or with "auto", in the chosen scheme', () => {
    expect(previewConfig(config, 'en', 'dark').ui).toEqual({ theme: 'dark' });
    expect(previewConfig({ ...config, ui: { theme: 'auto', layout: 'bar' } }, 'en', 'light').ui).toEqual({ theme: 'light', layout: 'bar' });
  });

  it('keeps a theme the config fixes, as visitors see it', () => {
    expect(previewConfig({ ...config, ui: { theme: 'light' } }, 'en', 'dark').ui).toEqual({ theme: 'light' });
  });

  it('shows the chosen language', () => {
    expect(previewConfig({ ...config, language: 'en' }, 'de', 'light').language).toBe('de');
  });

  it('leaves the config it was given as it was', () => {
    const given = structuredClone({ ...config, ui: { theme: 'auto' } });
    previewConfig(given, 'de', 'dark');
    expect(given).toEqual({ ...config, ui: { theme: 'auto' } });
  });
});
