// consentry-proof.global.js: the consent records' code, fetched by the loader with the dialog when the banner
// file (which brings it too) is not on the page, and for a decision made without either (the API, GPC).
import { registerProof } from './register-proof';

registerProof();
