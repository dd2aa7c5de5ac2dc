import { type CommandType, commandLabels } from '@lianban/case-model';
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from 'solid-js';
import { label, t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/zhCN.ts';
import { CheckboxField, SelectField, TextField } from '../../form/fields.tsx';
import { UnitField } from '../../form/UnitField.tsx';
import { type ActContext, type ActField, actFields } from './actFields.ts';
import type { ActValues } from './actPayload.ts';

/** The label of an act's form field. */
export const fieldLabel = (name: string): string => t(`act.field.${name}` as MessageKey);

function initialValues(fields: readonly ActField[], context: ActContext): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => [
      field.name,
      field.initial?.(context) ?? field.options?.(context)[0]?.value ?? '',
    ]),
  );
}

/**
 * The form of one act, named after it (case-model's label): its payload fields, then
 * "提交" / "取消". Acts without fields ask for confirmation only.
 */
export function ActForm(props: {
  type: CommandType;
  context: ActContext;
  busy: boolean;
  onSubmit: (values: ActValues) => void;
  onCancel: () => void;
}): JSX.Element {
  const fields = actFields[props.type];
  const [values, setValues] = createSignal(initialValues(fields, props.context));
  const set = (name: string, value: string) => setValues({ ...values(), [name]: value });
  const name = () => label(commandLabels[props.type]);
  const headingId = `act-form-${props.type}`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.busy) props.onSubmit(values());
  };
  let form!: HTMLFormElement;
  // Keyboard users land in the form they opened.
  onMount(() => form.querySelector<HTMLElement>('input, select, textarea, button')?.focus());

  return (
    <form
      class="act-form"
      id="act-form"
      aria-labelledby={headingId}
      onSubmit={submit}
      ref={form}
      onKeyDown={(event) => event.key === 'Escape' && props.onCancel()}
    >
      <h3 id={headingId} class="act-form__title">
        {name()}
      </h3>
      <Show when={fields.length === 0}>
        <p class="field__hint">{t('act.confirm', { act: name() })}</p>
      </Show>
      <div class="form-grid">
        <For each={fields}>
          {(field) => (
            <Switch>
              <Match when={field.kind === 'select'}>
                <SelectField
                  label={fieldLabel(field.name)}
                  name={field.name}
                  required={field.required}
                  value={values()[field.name] ?? ''}
                  options={field.options?.(props.context) ?? []}
                  onChange={(value) => set(field.name, value)}
                />
              </Match>
              <Match when={field.kind === 'unit'}>
                <UnitField
                  label={fieldLabel(field.name)}
                  required={field.required}
                  value={values()[field.name] ?? ''}
                  onChange={(value) => set(field.name, value)}
                />
              </Match>
              <Match when={field.kind === 'checkbox'}>
                <CheckboxField
                  label={fieldLabel(field.name)}
                  name={field.name}
                  checked={values()[field.name] === 'true'}
                  onChange={(checked) => set(field.name, String(checked))}
                />
              </Match>
              <Match when={true}>
                <TextField
                  label={fieldLabel(field.name)}
                  name={field.name}
                  class={field.kind === 'textarea' ? 'form-grid__wide' : ''}
                  required={field.required}
                  type={field.kind === 'date' ? 'date' : field.kind === 'days' ? 'number' : 'text'}
                  min={field.kind === 'days' ? 1 : undefined}
                  max={field.kind === 'days' ? 30 : undefined}
                  rows={field.kind === 'textarea' ? 3 : undefined}
                  hint={
                    field.kind === 'units'
                      ? t('act.unitsHint')
                      : field.kind === 'days'
                        ? t('act.daysHint')
                        : undefined
                  }
                  value={values()[field.name] ?? ''}
                  onInput={(value) => set(field.name, value)}
                />
              </Match>
            </Switch>
          )}
        </For>
      </div>
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {t('act.submit')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('act.cancel')}
        </button>
      </div>
    </form>
  );
}
