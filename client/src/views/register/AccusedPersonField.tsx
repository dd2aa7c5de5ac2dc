import { createEffect, createUniqueId, For, type JSX, Match, Switch, untrack } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { directoryUnitName } from '../../units/unitDirectory.ts';
import { createUnitPeople, peopleNamed } from '../../units/unitPeople.ts';
import { FieldLabel } from '../form/fields.tsx';

/** Props of {@link AccusedPersonField}. */
export interface AccusedPersonFieldProps {
  readonly label: string;
  /** The unit the person works in ('' while none is chosen). */
  readonly unitId: string;
  readonly name: string;
  readonly userId: string;
  /** The typed name, and the account of the one person of the unit with that name ('' if none). */
  readonly onChange: (name: string, userId: string) => void;
}

/**
 * An accused person's name, with the people of their unit offered as suggestions. A name that
 * is exactly one person's records their account, so that recusal keeps the case from them; any
 * other name is kept as typed, without an account.
 */
export function AccusedPersonField(props: AccusedPersonFieldProps): JSX.Element {
  const id = createUniqueId();
  const listId = `${id}-people`;
  const statusId = `${id}-status`;
  const people = createUnitPeople(() => props.unitId);
  const unitChosen = () => props.unitId !== '' && directoryUnitName(props.unitId) !== null;
  const namesakes = () => peopleNamed(people(), props.name);
  const accountOf = (name: string) => {
    const found = peopleNamed(people(), name);
    return found.length === 1 ? found[0]!.userId : '';
  };
  // Another unit, or its people arriving after the name was typed: the name is looked up again.
  createEffect(() => {
    const name = untrack(() => props.name);
    const userId = accountOf(name);
    if (userId !== untrack(() => props.userId)) props.onChange(name, userId);
  });
  return (
    <div class="field">
      <FieldLabel for={id} label={props.label} />
      <input
        id={id}
        type="text"
        list={listId}
        autocomplete="off"
        maxLength={100}
        value={props.name}
        aria-describedby={statusId}
        onInput={(event) => {
          const name = event.currentTarget.value;
          props.onChange(name, accountOf(name));
        }}
      />
      <datalist id={listId}>
        <For each={people()}>{(person) => <option value={person.name} />}</For>
      </datalist>
      <span id={statusId} class="field__hint" aria-live="polite">
        <Switch fallback={t('register.personPick')}>
          <Match when={!unitChosen()}>{t('register.personPickUnit')}</Match>
          <Match when={props.userId}>{t('register.personChosen')}</Match>
          <Match when={namesakes().length > 1}>{t('register.personShared')}</Match>
          <Match when={people().length > 0 && props.name.trim()}>
            {t('register.personNotListed')}
          </Match>
        </Switch>
      </span>
    </div>
  );
}
