import {
  type Actor,
  addInstruction,
  type CaseState,
  type CommandType,
  commandLabels,
} from '@lianban/case-model';
import { createMemo, createSignal, For, type JSX, onCleanup, Show } from 'solid-js';
import type * as Y from 'yjs';
import type { Me } from '../../../api/types.ts';
import { label, t } from '../../../i18n/i18n.ts';
import { randomId } from '../../../offline/randomId.ts';
import { outboxEntries, queueAct } from '../../../sync/outboxStore.ts';
import { todayInChina } from '../../due/DueDate.tsx';
import { actInstant, projectPending } from '../record/projectState.ts';
import { ActForm } from './ActForm.tsx';
import { actFields } from './actFields.ts';
import { type ActValues, actPayload } from './actPayload.ts';
import { availableActs } from './availableActs.ts';
import { CaseOutbox } from './CaseOutbox.tsx';

/**
 * The workflow acts the user may take on this case (办理), each a button named as the domain
 * names it, opening its form. A submitted act goes to the outbox (stored, then sent); what it
 * became shows below, and acts still waiting on this device are listed.
 */
export function ActPanel(props: {
  caseId: string;
  me: Me;
  state: CaseState | null;
  notes: Y.Doc;
  unitName: (unitId: string) => string;
}): JSX.Element {
  const actor: Actor = { userId: props.me.userId, unitId: props.me.unitId, role: props.me.role };
  const [now, setNow] = createSignal(new Date().toISOString());
  const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
  onCleanup(() => clearInterval(timer));
  const entries = () => outboxEntries().filter((entry) => entry.caseId === props.caseId);
  const pending = () => entries().filter((entry) => entry.status === 'pending');
  const projected = createMemo(() =>
    props.state ? projectPending(props.state, pending(), actor) : null,
  );
  const acts = createMemo(() => {
    const state = projected();
    now(); // re-evaluated every minute, as windows open and close
    return state ? availableActs(state, actor, actInstant(state)) : [];
  });
  const [open, setOpen] = createSignal<CommandType | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [lastId, setLastId] = createSignal<string | null>(null);
  const last = () => entries().find((entry) => entry.id === lastId());
  const name = (type: string) =>
    label(commandLabels[type as CommandType] ?? { zh: type, en: type });
  let panel!: HTMLElement;
  let status!: HTMLParagraphElement;
  // Focus goes back to the act's button, or to the outcome when the button is gone.
  const closeForm = (type: CommandType) => {
    setOpen(null);
    queueMicrotask(() =>
      (panel.querySelector<HTMLElement>(`[data-act="${type}"]`) ?? status).focus(),
    );
  };

  const submit = async (type: CommandType, values: ActValues) => {
    const state = projected();
    if (!state) return;
    setBusy(true);
    let payload = actPayload(actFields[type], values);
    if (type === 'leaderInstruction') {
      const id = randomId();
      const author = { userId: actor.userId, name: props.me.displayName, unitId: actor.unitId };
      addInstruction(props.notes, {
        id,
        author,
        createdAt: actInstant(state),
        body: String(payload.instruction ?? ''),
      });
      payload = { noteId: id };
    }
    try {
      const entry = await queueAct(props.caseId, {
        type,
        payload,
        basis: state.statusEventId,
        at: actInstant(state),
      });
      setLastId(entry.id);
      closeForm(type);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card act-panel" aria-labelledby="acts-title" ref={panel}>
      <h2 id="acts-title" class="section-title">
        {t('act.title')}
      </h2>
      <Show when={pending().length > 0}>
        <p class="field__hint">{t('act.projected', { count: pending().length })}</p>
      </Show>
      <fieldset class="act-buttons">
        <legend class="visually-hidden">{t('act.available')}</legend>
        <For
          each={acts()}
          fallback={<p class="empty-note">{t(props.state ? 'act.none' : 'act.loading')}</p>}
        >
          {(type) => (
            <button
              type="button"
              class={`button button--small ${open() === type ? 'button--primary' : ''}`}
              aria-expanded={open() === type}
              aria-controls="act-form"
              data-act={type}
              onClick={() => setOpen(open() === type ? null : type)}
            >
              {name(type)}
            </button>
          )}
        </For>
      </fieldset>
      <Show when={open()} keyed>
        {(type) => (
          <ActForm
            type={type}
            context={{
              state: projected()!,
              unitId: actor.unitId,
              today: todayInChina(),
              unitName: props.unitName,
            }}
            busy={busy()}
            onSubmit={(values) => void submit(type, values)}
            onCancel={() => closeForm(type)}
          />
        )}
      </Show>
      <p class="act-message" role="status" data-testid="act-status" tabIndex={-1} ref={status}>
        <Show when={last()}>
          {(entry) => <>{t(`act.status.${entry().status}`, { act: name(entry().command.type) })}</>}
        </Show>
      </p>
      <CaseOutbox entries={pending()} />
    </section>
  );
}
