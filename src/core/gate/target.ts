/**
 * What a gated element waits for: the service id when `data-service` is set, else the category id; and
 * whether `data-category` starts with `!`, meaning the element is for visitors who denied it.
 */
export function gateTarget(el: HTMLElement): [id: string, negated: boolean] {
  const c = el.dataset.category!;
  const neg = c[0] == '!';
  return [el.dataset.service ?? (neg ? c.slice(1) : c), neg];
}
