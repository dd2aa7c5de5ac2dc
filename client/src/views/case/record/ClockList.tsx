import type { ClockView } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../../i18n/i18n.ts';
import { DueDate } from '../../due/DueDate.tsx';

const order = { running: 0, paused: 1, stopped: 2 } as const;

/**
 * Every clock of the case (期限): its name, due date coloured by warning, state, owner, and how
 * the due date was computed — the explanation steps, in a disclosure.
 */
export function ClockList(props: {
  clocks: readonly ClockView[];
  unitName: (unitId: string) => string;
}): JSX.Element {
  const sorted = () =>
    [...props.clocks].sort(
      (a, b) => order[a.state] - order[b.state] || (a.dueDate < b.dueDate ? -1 : 1),
    );
  return (
    <section class="card clock-list" aria-labelledby="clocks-title">
      <h2 id="clocks-title" class="section-title">
        {t('clock.title')}
      </h2>
      <ul class="clock-list__items">
        <For each={sorted()} fallback={<li class="empty-note">{t('clock.none')}</li>}>
          {(clock) => (
            <li class={`clock clock--${clock.state}`} data-clock={clock.id}>
              <div class="clock__head">
                <span class="clock__name">{label(clock.label)}</span>
                <DueDate dueDate={clock.dueDate} warning={clock.warning} />
              </div>
              <div class="clock__meta">
                <span>{t(`clock.state.${clock.state}`)}</span>
                <Show when={clock.state === 'stopped' && clock.stoppedOnTime !== null}>
                  <span> · {t(clock.stoppedOnTime ? 'clock.onTime' : 'clock.late')}</span>
                </Show>
                <Show when={clock.state !== 'stopped'}>
                  <span>
                    {' '}
                    · {t('clock.elapsed', { percent: Math.round(clock.elapsedRatio * 100) })}
                  </span>
                </Show>
                <Show when={clock.ownerUnitId ?? clock.ownerUserId}>
                  <span>
                    {' · '}
                    {t('clock.owner', {
                      owner: clock.ownerUnitId
                        ? props.unitName(clock.ownerUnitId)
                        : t('clock.ownerLeader'),
                    })}
                  </span>
                </Show>
                <span> · {t('clock.started', { time: dateTime(clock.startedAt) })}</span>
              </div>
              <details class="clock__explain">
                <summary>{t('clock.how')}</summary>
                <ol>
                  <For each={clock.explanation}>{(step) => <li>{label(step)}</li>}</For>
                </ol>
              </details>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
