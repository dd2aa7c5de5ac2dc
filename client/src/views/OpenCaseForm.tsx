import { isDocumentId } from '@lianban/case-model';
import { createSignal, type JSX } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { navigate } from '../router/router.ts';

/** Opens a case by its number (useful offline and before the list is available). */
export function OpenCaseForm(): JSX.Element {
  const [caseId, setCaseId] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const id = caseId().trim();
    if (isDocumentId(id)) navigate(`/cases/${id}`);
  };
  return (
    <form class="open-case" onSubmit={submit} aria-labelledby="open-case-title">
      <h2 id="open-case-title" class="section-title">
        {t('cases.openById')}
      </h2>
      <div class="open-case__row">
        <label class="field field--inline">
          <span class="field__label">{t('cases.caseId')}</span>
          <input
            name="caseId"
            placeholder="demo-0001"
            pattern="[A-Za-z0-9_\-]{1,64}"
            value={caseId()}
            onInput={(event) => setCaseId(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={!isDocumentId(caseId().trim())}>
          {t('cases.open')}
        </button>
      </div>
    </form>
  );
}
