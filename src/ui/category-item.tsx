import type { ResolvedCategory } from '../core/types';
import { part } from './attrs';
import { Declarations } from './declarations';
import { Heading } from './heading';
import { Switch } from './switch';
import type { Texts } from './text-keys';

export interface CategoryItemProps {
  category: ResolvedCategory<string>;
  /** The unsaved choice in the dialog, by category and service id. */
  draft: Readonly<Record<string, boolean>>;
  t: Texts;
  level: number;
  /** Prefix for element ids, unique per mounted UI. */
  ids: string;
  onToggle: (id: string, on: boolean) => void;
}

/**
 * One purpose in the dialog: title, switch, description and, folded away, its services, each with the cookies
 * it sets, then the cookies the category declares itself.
 */
export function CategoryItem({ category: c, draft, t, level, ids, onToggle }: CategoryItemProps) {
  const id = ids + c.id;
  const on = c.required || !!draft[c.id];
  const own = [...c.cookies, ...c.localStorage];
  const stores = own.length > 0 || c.services.some((s) => (s.cookies ?? []).length + (s.localStorage ?? []).length > 0);
  // Named after what it holds: "Services and cookies", "Services" or "Cookies".
  const summary = c.services.length ? (stores ? t.details : t.services) : t.cookies;
  return (
    <li {...part('category', on ? 'on' : 'off')}>
      <div {...part('category-header')}>
        <Heading level={level} id={id + '-title'} part="category-title">
          {c.title}
        </Heading>
        <Switch
          checked={on}
          locked={c.required}
          labelledBy={id + '-title'}
          describedBy={id + '-desc' + (c.required ? ` ${id}-note` : '') + (c.separate && c.recipients ? ` ${id}-recipients` : '')}
          onToggle={(v) => onToggle(c.id, v)}
        />
      </div>
      <p id={id + '-desc'} {...part('category-description')}>
        {c.description}
      </p>
      {c.separate && c.recipients && (
        <p id={id + '-recipients'} {...part('recipients')}>
          {t.separateRecipients.replace('{recipients}', () => c.recipients!)}
        </p>
      )}
      {c.required && (
        <p id={id + '-note'} {...part('required-note')}>
          {t.requiredNote}
        </p>
      )}
      {own.length + c.services.length > 0 && (
        <details {...part('details')}>
          <summary {...part('details-summary')}>{summary}</summary>
          {c.services.length > 0 && (
            <div role="group" aria-labelledby={`${id}-title ${id}-services`} {...part('services')}>
              <p id={id + '-services'} {...part('services-title')}>
                {t.services}
              </p>
              <ul>
                {c.services.map((s) => (
                  <li {...part('service', draft[s.id] || c.required ? 'on' : 'off')}>
                    <div {...part('service-header')}>
                      <span id={`${id}-${s.id}`} {...part('service-title')}>
                        {s.title}
                      </span>
                      <Switch
                        checked={c.required || !!draft[s.id]}
                        locked={c.required}
                        labelledBy={`${id}-${s.id}`}
                        describedBy={s.description ? `${id}-${s.id}-desc` : undefined}
                        onToggle={(v) => onToggle(s.id, v)}
                      />
                    </div>
                    {s.description && (
                      <p id={`${id}-${s.id}-desc`} {...part('service-description')}>
                        {s.description}
                      </p>
                    )}
                    <Declarations items={[...(s.cookies ?? []), ...(s.localStorage ?? [])]} t={t} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Declarations items={own} t={t} />
        </details>
      )}
    </li>
  );
}
