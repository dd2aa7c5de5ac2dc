import { For, type JSX, Show } from 'solid-js';
import type { Me, OpenableDocument } from '../../../api/types.ts';
import { t } from '../../../i18n/i18n.ts';
import type { CaseWorkspace } from '../caseWorkspaceTypes.ts';
import { UnitOpinion } from './UnitOpinion.tsx';

/** The countersign opinions (会签意见) of the case's units, as the server lists them for the user. */
export function UnitOpinions(props: { workspace: CaseWorkspace; me: Me }): JSX.Element {
  const documents = () => {
    const list = props.workspace.detail()?.documents;
    return Array.isArray(list)
      ? (list as readonly OpenableDocument[]).filter(
          (doc) => doc.kind === 'unit' && doc.unitId && doc.name,
        )
      : [];
  };
  // Keyed by room name, so a fresh answer from the server keeps each editor.
  const rooms = () => documents().map((doc) => doc.name as string);
  const find = (room: string) => documents().find((doc) => doc.name === room);
  return (
    <Show when={rooms().length > 0}>
      <section class="card unit-opinions" aria-labelledby="opinions-title">
        <h2 id="opinions-title" class="section-title">
          {t('opinion.title')}
        </h2>
        <p class="field__hint">{t('opinion.hint')}</p>
        <For each={rooms()}>
          {(room) => {
            const unitId = find(room)?.unitId ?? '';
            return (
              <UnitOpinion
                room={room}
                unitId={unitId}
                unitName={props.workspace.unitName(unitId)}
                writable={find(room)?.access === 'write'}
                me={props.me}
                user={props.workspace.user}
              />
            );
          }}
        </For>
      </section>
    </Show>
  );
}
