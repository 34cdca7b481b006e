import { pathExpression } from '../core/paths';
import type { ResolvedConfig } from '../core/types';
import { GOOGLE_CONSENT_TYPES, resolveGoogleSettings, type GoogleConsentModeSettings } from './google-consent-settings';

export type { GoogleConsentModeSettings } from './google-consent-settings';

// JSON for inline <script>: "<" escaped so no config text can close the element.
const js = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
// An object literal: identifier keys need no quotes.
const literal = (value: object): string => js(value).replace(/"([a-z_]\w*)":/gi, '$1:');

/**
 * The inline script to paste as the first `<script>` in `<head>`, before any Google tag (R-INT-1). No
 * network; 1,004 bytes for six categories and services, about 15 more for each further id. It defines
 * `dataLayer` and `gtag` as Google's snippet does, sends `consent default` (all denied but `security_storage`,
 * with `wait_for_update`) and `ads_data_redaction` (and `url_passthrough` if asked), then, when a valid
 * decision is stored, one `consent update` from it. It reads the stored value as the core does (revision,
 * age, known ids, Global Privacy Control, opt-out mode; the comment below says what it leaves to the core),
 * so the adapter, starting later, finds that update already sent and sends none. On `trackerFreePaths` it
 * sends no update, on `sensitivePaths` none from session-replay categories, and on both (and after them) it
 * tells Google the redacted page address (about 500 bytes more, with such paths only). Build it where the config
 * is known (server or build step) from the validated
 * config, with the same options as `googleConsentMode()`.
 * Throws a `TypeError` naming the option when an option is invalid.
 */
export function googleConsentModeBootstrap(config: ResolvedConfig, options: GoogleConsentModeSettings = {}): string {
  const categories = config.categories.map((c) => c.id);
  const services = config.categories.flatMap((c) => c.services.map((s) => s.id));
  const all = [...categories, ...services];
  const known = { categories: Object.fromEntries(categories.map((id) => [id, false])), services: Object.fromEntries(services.map((id) => [id, false])) };
  const { mapping, defaults, adsDataRedaction, urlPassthrough, redactedPath, redactedTitle } = resolveGoogleSettings(config, known, options);
  // Services follow their category's Global Privacy Control flag, as in the core's state.
  const gpc = config.categories.filter((c) => c.gpc).flatMap((c) => [c.id, ...c.services.map((s) => s.id)]);
  const separate = config.categories.filter((c) => c.separate).flatMap((c) => [c.id, ...c.services.map((s) => s.id)]);
  const replay = config.categories.filter((c) => c.sessionReplay).flatMap((c) => [c.id, ...c.services.map((s) => s.id)]);
  const { trackerFreePaths, sensitivePaths } = config;
  const guardsReplay = !!(sensitivePaths[0] && replay[0]);
  // Every known id with its consent types as digits indexing T, and the default as what differs from
  // all-denied: this keeps the snippet under 1 KB.
  // A leading "-" marks the ids Global Privacy Control denies, a "!" after it those of session replay.
  const K = Object.fromEntries(
    all.map((id) => [
      id,
      (gpc.includes(id) ? '-' : '') +
        (guardsReplay && replay.includes(id) ? '!' : '') +
        // Separate consents have their own lifetimes, which the snippet does not check: the adapter sends those.
        (separate.includes(id) ? '' : (mapping[id] ?? []).map((t) => GOOGLE_CONSENT_TYPES.indexOf(t)).join('')),
    ]),
  );
  // Mirrors protectionOf() in core/paths: the path as written and decoded, repeated and trailing slashes
  // dropped, lowercased. Left out where the config has no such paths, so the snippet stays small. On a
  // protected page (and after one) Google is told the redacted address before the tag's first page view.
  const protectedPages =
    trackerFreePaths[0] || sensitivePaths[0]
      ? `F=function(r,p){var q=p;try{q=decodeURIComponent(p)}catch(e){}r=new RegExp(r);return[p,q].some(function(x){return r.test(x.replace(/\\/{2,}/g,"/").replace(/(.)\\/$/,"$1").toLowerCase())})};` +
        `a=function(p){return F(${js(pathExpression(trackerFreePaths).source)},p)?2:F(${js(pathExpression(sensitivePaths).source)},p)?1:0};` +
        `b=location.origin+${js(redactedPath)};P={};y=a(location.pathname);if(y)P={page_location:b,page_title:${js(redactedTitle)}};if(y>1)c=0;` +
        `try{r=new URL(document.referrer);if(r.origin==location.origin&&a(r.pathname))P.page_referrer=b}catch(e){}for(i in P){g("set",P);break}`
      : '';
  const E = Object.entries(defaults).flatMap(([key, value]) => (value === 'denied' ? [] : [`D.${key}=${js(value)};`]));
  const read =
    config.storage == 'cookie'
      ? `v=("; "+document.cookie).split(${js('; ' + config.cookie.name + '=')})[1]`
      : config.storage == 'localStorage'
        ? `v=localStorage.getItem(${js(config.cookie.name)})`
        : '';
  // Mirrors decodeRecord, admit and stateFrom: 1~id~decidedAt~updatedAt~revision~method[gpc]~categories~services,
  // the cookie's value ending at ";" or the end; in opt-in mode a record of the GPC signal alone (method g) is
  // no decision. The 1 KB budget leaves the rest of admit() to the core: field lengths, and records that only
  // an edit of the cookie or a config change without a new revision makes (an id in the other list, a service
  // outside its granted category, a refusal with grants, a GPC note its grants contradict). For those the
  // adapter, starting moments later, corrects the update to the core's state.
  return (
    `!function(w){w.dataLayer=w.dataLayer||[];var g=w.gtag=w.gtag||function(){w.dataLayer.push(arguments)},` +
    `T=${js(GOOGLE_CONSENT_TYPES.join(' '))}.split(" "),K=${literal(K)},D={},u={},t=Date.now(),v,m,n,c,s,k,i${protectedPages ? ',a,b,F,y,P,r' : ''};` +
    `for(i=0;i<7;i++)D[T[i]]=u[T[i]]="denied";${E.join('')}` +
    `g("consent","default",D);g("set","ads_data_redaction",${adsDataRedaction ? '!0' : '!1'});` +
    (urlPassthrough ? `g("set","url_passthrough",!0);` : '') +
    `try{${read}}catch(e){}` +
    `m=/^1~[\\w-]+~(\\w+)~(\\w+)~(\\d+)~[arc${config.mode == 'opt-out' ? 'g' : ''}](o?)h?~([\\w.-]*)~([\\w.-]*)(~[\\w:.-]+)?(;|$)/.exec(v)||[];n=parseInt(m[2],36);` +
    `c=parseInt(m[1],36)<=n&&m[3]==${config.revision}&&t-n<=${config.cookie.expiresDays}*864e5&&n<=t+864e5?(m[5]+"."+m[6]).split("."):${config.mode == 'opt-out' ? js(all) : 0};` +
    protectedPages +
    `if(c){s=navigator.globalPrivacyControl===!0&&m[4]!="o";` +
    `for(i=0;i<c.length;i++)if(k=c[i]){if(!K.hasOwnProperty(k))return;if((!s||K[k][0]!="-")${guardsReplay ? '&&!(y&&K[k].indexOf("!")>=0)' : ''})for(n in T)K[k].indexOf(n)<0||(u[T[n]]="granted")}` +
    `g("consent","update",u)}}(window)`
  );
}
