import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src';
import { scanPage } from '../../src/check/html/scan-page';
import { clinicConfig } from '../helpers/configs';

const result = validateConfig(clinicConfig());
const config = result.ok ? result.config : undefined;
const codes = (html: string) => scanPage(html, config).diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);

describe('scanPage', () => {
  it('accepts gated scripts, iframes and pixels of known categories and services', () => {
    const html = `<script type="text/plain" data-category="analytics" src="https://www.googletagmanager.com/gtag/js"></script>
<script type="text/plain" data-category="marketing" data-service="meta-pixel">fbq('init')</script>
<iframe data-category="marketing" data-src="https://www.youtube.com/embed/x"></iframe>
<img data-category="!marketing" src="data:image/gif;base64,R0lGOD" data-src="https://ads.example/p.gif" alt="">`;
    expect(codes(html)).toEqual([]);
  });

  it('leaves same-site resources and scripts that do not run alone', () => {
    const html = `<script src="/app.js"></script><img src="img/logo.png" alt=""><iframe src="/booking"></iframe>
<script type="application/ld+json">{"@context": "https://schema.org"}</script>`;
    expect(codes(html)).toEqual([]);
  });

  it('flags an external script, a protocol-relative iframe and a pixel, at their tags', () => {
    expect(codes('<p>\n  <script src="https://x.example/a.js"></script><iframe src="//y.example/"></iframe>\n<img src="http://z.example/p.gif">')).toEqual([
      'ungated-script 2:3',
      'ungated-iframe 2:49',
      'ungated-pixel 3:1',
    ]);
  });

  it('flags an inline tag snippet that loads a vendor', () => {
    expect(codes("<script>(function(w,d){ d.write('//static.hotjar.com/c/hotjar-1.js') })(window, document)</script>")).toEqual(['ungated-script 1:1']);
  });

  it('flags a service the config lacks', () => {
    expect(codes('<script type="text/plain" data-category="marketing" data-service="tiktok"></script>')).toEqual(['gate-unknown-id 1:1']);
  });

  it('checks no ids without a valid config, but still finds what loads before consent', () => {
    const scan = scanPage('<script type="text/plain" data-category="nope"></script><iframe src="https://v.example/"></iframe>', undefined);
    expect(scan.diagnostics.map((d) => d.code)).toEqual(['ungated-iframe']);
  });

  it('tells whether the page can reopen the preferences', () => {
    expect([scanPage('<a href="#" data-consentry-open>Cookie settings</a>', config).opensPreferences, scanPage('<p>', config).opensPreferences]).toEqual([true, false]);
  });

  it('counts CR LF and a lone CR as one line break each, as browsers do', () => {
    expect(codes('<p>\r\n<p>\r<iframe src="https://v.example/"></iframe>')).toEqual(['ungated-iframe 3:1']);
  });

  it('never throws on broken HTML', () => {
    expect(() => scanPage('<script data-category="a" <<<<iframe src=">', config)).not.toThrow();
  });
});

describe('scanPage on untrusted text', () => {
  it('never throws on any string, and places every finding at a line of the page', () => {
    const tags = fc.constantFrom('<script src="https://x.example/a.js">', '<iframe src="//v.example">', '<img src=http://p.example/1.gif>', '<script data-category="nope">', '</script>', '<noscript>', '\n', '<!--', '"', '<');
    fc.assert(
      fc.property(fc.array(fc.oneof(tags, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 30 }), (parts) => {
        const html = parts.join('');
        for (const d of scanPage(html, config).diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(html.split(/\r\n?|\n/).length);
        }
      }),
    );
  });
});
