import { type ClockWarning, shanghaiDate } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import { civilDate, t } from '../../i18n/i18n.ts';

/** Today's date in China ('YYYY-MM-DD'), the day every deadline is compared with. */
export function todayInChina(now: Date = new Date()): string {
  return shanghaiDate(now.toISOString());
}

const warningKey = {
  warn75: 'due.warn75',
  warn90: 'due.warn90',
  overdue: 'due.overdue',
} as const;

/**
 * A due date ('YYYY-MM-DD', China time) coloured by its warning level, with the level also in
 * words (colour is never the only signal): 已用时 75% / 90% / 已超期.
 */
export function DueDate(props: { dueDate: string | null; warning: ClockWarning }): JSX.Element {
  return (
    <span class={`due due--${props.warning}`} data-warning={props.warning}>
      <span class="due__date">{props.dueDate ? civilDate(props.dueDate) : '—'}</span>
      <Show when={props.warning !== 'none' ? props.warning : null}>
        {(warning) => <span class="due__badge">{t(warningKey[warning()])}</span>}
      </Show>
    </span>
  );
}
