/** A reason the receipts server or a receipts command cannot start, as one line for the site owner. */
export class ReceiptsSetupError extends Error {}

/**
 * Imports a database driver, an optional peer dependency: only the receipts code needs one, and only the one of
 * its backend, so a website that uses the library installs neither.
 */
export async function loadDriver<T>(name: 'better-sqlite3' | 'pg', load: () => Promise<T>, purpose: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code != 'ERR_MODULE_NOT_FOUND' && (error as NodeJS.ErrnoException).code != 'MODULE_NOT_FOUND') throw error;
    const version = name == 'pg' ? 'pg@8' : 'better-sqlite3@12';
    throw new ReceiptsSetupError(`install ${name} to ${purpose}: npm install ${version}`);
  }
}
