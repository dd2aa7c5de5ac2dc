import { actRoles, type RepeatCandidate } from '@lianban/case-model';
import { createSignal, type JSX, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import * as api from '../../api/api.ts';
import type { ApiFailure, Me } from '../../api/types.ts';
import { label, t } from '../../i18n/i18n.ts';
import { randomId } from '../../offline/randomId.ts';
import { navigate } from '../../router/router.ts';
import { queueAct } from '../../sync/outboxStore.ts';
import { AccusedFields } from './AccusedFields.tsx';
import { MatterFields } from './MatterFields.tsx';
import { PetitionerFields } from './PetitionerFields.tsx';
import { RepeatCandidates } from './RepeatCandidates.tsx';
import { RequestFields } from './RequestFields.tsx';
import { toRegistration, toRepeatDraft } from './registrationForm.ts';
import { blankForm } from './registrationInputs.ts';

/**
 * `/register`: the reception clerk's registration form (登记). Before saving, the earlier
 * petitions it likely repeats are fetched and shown with the reasons; the clerk saves once they
 * have seen them (and may link the new case to them). Saved, the case page opens.
 */
export function RegisterPage(props: { me: Me }): JSX.Element {
  const [form, setForm] = createStore(blankForm(props.me.unitId, props.me.divisionCode));
  const [candidates, setCandidates] = createSignal<RepeatCandidate[] | null>(null);
  const [checkedDraft, setCheckedDraft] = createSignal('');
  const [linked, setLinked] = createSignal<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = createSignal<'check' | 'save' | null>(null);
  const [error, setError] = createSignal<string>('');
  const idempotencyKey = randomId();
  const mayRegister = () => actRoles.register.includes(props.me.role);
  const draftKey = () => JSON.stringify(toRepeatDraft(unwrap(form)));

  const explain = (failure: ApiFailure) =>
    failure.code === 'network'
      ? t('register.offline')
      : failure.message
        ? label(failure.message)
        : t('error.generic');

  const check = async (): Promise<RepeatCandidate[] | null> => {
    if (!/^\d{6}$/.test(form.divisionCode.trim())) {
      setError(t('register.divisionInvalid'));
      return null;
    }
    setBusy('check');
    const key = draftKey();
    const result = await api.repeatCandidates(toRepeatDraft(unwrap(form)));
    setBusy(null);
    if (!result.ok) {
      setError(explain(result));
      return null;
    }
    setCandidates(result.data.candidates);
    setCheckedDraft(key);
    return result.data.candidates;
  };

  const save = async () => {
    setBusy('save');
    const result = await api.registerCase({
      idempotencyKey,
      registration: toRegistration(unwrap(form)),
    });
    if (!result.ok) {
      setBusy(null);
      setError(explain(result));
      return;
    }
    const { caseId } = result.data;
    // The register event's id is its idempotency key: the basis of the links.
    for (const other of linked()) {
      await queueAct(caseId, {
        type: 'linkRepeat',
        payload: { caseId: other },
        basis: idempotencyKey,
      });
    }
    navigate(`/cases/${caseId}`);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setError('');
    // Seen the suggestions for exactly this draft: save. Otherwise look first.
    if (candidates() !== null && checkedDraft() === draftKey()) return save();
    const found = await check();
    if (found && found.length === 0) return save();
    if (found) setError(t('register.reviewRepeats'));
  };

  return (
    <div class="register-page">
      <h1 class="page-title">{t('register.pageTitle')}</h1>
      <Show
        when={mayRegister()}
        fallback={<p class="notice notice--info">{t('register.notAllowed')}</p>}
      >
        <form class="register-form" onSubmit={submit} aria-describedby="register-error">
          <MatterFields form={form} set={setForm} />
          <PetitionerFields form={form} set={setForm} />
          <RequestFields form={form} set={setForm} />
          <AccusedFields form={form} set={setForm} />
          <Show when={candidates()}>
            {(list) => (
              <RepeatCandidates
                candidates={list()}
                linked={linked()}
                onToggle={(caseId, on) => {
                  const next = new Set(linked());
                  if (on) next.add(caseId);
                  else next.delete(caseId);
                  setLinked(next);
                }}
              />
            )}
          </Show>
          <p id="register-error" class="form-error" role="alert">
            {error()}
          </p>
          <div class="button-row form-actions">
            <button
              type="button"
              class="button"
              disabled={busy() !== null}
              onClick={() => void check()}
            >
              {busy() === 'check' ? t('register.checking') : t('register.check')}
            </button>
            <button type="submit" class="button button--primary" disabled={busy() !== null}>
              {busy() === 'save' ? t('register.saving') : t('register.save')}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
