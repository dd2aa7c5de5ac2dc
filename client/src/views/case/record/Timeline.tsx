import {
  type CommandType,
  commandLabels,
  roleLabels,
  type TimelineEntry,
} from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../../i18n/i18n.ts';
import { describeAct } from './describeAct.ts';

/** The acts on the record, oldest first: when, what (case-model's name), who, and what it said. */
export function Timeline(props: {
  entries: readonly TimelineEntry[];
  unitName: (unitId: string) => string;
  /** The text of a leader's instruction, by its note id (it lives in the notes document). */
  instruction: (noteId: string) => string | undefined;
}): JSX.Element {
  const details = (entry: TimelineEntry) => {
    if (entry.type !== 'leaderInstruction')
      return describeAct(entry.type, entry.payload, props.unitName);
    const text = props.instruction(String((entry.payload as { noteId?: unknown }).noteId));
    return text === undefined ? [] : [{ name: t('act.field.instruction'), value: text }];
  };
  return (
    <section class="record-block" aria-labelledby="timeline-title">
      <h3 id="timeline-title" class="record-block__title">
        {t('record.timeline')}
      </h3>
      <ol class="timeline">
        <For each={props.entries} fallback={<li class="empty-note">{t('record.noActs')}</li>}>
          {(entry) => (
            <li class="timeline__item" data-event={entry.id}>
              <time class="timeline__time" dateTime={entry.at}>
                {dateTime(entry.at)}
              </time>
              <span class="timeline__act">
                {label(commandLabels[entry.type as CommandType] ?? entry.label)}
              </span>
              <span class="timeline__actor">
                {props.unitName(entry.actor.unitId)} · {label(roleLabels[entry.actor.role])}
              </span>
              <Show when={details(entry).length > 0}>
                <dl class="timeline__details">
                  <For each={details(entry)}>
                    {(part) => (
                      <div>
                        <dt>{part.name}</dt>
                        <dd>{part.value}</dd>
                      </div>
                    )}
                  </For>
                </dl>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
