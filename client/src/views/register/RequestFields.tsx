import { For, type JSX } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/i18n.ts';
import { TextField } from '../form/fields.tsx';
import { newRequest, type RegistrationForm, type RequestInput } from './registrationInputs.ts';

/** The requests (诉求), as many as the petition makes: demand, facts, reason. */
export function RequestFields(props: {
  form: RegistrationForm;
  set: SetStoreFunction<RegistrationForm>;
}): JSX.Element {
  return (
    <fieldset class="form-section">
      <legend class="section-title">{t('register.requests')}</legend>
      <For each={props.form.requests}>
        {(request, index) => {
          const n = () => index() + 1;
          const set = (field: keyof RequestInput, value: string) =>
            props.set('requests', index(), field, value);
          return (
            <fieldset class="repeat-group">
              <legend>{t('register.requestN', { n: n() })}</legend>
              <TextField
                label={t('register.demand')}
                required={index() === 0}
                rows={2}
                maxLength={5000}
                value={request.demand}
                onInput={(v) => set('demand', v)}
              />
              <TextField
                label={t('register.facts')}
                rows={3}
                maxLength={20000}
                value={request.facts}
                onInput={(v) => set('facts', v)}
              />
              <TextField
                label={t('register.reason')}
                rows={2}
                maxLength={5000}
                value={request.reason}
                onInput={(v) => set('reason', v)}
              />
              <button
                type="button"
                class="button button--small button--quiet"
                disabled={props.form.requests.length <= 1}
                onClick={() =>
                  props.set('requests', (list) => list.filter((_, at) => at !== index()))
                }
              >
                {t('register.removeRequest', { n: n() })}
              </button>
            </fieldset>
          );
        }}
      </For>
      <button
        type="button"
        class="button button--small"
        onClick={() => props.set('requests', (list) => [...list, newRequest()])}
      >
        {t('register.addRequest')}
      </button>
    </fieldset>
  );
}
