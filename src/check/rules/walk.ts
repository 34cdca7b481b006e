import type { ResolvedCategory, ResolvedConfig, ResolvedDeclaration, ResolvedService } from '../../core/types';

/** A category or one of its services, with its config path. */
export interface Owner {
  readonly path: string;
  readonly owner: ResolvedCategory | ResolvedService;
  readonly category: ResolvedCategory;
}

/** Every category, each followed by its services. */
export const ownersOf = (config: ResolvedConfig): Owner[] =>
  config.categories.flatMap((category, i) => [
    { path: `categories[${i}]`, owner: category, category },
    ...category.services.map((owner, j) => ({ path: `categories[${i}].services[${j}]`, owner, category })),
  ]);

/** The cookies an owner declares, with their paths. */
export const cookiesOf = ({ path, owner }: Owner): { path: string; cookie: ResolvedDeclaration }[] =>
  owner.cookies.map((cookie, k) => ({ path: `${path}.cookies[${k}]`, cookie }));

/** Whether a declared cookie (by `name`, or by `pattern`) covers one of `samples`, or a name matching `re`. */
export function declares(cookie: ResolvedDeclaration, re: RegExp, samples: readonly string[]): boolean {
  if (cookie.name !== undefined) return re.test(cookie.name);
  try {
    const pattern = new RegExp(cookie.pattern!);
    return samples.some((s) => pattern.test(s));
  } catch {
    return false;
  }
}
