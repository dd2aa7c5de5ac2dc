import { createEffect, createSignal, createUniqueId, For, type JSX, Show, untrack } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { directoryUnitName, directoryUnits, resolveUnit } from '../../units/unitDirectory.ts';
import { FieldLabel } from './fields.tsx';

/** Props of {@link UnitField}. */
export interface UnitFieldProps {
  readonly label: string;
  /** The unit id chosen ('' for none). */
  readonly value: string;
  readonly onChange: (unitId: string) => void;
  readonly required?: boolean;
  readonly hint?: string;
  readonly class?: string;
}

/**
 * A unit chosen from the directory by name (or id), with the directory offered as suggestions.
 * The value is the unit's id; text that names no unit is passed on as typed, and flagged, so
 * the server's refusal is never a surprise.
 */
export function UnitField(props: UnitFieldProps): JSX.Element {
  const id = createUniqueId();
  const listId = `${id}-units`;
  const statusId = `${id}-status`;
  const [text, setText] = createSignal(directoryUnitName(props.value) ?? props.value);
  // Follow the value when it changes from outside (a reset) and show names once they are known.
  createEffect(() => {
    const value = props.value;
    const name = directoryUnitName(value);
    const current = untrack(text);
    const shown = resolveUnit(current) ?? current.trim();
    if (shown !== value || (name !== null && current === value)) setText(name ?? value);
  });
  const input = (value: string) => {
    setText(value);
    props.onChange(resolveUnit(value) ?? value.trim());
  };
  const unknown = () =>
    text().trim() !== '' && directoryUnits().length > 0 && resolveUnit(text()) === null;
  return (
    <div class={`field ${props.class ?? ''}`}>
      <FieldLabel for={id} label={props.label} required={props.required} />
      <input
        id={id}
        type="text"
        list={listId}
        autocomplete="off"
        required={props.required}
        maxLength={200}
        value={text()}
        aria-describedby={statusId}
        aria-invalid={unknown() ? 'true' : undefined}
        onInput={(event) => input(event.currentTarget.value)}
      />
      <datalist id={listId}>
        <For each={directoryUnits()}>{(unit) => <option value={unit.name}>{unit.id}</option>}</For>
      </datalist>
      <span id={statusId} class={unknown() ? 'field__error' : 'field__hint'} aria-live="polite">
        <Show
          when={unknown()}
          fallback={
            <Show when={resolveUnit(text())} fallback={props.hint}>
              {(unitId) => t('unitField.chosen', { id: unitId() })}
            </Show>
          }
        >
          {t('unitField.unknown')}
        </Show>
      </span>
    </div>
  );
}
