/** Freezes a value and everything inside it, so state and config handed out cannot be changed by callers. */
export const deepFreeze = <T>(value: T): T => {
  // A frozen part is done already: shared parts are walked once.
  if (typeof value == 'object' && value && !Object.isFrozen(value)) Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
};
