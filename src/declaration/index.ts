export { renderCookieDeclaration } from './render-cookie-declaration';

export type { CookieDeclarationOptions } from './render-cookie-declaration';
