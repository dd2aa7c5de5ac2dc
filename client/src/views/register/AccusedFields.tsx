import { type JSX, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/i18n.ts';
import { SelectField, TextField } from '../form/fields.tsx';
import { RepeatedGroups } from '../form/RepeatedGroups.tsx';
import { UnitField } from '../form/UnitField.tsx';
import { AccusedPersonField } from './AccusedPersonField.tsx';
import { type AccusedInput, newAccused, type RegistrationForm } from './registrationInputs.ts';

/**
 * Whom the petition accuses (被反映对象): units from the directory, or persons (with the unit
 * they work in, if known, and then picked from its people by name); recusal keeps the case from
 * them.
 */
export function AccusedFields(props: {
  form: RegistrationForm;
  set: SetStoreFunction<RegistrationForm>;
}): JSX.Element {
  const kinds = () => [
    { value: 'unit', label: t('register.accusedUnit') },
    { value: 'person', label: t('register.accusedPerson') },
  ];
  return (
    <fieldset class="form-section">
      <legend class="section-title">{t('register.accused')}</legend>
      <p class="field__hint">{t('register.accusedHint')}</p>
      <RepeatedGroups
        items={props.form.accused}
        legend={(n) => t('register.accusedN', { n })}
        removeLabel={(n) => t('register.removeAccused', { n })}
        addLabel={t('register.addAccused')}
        onAdd={() => props.set('accused', (list) => [...list, newAccused()])}
        onRemove={(index) => props.set('accused', (list) => list.filter((_, at) => at !== index))}
      >
        {(party, index) => {
          const set = (field: keyof AccusedInput, value: string) =>
            props.set('accused', index(), field, value as never);
          return (
            <div class="form-grid">
              <SelectField
                label={t('register.accusedKind')}
                value={party.kind}
                options={kinds()}
                onChange={(v) => set('kind', v)}
              />
              <Show
                when={party.kind === 'person'}
                fallback={
                  <TextField
                    label={t('register.name')}
                    value={party.name}
                    maxLength={200}
                    onInput={(v) => set('name', v)}
                  />
                }
              >
                <AccusedPersonField
                  label={t('register.name')}
                  unitId={party.unitId}
                  name={party.name}
                  userId={party.userId}
                  onChange={(name, userId) => props.set('accused', index(), { name, userId })}
                />
              </Show>
              <UnitField
                label={t('register.accusedUnitField')}
                required={party.kind === 'unit'}
                value={party.unitId}
                onChange={(v) => set('unitId', v)}
              />
            </div>
          );
        }}
      </RepeatedGroups>
    </fieldset>
  );
}
