// consentry-debug.global.js: the error panel, fetched by the loader only where the site owner works (localhost,
// 127.0.0.1, [::1] or a script tag with `data-debug`) and only after something went wrong.
import { showErrorPanel, panelEntries } from './error-panel';
import type { ConsentryGlobal } from './loader';

const api = (window as unknown as { Consentry?: ConsentryGlobal }).Consentry;
if (api) {
  api._panel = () => showErrorPanel(document, panelEntries(api._errors ?? [], api._input));
  api._panel();
}
