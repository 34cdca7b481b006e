/** The headless Chromium flags every tool launches with. */
export const CHROMIUM_ARGS: readonly string[];
/** Resolves to the path of a runnable Chromium (installing Debian's package as root when none is found), or rejects with one line saying how to get one. */
export function findChromium(options?: { install?: boolean }): Promise<string>;
