import { For, type JSX } from 'solid-js';

/** Props of {@link RepeatedGroups}. */
export interface RepeatedGroupsProps<T> {
  readonly items: readonly T[];
  /** The legend of the n-th group (from 1), e.g. "信访人 2". */
  readonly legend: (n: number) => string;
  /** The label of the n-th group's remove button. */
  readonly removeLabel: (n: number) => string;
  readonly addLabel: string;
  /** This many groups always stay: their remove buttons are disabled. Default 0. */
  readonly keepAtLeast?: number;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  /** The fields of one group. */
  readonly children: (item: T, index: () => number) => JSX.Element;
}

/**
 * A list of like field groups (信访人 1, 信访人 2 …): each in a fieldset of its own with a button
 * that removes it, and one button that adds another.
 */
export function RepeatedGroups<T>(props: RepeatedGroupsProps<T>): JSX.Element {
  return (
    <>
      <For each={props.items}>
        {(item, index) => (
          <fieldset class="repeat-group">
            <legend>{props.legend(index() + 1)}</legend>
            {props.children(item, index)}
            <button
              type="button"
              class="button button--small button--quiet"
              disabled={props.items.length <= (props.keepAtLeast ?? 0)}
              onClick={() => props.onRemove(index())}
            >
              {props.removeLabel(index() + 1)}
            </button>
          </fieldset>
        )}
      </For>
      <button type="button" class="button button--small" onClick={() => props.onAdd()}>
        {props.addLabel}
      </button>
    </>
  );
}
