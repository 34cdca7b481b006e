import type { ResolvedCategory, ResolvedDeclaration } from '../core/types';
import { cookieName } from '../ui/cookie-name';
import type { Texts } from '../ui/text-keys';

/** One row of the table: a cookie or storage key, or a service that lists none. */
interface Row {
  name: string;
  storage: boolean;
  service: string | undefined;
  item: ResolvedDeclaration<string> | undefined;
}

/** Every row of a category: its services' cookies and storage keys first, then its own. */
function rowsOf(c: ResolvedCategory<string>, t: Texts): Row[] {
  const rows: Row[] = [];
  const add = (items: readonly ResolvedDeclaration<string>[], storage: boolean, service?: string) =>
    items.forEach((item) => rows.push({ name: cookieName(item, t.cookieNamePrefix), storage, service, item }));
  for (const s of c.services) {
    const before = rows.length;
    add(s.cookies, false, s.title);
    add(s.localStorage, true, s.title);
    if (rows.length == before) rows.push({ name: t.declarationNone, storage: false, service: s.title, item: undefined });
  }
  add(c.cookies, false);
  add(c.localStorage, true);
  if (!rows.length) rows.push({ name: t.declarationNone, storage: false, service: undefined, item: undefined });
  return rows;
}

/**
 * The table of one category: its title, description and the visitor's current choice as the caption, then one
 * row per cookie (name, provider, service, purpose, duration). Every text goes in as a text node, never as
 * markup. Each data cell carries its column's name in `data-label`, for the stacked layout on narrow screens.
 * Returns the table and the element showing the choice, which the caller keeps up to date.
 */
export function declarationTable(doc: Document, c: ResolvedCategory<string>, t: Texts): { table: HTMLTableElement; choice: HTMLElement } {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, part?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (part) e.setAttribute('data-part', part);
    if (text) e.textContent = text;
    return e;
  };
  const table = el('table', 'declaration-table');
  const caption = el('caption', 'declaration-caption');
  const choice = el('span', 'declaration-choice');
  caption.append(el('span', 'declaration-title', c.title), el('span', 'declaration-description', c.description), choice);

  const columns = [t.cookieName, t.cookieProvider, t.declarationService, t.cookiePurpose, t.cookieDuration];
  const head = el('tr');
  for (const name of columns) {
    const th = el('th', undefined, name);
    th.scope = 'col';
    head.append(th);
  }
  const body = el('tbody');
  for (const row of rowsOf(c, t)) {
    const tr = el('tr');
    const th = el('th', 'declaration-name', row.name);
    th.scope = 'row';
    if (row.storage) th.append(' ', el('span', 'declaration-storage', `(${t.declarationLocalStorage})`));
    tr.append(th);
    [row.item?.provider, row.service, row.item?.purpose, row.item?.duration].forEach((value, i) => {
      const td = el('td', undefined, value);
      td.setAttribute('data-label', columns[i + 1]!);
      tr.append(td);
    });
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(caption, thead, body);
  return { table, choice };
}
