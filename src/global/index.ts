// consentry.global.js: `<script src=".../consentry.global.js" data-config="/consent.json" defer>`. The core
// and the loader, without vendor integrations: sites using them load consentry-integrations.global.js instead,
// so visitors of the others do not download the adapters.
import { boot } from './loader';
import { refuseIntegrations } from './refuse-integrations';

export type { ConsentryGlobal } from './loader';

boot(refuseIntegrations);
