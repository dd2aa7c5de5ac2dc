import {
  type Category,
  type Channel,
  categories,
  categoryLabels,
  channelLabels,
  channels,
  type MatterClass,
  matterClasses,
  matterClassLabels,
} from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/i18n.ts';
import { CheckboxField, SelectField, TextField } from '../form/fields.tsx';
import { labelOptions } from '../form/labelOptions.ts';
import { UnitField } from '../form/UnitField.tsx';
import type { RegistrationForm } from './registrationInputs.ts';

/** The matter's own fields: title, channel, class, category, place, flags, time and unit. */
export function MatterFields(props: {
  form: RegistrationForm;
  set: SetStoreFunction<RegistrationForm>;
}): JSX.Element {
  const f = () => props.form;
  return (
    <fieldset class="form-section">
      <legend class="section-title">{t('register.matter')}</legend>
      <TextField
        label={t('register.title')}
        name="title"
        required
        maxLength={200}
        value={f().title}
        onInput={(value) => props.set('title', value)}
      />
      <div class="form-grid">
        <SelectField
          label={t('case.channel')}
          name="channel"
          value={f().channel}
          options={labelOptions(channels, channelLabels)}
          onChange={(value) => props.set('channel', value as Channel)}
        />
        <SelectField
          label={t('case.matterClass')}
          name="matterClass"
          value={f().matterClass}
          options={labelOptions(matterClasses, matterClassLabels)}
          onChange={(value) => props.set('matterClass', value as MatterClass)}
        />
        <SelectField
          label={t('case.category')}
          name="category"
          value={f().category}
          options={labelOptions(categories, categoryLabels)}
          onChange={(value) => props.set('category', value as Category)}
        />
        <TextField
          label={t('register.subcategory')}
          name="subcategory"
          maxLength={64}
          value={f().subcategory}
          onInput={(value) => props.set('subcategory', value)}
        />
        <TextField
          label={t('register.divisionCode')}
          name="divisionCode"
          required
          pattern="\d{6}"
          maxLength={6}
          hint={t('register.divisionHint')}
          value={f().divisionCode}
          onInput={(value) => props.set('divisionCode', value)}
        />
        <TextField
          label={t('register.registeredAt')}
          name="registeredAt"
          type="datetime-local"
          hint={t('register.registeredAtHint')}
          value={f().registeredAt}
          onInput={(value) => props.set('registeredAt', value)}
        />
        <UnitField
          label={t('register.registeringUnit')}
          required
          value={f().registeringUnitId}
          onChange={(value) => props.set('registeringUnitId', value)}
        />
      </div>
      <div class="form-checks">
        <CheckboxField
          label={t('case.jointDesk')}
          name="jointDesk"
          checked={f().jointDesk}
          onChange={(value) => props.set('jointDesk', value)}
        />
        <CheckboxField
          label={t('register.anonymous')}
          name="anonymous"
          checked={f().anonymous}
          onChange={(value) => props.set('anonymous', value)}
        />
        <CheckboxField
          label={t('register.groupVisit')}
          name="groupVisit"
          checked={f().groupVisit}
          onChange={(value) => props.set('groupVisit', value)}
        />
        <Show when={f().groupVisit}>
          <TextField
            label={t('register.groupSize')}
            name="groupSize"
            type="number"
            min={1}
            class="field--narrow"
            value={f().groupSize}
            onInput={(value) => props.set('groupSize', value)}
          />
        </Show>
      </div>
    </fieldset>
  );
}
