import type { JSX } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/i18n.ts';
import { TextField } from '../form/fields.tsx';
import { RepeatedGroups } from '../form/RepeatedGroups.tsx';
import { newRequest, type RegistrationForm, type RequestInput } from './registrationInputs.ts';

/** The requests (诉求), as many as the petition makes: demand, facts, reason. */
export function RequestFields(props: {
  form: RegistrationForm;
  set: SetStoreFunction<RegistrationForm>;
}): JSX.Element {
  return (
    <fieldset class="form-section">
      <legend class="section-title">{t('register.requests')}</legend>
      <RepeatedGroups
        items={props.form.requests}
        legend={(n) => t('register.requestN', { n })}
        removeLabel={(n) => t('register.removeRequest', { n })}
        addLabel={t('register.addRequest')}
        keepAtLeast={1}
        onAdd={() => props.set('requests', (list) => [...list, newRequest()])}
        onRemove={(index) => props.set('requests', (list) => list.filter((_, at) => at !== index))}
      >
        {(request, index) => {
          const set = (field: keyof RequestInput, value: string) =>
            props.set('requests', index(), field, value);
          return (
            <>
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
            </>
          );
        }}
      </RepeatedGroups>
    </fieldset>
  );
}
