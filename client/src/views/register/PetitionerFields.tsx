import type { PetitionerRole } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/i18n.ts';
import { SelectField, TextField } from '../form/fields.tsx';
import { RepeatedGroups } from '../form/RepeatedGroups.tsx';
import { newPetitioner, type RegistrationForm } from './registrationInputs.ts';

const roles: readonly PetitionerRole[] = ['principal', 'cosigner', 'representative', 'agent'];

/** The petitioners (信访人), as many as came: name, role, ID number, phone, address, whom an agent represents. */
export function PetitionerFields(props: {
  form: RegistrationForm;
  set: SetStoreFunction<RegistrationForm>;
}): JSX.Element {
  const roleOptions = () => roles.map((value) => ({ value, label: t(`petitioner.${value}`) }));
  const others = (id: string) =>
    props.form.petitioners
      .filter((p) => p.id !== id && p.role !== 'agent')
      .map((p, index) => ({
        value: p.id,
        label: p.name || t('register.petitionerN', { n: index + 1 }),
      }));
  return (
    <fieldset class="form-section">
      <legend class="section-title">{t('register.petitioners')}</legend>
      <Show when={props.form.anonymous}>
        <p class="field__hint">{t('register.anonymousHint')}</p>
      </Show>
      <RepeatedGroups
        items={props.form.petitioners}
        legend={(n) => t('register.petitionerN', { n })}
        removeLabel={(n) => t('register.removePetitioner', { n })}
        addLabel={t('register.addPetitioner')}
        keepAtLeast={1}
        onAdd={() => props.set('petitioners', (list) => [...list, newPetitioner('cosigner')])}
        onRemove={(index) =>
          props.set('petitioners', (list) => list.filter((_, at) => at !== index))
        }
      >
        {(person, index) => {
          const set = (field: keyof typeof person, value: string) =>
            props.set('petitioners', index(), field, value);
          return (
            <div class="form-grid">
              <TextField
                label={t('register.name')}
                value={person.name}
                maxLength={100}
                onInput={(v) => set('name', v)}
              />
              <SelectField
                label={t('register.petitionerRole')}
                value={person.role}
                options={roleOptions()}
                onChange={(v) => set('role', v)}
              />
              <TextField
                label={t('register.idNumber')}
                value={person.idNumber}
                maxLength={32}
                onInput={(v) => set('idNumber', v)}
              />
              <TextField
                label={t('register.phone')}
                type="tel"
                value={person.phone}
                maxLength={32}
                onInput={(v) => set('phone', v)}
              />
              <TextField
                label={t('register.address')}
                class="form-grid__wide"
                value={person.address}
                maxLength={300}
                onInput={(v) => set('address', v)}
              />
              <Show when={person.role === 'agent'}>
                <SelectField
                  label={t('register.represents')}
                  emptyLabel="—"
                  value={person.representsId}
                  options={others(person.id)}
                  onChange={(v) => set('representsId', v)}
                />
              </Show>
            </div>
          );
        }}
      </RepeatedGroups>
    </fieldset>
  );
}
