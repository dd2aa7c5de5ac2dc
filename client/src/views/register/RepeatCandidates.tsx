import { type Category, categoryLabels, type RepeatCandidate } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { stateName } from '../caseState.ts';

/**
 * Earlier petitions the draft likely repeats (同人同事), each with the server's reasons, and a
 * box to link the new case to it as a repeat petition once saved.
 */
export function RepeatCandidates(props: {
  candidates: readonly RepeatCandidate[];
  linked: ReadonlySet<string>;
  onToggle: (caseId: string, linked: boolean) => void;
}): JSX.Element {
  return (
    <section class="card repeat-candidates" aria-labelledby="repeat-title" aria-live="polite">
      <h2 id="repeat-title" class="section-title">
        {t('register.repeatTitle', { count: props.candidates.length })}
      </h2>
      <Show
        when={props.candidates.length > 0}
        fallback={<p class="empty-note">{t('register.repeatNone')}</p>}
      >
        <p class="field__hint">{t('register.repeatHint')}</p>
        <ul class="repeat-list">
          <For each={props.candidates}>
            {(candidate) => (
              <li class="repeat-list__item">
                <div class="repeat-list__head">
                  <Link href={`/cases/${candidate.caseId}`}>{candidate.title}</Link>
                  <span class="badge">{stateName(candidate.state)}</span>
                </div>
                <span class="repeat-list__meta">
                  {candidate.caseId} · {dateTime(candidate.registeredAt)} ·{' '}
                  {label(
                    categoryLabels[candidate.category as Category] ?? {
                      zh: candidate.category,
                      en: candidate.category,
                    },
                  )}{' '}
                  · {t('register.score', { score: Math.round(candidate.score * 100) })}
                </span>
                <ul class="repeat-list__reasons" aria-label={t('register.repeatReasons')}>
                  <For each={candidate.reasons}>{(reason) => <li>{label(reason)}</li>}</For>
                </ul>
                <label class="checkbox-field">
                  <input
                    type="checkbox"
                    checked={props.linked.has(candidate.caseId)}
                    onChange={(event) =>
                      props.onToggle(candidate.caseId, event.currentTarget.checked)
                    }
                  />
                  <span>{t('register.linkRepeat', { caseId: candidate.caseId })}</span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
