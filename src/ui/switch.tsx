import { part } from './attrs';

export interface SwitchProps {
  checked: boolean;
  /** Shown on and cannot change (the required category, R-GDPR-8). */
  locked?: boolean | undefined;
  labelledBy: string;
  describedBy?: string | undefined;
  onToggle: (on: boolean) => void;
}

/**
 * APG switch: a button whose name is the visible title and never changes, with the state in `aria-checked`
 * (R-A11Y-7). The thumb position shows the state too, not colour alone (R-A11Y-12). Space and Enter work
 * natively on a button (R-A11Y-6).
 */
export function Switch({ checked, locked, labelledBy, describedBy, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-disabled={locked || undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      {...part('switch', checked ? 'on' : 'off')}
      onClick={() => locked || onToggle(!checked)}
    >
      <span {...part('switch-thumb')} />
    </button>
  );
}
