import { categoryLabels, channelLabels, matterClassLabels } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { stateName } from '../caseState.ts';
import type { CaseWorkspace } from './caseWorkspaceTypes.ts';

/** The case's title, number, state and registration summary. */
export function CaseHeader(props: { workspace: CaseWorkspace }): JSX.Element {
  const w = () => props.workspace;
  const r = () => w().registration();
  const petitioner = () =>
    r()?.petitioners.find((p) => p.role === 'principal') ?? r()?.petitioners[0];
  return (
    <header class="case-header">
      <Link href="/" class="back-link">
        ← {t('case.back')}
      </Link>
      <div class="case-header__title-row">
        <h1 class="page-title">{r()?.title ?? w().caseId}</h1>
        <span class="case-header__id">{w().caseId}</span>
        <Show when={w().state()}>
          {(state) => (
            <span class="badge" data-testid="case-state">
              {state().label ? label(state().label!) : stateName(state().status)}
            </span>
          )}
        </Show>
        <Show when={w().fileReadOnly()}>
          <span class="badge badge--muted">{t('case.readOnly')}</span>
        </Show>
      </div>
      <Show
        when={r()}
        fallback={
          <Show when={w().loaded() && w().file.closed() === null}>
            <p class="notice notice--info">{t('case.notLoaded')}</p>
          </Show>
        }
      >
        {(registration) => (
          <dl class="registration" aria-label={t('case.registration')}>
            <div>
              <dt>{t('case.registeredAt')}</dt>
              <dd>{dateTime(registration().registeredAt)}</dd>
            </div>
            <div>
              <dt>{t('case.channel')}</dt>
              <dd>
                {label(channelLabels[registration().channel])}
                <Show when={registration().jointDesk}> · {t('case.jointDesk')}</Show>
              </dd>
            </div>
            <div>
              <dt>{t('case.category')}</dt>
              <dd>{label(categoryLabels[registration().category])}</dd>
            </div>
            <div>
              <dt>{t('case.matterClass')}</dt>
              <dd>{label(matterClassLabels[registration().matterClass])}</dd>
            </div>
            <Show when={petitioner()}>
              {(person) => (
                <div>
                  <dt>{t('case.petitioner')}</dt>
                  <dd>{person().name}</dd>
                </div>
              )}
            </Show>
          </dl>
        )}
      </Show>
    </header>
  );
}
