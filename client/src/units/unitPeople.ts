import { type Accessor, createEffect, createSignal, untrack } from 'solid-js';
import { listUnitPeople } from '../api/api.ts';
import type { UnitPerson } from '../api/types.ts';
import { directoryUnitName } from './unitDirectory.ts';

/**
 * The people of a unit (reactive): empty while no directory unit is chosen, while they load and
 * when the server cannot be reached, so the form falls back to a typed name.
 */
export function createUnitPeople(unitId: Accessor<string>): Accessor<readonly UnitPerson[]> {
  const [people, setPeople] = createSignal<readonly UnitPerson[]>([]);
  createEffect(() => {
    const unit = unitId();
    setPeople([]);
    // Text being typed into the unit field is not a unit yet: asking for it would only 404.
    if (!unit || directoryUnitName(unit) === null) return;
    void listUnitPeople(unit).then((answer) => {
      if (answer.ok && untrack(unitId) === unit) setPeople(answer.data.people);
    });
  });
  return people;
}

/** The people whose display name is exactly the typed name (spaces around it ignored). */
export function peopleNamed(people: readonly UnitPerson[], name: string): UnitPerson[] {
  const typed = name.trim();
  return typed ? people.filter((person) => person.name === typed) : [];
}
