import {
  clearSignature,
  createUnitDocument,
  readUnitMeta,
  signOpinion,
  type UnitMeta,
} from '@lianban/case-model';
import { createSignal, type JSX, onCleanup, Show } from 'solid-js';
import type { Me } from '../../../api/types.ts';
import type { CaretUser } from '../../../editor/renderCaret.ts';
import { dateTime, t } from '../../../i18n/i18n.ts';
import { acquireDocument, releaseDocument } from '../../../sync/documentRegistry.ts';
import { DocumentNotices } from '../DocumentNotices.tsx';
import { OpinionEditor } from './OpinionEditor.tsx';

/**
 * One unit's countersign opinion (`case/<id>/unit/<unitId>`): editable by that unit's handlers,
 * readable by the others. Signing freezes the text until the signature is withdrawn.
 */
export function UnitOpinion(props: {
  room: string;
  unitId: string;
  unitName: string;
  writable: boolean;
  me: Me;
  user: CaretUser;
}): JSX.Element {
  const document = acquireDocument(props.room);
  const read = (): UnitMeta | null => readUnitMeta(document.doc);
  const [meta, setMeta] = createSignal(read());
  const [loaded, setLoaded] = createSignal(false);
  const update = () => setMeta(read());
  document.doc.on('update', update);
  void document.whenLoaded.then(() => setLoaded(true));
  onCleanup(() => {
    document.doc.off('update', update);
    releaseDocument(props.room);
  });
  const mayWrite = () => props.writable && !document.denied() && !document.closed();
  const signed = () => meta()?.signedBy !== undefined;
  // Created on first use, not on opening: a look must not leave a change to sync.
  const ensureCreated = () => {
    if (mayWrite() && meta() === null) createUnitDocument(document.doc, props.unitId);
  };
  const sign = () => {
    ensureCreated();
    signOpinion(
      document.doc,
      { userId: props.me.userId, name: props.me.displayName },
      new Date().toISOString(),
    );
  };
  const headingId = `opinion-${props.unitId}`;

  return (
    <section class="unit-opinion" aria-labelledby={headingId} data-unit={props.unitId}>
      <div class="case-section__head">
        <h3 id={headingId} class="section-title">
          {props.unitName}
          <Show when={props.unitId === props.me.unitId}>{t('opinion.ownUnit')}</Show>
        </h3>
        <span class={`badge ${signed() ? '' : 'badge--muted'}`}>
          {signed()
            ? t('opinion.signedBy', {
                name: meta()?.signedBy?.name ?? '',
                time: dateTime(meta()?.signedAt ?? ''),
              })
            : t('opinion.unsigned')}
        </span>
      </div>
      <DocumentNotices document={document} name={t('opinion.document', { unit: props.unitName })} />
      <Show when={loaded()} fallback={<p class="empty-note">{t('case.loading')}</p>}>
        <OpinionEditor
          doc={document.doc}
          awareness={document.awareness}
          user={props.user}
          readOnly={!mayWrite() || signed()}
          label={t(mayWrite() && !signed() ? 'opinion.label' : 'opinion.readOnlyLabel', {
            unit: props.unitName,
          })}
          onFocus={ensureCreated}
        />
      </Show>
      <Show when={mayWrite()}>
        <div class="button-row">
          <Show
            when={signed()}
            fallback={
              <button type="button" class="button button--small" onClick={sign}>
                {t('opinion.sign')}
              </button>
            }
          >
            <button
              type="button"
              class="button button--small"
              onClick={() => clearSignature(document.doc)}
            >
              {t('opinion.unsign')}
            </button>
          </Show>
        </div>
      </Show>
    </section>
  );
}
