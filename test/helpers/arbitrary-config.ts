// fast-check generators for property tests: valid configs of any shape the validator accepts, and stored
// values ranging from well-formed records about such a config to arbitrary text.
import fc from 'fast-check';
import type { CategoryConfig, ConsentConfig } from '../../src';

const idChars = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
/** An id the validator accepts: a letter, then up to 31 of a-z, 0-9, "_" or "-". */
export const arbitraryId = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.string({ unit: fc.constantFrom(...idChars), maxLength: 31 }))
  .map(([first, rest]) => first + rest);

const title = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));

export interface ConfigShape {
  /** Most optional categories. @default 5 */
  categories?: number;
  /** Most services per category. @default 3 */
  services?: number;
}

/** A valid config: one required category, optional ones with services, every id unique, any mode and flags. */
export const arbitraryConfig = ({ categories = 5, services = 3 }: ConfigShape = {}): fc.Arbitrary<ConsentConfig> =>
  fc
    .record({
      ids: fc.uniqueArray(arbitraryId, { minLength: 1, maxLength: 1 + categories * (1 + services) }),
      layout: fc.array(fc.nat(services), { minLength: categories, maxLength: categories }),
      optional: fc.nat(categories),
      gpc: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: categories, maxLength: categories }),
      // Which optional categories are a separate consent, with their own lifetime or the decision's.
      separate: fc.array(fc.option(fc.integer({ min: 1, max: 182 }), { nil: undefined }), { minLength: categories, maxLength: categories }),
      apart: fc.array(fc.boolean(), { minLength: categories, maxLength: categories }),
      replay: fc.array(fc.boolean(), { minLength: categories, maxLength: categories }),
      mode: fc.option(fc.constantFrom('opt-in' as const, 'opt-out' as const), { nil: undefined }),
      revision: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
      title,
    })
    .map(({ ids, layout, optional, gpc, separate, apart, replay, mode, revision, title }) => {
      const pool = [...ids];
      const take = () => pool.shift();
      const list: CategoryConfig[] = [{ id: take()!, required: true, title, description: '' }];
      for (let i = 0; i < optional && pool.length; i++) {
        const id = take()!;
        const own = layout[i]!;
        const svc = [];
        for (let j = 0; j < own && pool.length; j++) svc.push({ id: take()!, title });
        list.push({
          id,
          title,
          description: '',
          ...(gpc[i] !== undefined && { gpc: gpc[i] }),
          ...(apart[i] && { separate: true, recipients: title, ...(separate[i] !== undefined && { expiresDays: separate[i] }) }),
          ...(replay[i] && { sessionReplay: true }),
          ...(svc.length && { services: svc }),
        });
      }
      return {
        ...(revision !== undefined && { revision }),
        ...(mode && { mode }),
        links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
        trackerFreePaths: ['/portal/*'],
        sensitivePaths: ['/conditions/*'],
        categories: list,
      } satisfies ConsentConfig;
    });

/** Every category and service id of a config. */
export const idsOf = (config: ConsentConfig): string[] => config.categories.flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]);

/**
 * Stored values for `config` at time `now`: records in the stored format, mostly close to one the config could
 * have written, each field possibly wrong for it (a foreign id, an id in the other list, another revision,
 * any method and GPC note, times from long ago to days ahead), mixed with arbitrary strings.
 */
export const arbitraryStored = (config: ConsentConfig, now: number): fc.Arbitrary<string> => {
  const day = 864e5;
  const categories = config.categories.map((c) => c.id);
  const services = config.categories.flatMap((c) => (c.services ?? []).map((s) => s.id));
  const separates = config.categories.filter((c) => c.separate).map((c) => c.id);
  const often = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: odd });
  const list = (own: string[]) =>
    often(fc.subarray(own), fc.array(fc.oneof(fc.constantFrom(...categories, ...services), arbitraryId), { maxLength: 4 }).map((odd) => [...own.slice(0, 2), ...odd]))
      .map((ids) => ids.join('.'));
  const record = fc
    .record({
      id: fc.stringMatching(/^[\w-]{8,64}$/),
      age: often(fc.integer({ min: 0, max: 180 * day }), fc.integer({ min: -3 * day, max: 400 * day })),
      span: often(fc.integer({ min: 0, max: 30 * day }), fc.integer({ min: -day, max: 0 })),
      revision: often(fc.constant(config.revision ?? 1), fc.integer({ min: 0, max: 1e9 })),
      method: fc.constantFrom('a', 'r', 'c', 'g', 'x'),
      note: fc.constantFrom('', 'h', 'o'),
      categories: list(categories),
      services: services.length ? list(services) : fc.constant(''),
      // Grant times of separate categories: mostly one for each granted one, at any age; else any ids or none.
      separate: often<{ age: number } | [string, number][] | undefined>(
        fc.integer({ min: 0, max: 200 * day }).map((age) => ({ age })),
        fc.option(
          fc.array(fc.tuple(separates.length ? fc.constantFrom(...separates) : arbitraryId, fc.integer({ min: 0, max: 200 * day })), { minLength: 1, maxLength: 3 }),
          { nil: undefined },
        ),
      ),
      // The script-tag loader's config stamp: mostly none or a well-formed one, sometimes one of a wrong shape.
      stamp: often(
        fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n.toString(36)), { nil: undefined }),
        fc.constantFrom('', 'A1', 'a_b', 'a'.repeat(12), 'ab~!cd'),
      ),
    })
    .map((r) => {
      const updated = Math.max(0, now - r.age);
      const decided = Math.max(0, updated - r.span);
      const fields = ['1', r.id, decided.toString(36), updated.toString(36), r.revision, r.method + r.note, r.categories, r.services];
      const times =
        r.separate && 'age' in r.separate
          ? separates.filter((id) => r.categories.split('.').includes(id)).map((id): [string, number] => [id, (r.separate as { age: number }).age])
          : r.separate;
      if (times?.[0]) fields.push(times.map(([id, age]) => id + ':' + Math.max(0, updated - age).toString(36)).join('.'));
      if (r.stamp !== undefined) fields.push('!' + r.stamp);
      return fields.join('~');
    });
  return fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });
};
