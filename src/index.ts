export { createConsent, defineConfig } from './core/consent';
export { validateConfig } from './core/validate';
export { ConsentConfigError } from './core/issues';
export { cookieStorage } from './core/cookie-storage';
export { localStorageStorage, memoryStorage } from './core/storage';
export { decodeRecord, encodeRecord } from './core/record';
export { createGate, whenGranted } from './core/gate';
export { localize, localizeConfig } from './core/localize';

export type { ConfigIssue, ValidationResult } from './core/issues';
export type { ReceiptError } from './core/proof';
export type { Gate, GateOptions, GateTexts, LoadScriptOptions, WithdrawEvent } from './core/gate';
export type {
  ChangeEvent,
  CategoryConfig,
  Consent,
  ConsentChoices,
  ConsentConfig,
  ConsentConfigJson,
  ConsentEvents,
  ConsentMethod,
  ConsentOptions,
  ConsentProof,
  ConsentRecord,
  ConsentState,
  ConsentStorage,
  CookieDeclaration,
  DecisionContext,
  DecisionEvent,
  DecisionLayer,
  ErrorEvent,
  GoogleConsentType,
  IntegrationsConfig,
  LocalizedText,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedDeclaration,
  ResolvedService,
  ServiceConfig,
  StorageKind,
  UiConfig,
} from './core/types';
