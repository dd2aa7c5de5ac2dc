import {
  type CommandType,
  commandLabels,
  type Instruction,
  type StateView,
} from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import type { CaseRecord } from '../../../api/recordTypes.ts';
import { dateTime, label, t } from '../../../i18n/i18n.ts';
import { todayInChina } from '../../due/DueDate.tsx';
import { OrdersAndInstructions } from './OrdersAndInstructions.tsx';
import { Timeline } from './Timeline.tsx';

/** Units, extension and outcome of the case, as a definition list. */
function StateFacts(props: {
  state: StateView;
  unitName: (unitId: string) => string;
}): JSX.Element {
  const s = () => props.state;
  return (
    <dl class="record-facts">
      <div>
        <dt>{t('record.status')}</dt>
        <dd>{label(s().statusLabel)}</dd>
      </div>
      <div>
        <dt>{t('record.leadUnit')}</dt>
        <dd>{s().leadUnitId ? props.unitName(s().leadUnitId!) : '—'}</dd>
      </div>
      <Show when={s().coUnitIds.length > 0}>
        <div>
          <dt>{t('record.coUnits')}</dt>
          <dd>{s().coUnitIds.map(props.unitName).join('、')}</dd>
        </div>
      </Show>
      <Show when={s().extension}>
        {(extension) => (
          <div>
            <dt>{t('record.extension')}</dt>
            <dd>
              {t('record.extensionValue', { days: extension().days, reason: extension().reason })}
            </dd>
          </div>
        )}
      </Show>
      <Show when={s().outcomeLabel}>
        {(outcome) => (
          <div>
            <dt>{t('record.outcome')}</dt>
            <dd>{label(outcome())}</dd>
          </div>
        )}
      </Show>
    </dl>
  );
}

/**
 * The official record (案件记录), written by the server only: state and units, supervision
 * orders, improvement proposals, leaders' instructions, acts kept as conflicts and the timeline.
 */
export function RecordPanel(props: {
  record: CaseRecord;
  instructions: readonly Instruction[];
  unitName: (unitId: string) => string;
}): JSX.Element {
  const recordedNoteIds = () =>
    new Set(
      props.record.timeline
        .filter((entry) => entry.type === 'leaderInstruction')
        .map((entry) => String((entry.payload as { noteId?: unknown }).noteId)),
    );
  return (
    <section class="card record-panel" aria-labelledby="record-title">
      <h2 id="record-title" class="section-title">
        {t('record.title')}
      </h2>
      <Show when={props.record.state}>
        {(state) => (
          <>
            <StateFacts state={state()} unitName={props.unitName} />
            <OrdersAndInstructions
              state={state()}
              instructions={props.instructions}
              recordedNoteIds={recordedNoteIds()}
              unitName={props.unitName}
              today={todayInChina()}
            />
          </>
        )}
      </Show>
      <Show when={props.record.conflicts.length > 0}>
        <section class="record-block" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title" class="record-block__title">
            {t('record.conflicts')}
          </h3>
          <ul class="record-list">
            <For each={props.record.conflicts}>
              {(conflict) => (
                <li>
                  <strong>
                    {label(commandLabels[conflict.type as CommandType] ?? conflict.label)}
                  </strong>
                  <span class="record-list__meta">
                    {' '}
                    {props.unitName(conflict.actor.unitId)} · {dateTime(conflict.at)}
                  </span>
                  <p class="record-list__text">{label(conflict.reason)}</p>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Timeline
        entries={props.record.timeline}
        unitName={props.unitName}
        instruction={(noteId) => props.instructions.find((item) => item.id === noteId)?.body}
      />
    </section>
  );
}
