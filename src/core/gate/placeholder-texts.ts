import type { GateTexts } from './types';

/**
 * The embed placeholder's texts in each built-in language. They live in the core, not the UI, because a
 * returning visitor's page shows placeholders without ever loading the UI; the UI's locales reuse them.
 */
export const EMBED_TEXTS: Readonly<Record<string, Readonly<Record<keyof GateTexts, string>>>> = {
  en: { embedMessage: 'This content is hosted by {service} and needs your consent for {category} cookies.', embedLoadOnce: 'Load this once', embedAllow: 'Allow {category}' },
  de: { embedMessage: 'Dieser Inhalt wird von {service} bereitgestellt und benötigt Ihre Einwilligung für {category}.', embedLoadOnce: 'Einmal laden', embedAllow: '{category} erlauben' },
  fr: { embedMessage: 'Ce contenu est hébergé par {service} et nécessite votre accord pour : {category}.', embedLoadOnce: 'Charger une seule fois', embedAllow: 'Autoriser : {category}' },
  es: { embedMessage: 'Este contenido está alojado por {service} y necesita su consentimiento para: {category}.', embedLoadOnce: 'Cargar solo esta vez', embedAllow: 'Permitir: {category}' },
  it: { embedMessage: 'Questo contenuto è ospitato da {service} e richiede il tuo consenso per: {category}.', embedLoadOnce: 'Carica solo questa volta', embedAllow: 'Consenti: {category}' },
  nl: { embedMessage: 'Deze inhoud wordt aangeboden door {service} en vraagt uw toestemming voor: {category}.', embedLoadOnce: 'Eenmalig laden', embedAllow: '{category} toestaan' },
  pt: { embedMessage: 'Este conteúdo é fornecido por {service} e precisa do seu consentimento para: {category}.', embedLoadOnce: 'Carregar só desta vez', embedAllow: 'Permitir: {category}' },
  pl: { embedMessage: 'Ta treść pochodzi z {service} i wymaga Twojej zgody na: {category}.', embedLoadOnce: 'Wczytaj jednorazowo', embedAllow: 'Zezwól: {category}' },
};
