/** Freezes a value and everything inside it, so state and config handed out cannot be changed by callers. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value == 'object' && value) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
