import { sections } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { AnnotationPanel } from '../../annotations/AnnotationPanel.tsx';
import type { Me } from '../../api/types.ts';
import { t } from '../../i18n/i18n.ts';
import { createPresence } from '../../presence/createPresence.ts';
import { PresenceList } from '../../presence/PresenceList.tsx';
import { Link } from '../../router/Link.tsx';
import { ActPanel } from './acts/ActPanel.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseSection } from './CaseSection.tsx';
import { createCaseWorkspace } from './createCaseWorkspace.ts';
import { DocumentNotices } from './DocumentNotices.tsx';
import { ClockList } from './record/ClockList.tsx';
import { createInstructions } from './record/createInstructions.ts';
import { RecordPanel } from './record/RecordPanel.tsx';
import { UnitOpinions } from './unit/UnitOpinions.tsx';

/**
 * `/cases/:id`: the workflow acts the user may take and the clocks, the co-edited case file with
 * its comment threads, the units' countersign opinions and the official record.
 */
export function CasePage(props: { caseId: string; me: Me }): JSX.Element {
  const workspace = createCaseWorkspace(props.caseId, props.me);
  const instructions = createInstructions(workspace.notes.doc);
  const present = createPresence(workspace.file.awareness, props.me.userId);
  // Closed by the server (no access, recusal) with nothing on this device: nothing to show.
  const unavailable = () => workspace.file.closed() !== null && workspace.registration() === null;
  return (
    <Show
      when={!unavailable()}
      fallback={
        <div class="card empty-state" role="alert">
          <h1 class="page-title">{t('case.unavailable')}</h1>
          <p class="empty-note">{props.caseId}</p>
          <Link href="/">{t('case.back')}</Link>
        </div>
      }
    >
      <div class="case-page">
        <CaseHeader workspace={workspace} />
        <PresenceList users={present()} />
        <DocumentNotices document={workspace.file} name={t('case.file')} />
        <DocumentNotices document={workspace.notes} name={t('case.notes')} />
        <div class="case-workflow">
          <ActPanel
            caseId={props.caseId}
            me={props.me}
            state={workspace.record.state()}
            notes={workspace.notes.doc}
            unitName={workspace.unitName}
          />
          <ClockList clocks={workspace.record.clocks()} unitName={workspace.unitName} />
        </div>
        <Show when={workspace.fileReadOnly() && !workspace.file.denied()}>
          <p class="notice notice--info">{t('case.readOnlyNotice')}</p>
        </Show>
        <Show
          when={workspace.loaded()}
          fallback={
            <p class="empty-note" role="status">
              {t('case.loading')}
            </p>
          }
        >
          <div class="case-layout">
            <div class="case-file">
              <For each={sections}>
                {(section) => <CaseSection workspace={workspace} section={section} />}
              </For>
            </div>
            <AnnotationPanel
              annotations={workspace.annotations()}
              draft={workspace.draft()}
              active={workspace.active()}
              actions={workspace.actions}
              unitName={workspace.unitName}
              onActivate={(id) => workspace.activate(id)}
              onShow={(id) => workspace.showThread(id)}
              onDraftDone={(id) => workspace.finishDraft(id)}
            />
          </div>
        </Show>
        <UnitOpinions workspace={workspace} me={props.me} />
        <Show when={workspace.record.record()}>
          {(record) => (
            <RecordPanel
              record={record()}
              instructions={instructions()}
              unitName={workspace.unitName}
            />
          )}
        </Show>
      </div>
    </Show>
  );
}
