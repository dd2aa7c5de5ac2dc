import { createUniqueId, For, type JSX, Show } from 'solid-js';

interface BaseProps {
  /** The visible label, also the control's accessible name. */
  readonly label: string;
  readonly name?: string;
  readonly required?: boolean;
  /** A short help text under the control. */
  readonly hint?: string;
  readonly class?: string;
}

/** Props of {@link TextField}. */
export interface TextFieldProps extends BaseProps {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'number' | 'date' | 'datetime-local' | 'search' | 'tel';
  /** A textarea with this many rows instead of a one-line input. */
  readonly rows?: number;
  readonly pattern?: string;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly autocomplete?: string;
}

/** A field's visible label, with a star (hidden from screen readers) when it is required. */
export function FieldLabel(props: { for: string; label: string; required?: boolean }): JSX.Element {
  return (
    <label class="field__label" for={props.for}>
      {props.label}
      <Show when={props.required}>
        <span class="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </Show>
    </label>
  );
}

/** A labelled text input or textarea. */
export function TextField(props: TextFieldProps): JSX.Element {
  const id = createUniqueId();
  const input = (event: { currentTarget: { value: string } }) =>
    props.onInput(event.currentTarget.value);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <FieldLabel for={id} label={props.label} required={props.required} />
      <Show
        when={props.rows}
        fallback={
          <input
            id={id}
            name={props.name}
            type={props.type ?? 'text'}
            required={props.required}
            pattern={props.pattern}
            min={props.min}
            max={props.max}
            maxLength={props.maxLength}
            placeholder={props.placeholder}
            autocomplete={props.autocomplete ?? 'off'}
            value={props.value}
            onInput={input}
          />
        }
      >
        <textarea
          id={id}
          name={props.name}
          rows={props.rows}
          required={props.required}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          value={props.value}
          onInput={input}
        />
      </Show>
      <Show when={props.hint}>
        <span class="field__hint">{props.hint}</span>
      </Show>
    </div>
  );
}

/** One choice of a {@link SelectField}. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** A labelled drop-down; `emptyLabel` adds a first option with the value ''. */
export function SelectField(
  props: BaseProps & {
    readonly value: string;
    readonly options: readonly SelectOption[];
    readonly onChange: (value: string) => void;
    readonly emptyLabel?: string;
  },
): JSX.Element {
  const id = createUniqueId();
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        required={props.required}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <Show when={props.emptyLabel !== undefined}>
          <option value="">{props.emptyLabel}</option>
        </Show>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <Show when={props.hint}>
        <span class="field__hint">{props.hint}</span>
      </Show>
    </div>
  );
}

/** A labelled checkbox. */
export function CheckboxField(
  props: BaseProps & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
): JSX.Element {
  return (
    <label class={`checkbox-field ${props.class ?? ''}`}>
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
