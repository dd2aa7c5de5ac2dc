import type { Instruction, StateView } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../../i18n/i18n.ts';
import { DueDate } from '../../due/DueDate.tsx';
import { estimateWarning } from '../../due/dueWarning.ts';

/**
 * Supervision orders (督办单), improvement proposals and leaders' instructions (领导批示) on the
 * case. An instruction's text lives in the notes document; the record keeps its id.
 */
export function OrdersAndInstructions(props: {
  state: StateView;
  instructions: readonly Instruction[];
  recordedNoteIds: ReadonlySet<string>;
  today: string;
  unitName: (unitId: string) => string;
}): JSX.Element {
  return (
    <>
      <section class="record-block" aria-labelledby="orders-title">
        <h3 id="orders-title" class="record-block__title">
          {t('record.orders')}
        </h3>
        <ul class="record-list">
          <For
            each={props.state.supervisionOrders}
            fallback={<li class="empty-note">{t('record.noOrders')}</li>}
          >
            {(order) => (
              <li data-order={order.id}>
                <strong>{label(order.reasonLabel)}</strong>{' '}
                <span class={`badge ${order.reported ? 'badge--muted' : 'badge--warning'}`}>
                  {t(order.reported ? 'record.reported' : 'record.open')}
                </span>
                <span class="record-list__meta">
                  {t('record.orderUnits', {
                    from: props.unitName(order.issuingUnitId),
                    to: props.unitName(order.addressedUnitId),
                  })}{' '}
                  ·{' '}
                  <DueDate
                    dueDate={order.dueDate}
                    warning={
                      order.reported
                        ? 'none'
                        : estimateWarning(order.dueDate, 'supervision', props.today)
                    }
                  />
                </span>
                <Show when={order.note}>
                  <p class="record-list__text">{order.note}</p>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
      <Show when={props.state.improvements.length > 0}>
        <section class="record-block" aria-labelledby="improvements-title">
          <h3 id="improvements-title" class="record-block__title">
            {t('record.improvements')}
          </h3>
          <ul class="record-list">
            <For each={props.state.improvements}>
              {(item) => (
                <li>
                  <p class="record-list__text">{item.text}</p>
                  <span class="record-list__meta">
                    {t('record.addressedTo', { unit: props.unitName(item.addressedUnitId) })} ·{' '}
                    {t(
                      item.answered
                        ? item.adopted
                          ? 'record.adopted'
                          : 'record.notAdopted'
                        : 'record.unanswered',
                    )}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="record-block" aria-labelledby="instructions-title">
        <h3 id="instructions-title" class="record-block__title">
          {t('record.instructions')}
        </h3>
        <ul class="record-list">
          <For
            each={props.instructions}
            fallback={<li class="empty-note">{t('record.noInstructions')}</li>}
          >
            {(item) => (
              <li data-instruction={item.id}>
                <p class="record-list__text">{item.body}</p>
                <span class="record-list__meta">
                  {item.author.name} · {dateTime(item.createdAt)}
                  <Show when={!props.recordedNoteIds.has(item.id)}>
                    {' '}
                    · {t('record.notYetRecorded')}
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </>
  );
}
