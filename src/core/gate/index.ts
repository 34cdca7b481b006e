export { createGate } from './gate';
export { whenGranted } from './when-granted';
export type { Gate, GateOptions, GateTexts, LoadScriptOptions, WithdrawEvent } from './types';
