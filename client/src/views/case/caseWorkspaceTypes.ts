import type { Anchor, Label, Registration, Section } from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import type { Accessor } from 'solid-js';
import type { AnnotationActions } from '../../annotations/annotationActions.ts';
import type { AnnotationView } from '../../annotations/createAnnotationsSignal.ts';
import type { CaseDetail } from '../../api/types.ts';
import type { CaretUser } from '../../editor/renderCaret.ts';
import type { SyncedDocument } from '../../sync/openSyncedDocument.ts';
import type { CaseRecordView } from './record/createCaseRecord.ts';

/** Everything the case page shows and does, wired once per opened case. */
export interface CaseWorkspace {
  readonly caseId: string;
  readonly file: SyncedDocument;
  readonly notes: SyncedDocument;
  /** Both local copies are loaded (editors can bind). */
  readonly loaded: Accessor<boolean>;
  /** `GET /api/cases/:id` (kept on the device for offline use). */
  readonly detail: Accessor<CaseDetail | null | undefined>;
  refetchDetail(): void;
  /** The official record (state, timeline, clocks), live from the `record` document. */
  readonly record: CaseRecordView;
  /** The case file may not be edited here (the server says so, or refused a write). */
  readonly fileReadOnly: Accessor<boolean>;
  readonly registration: Accessor<Registration | null>;
  /** The workflow state, once the server has answered. */
  readonly state: Accessor<{ status: string; label?: Label } | null>;
  readonly annotations: Accessor<AnnotationView[]>;
  readonly actions: AnnotationActions;
  readonly user: CaretUser;
  readonly unitName: (unitId: string) => string;
  /** The section whose editor holds a non-empty selection, if any. */
  readonly selectedSection: Accessor<Section | null>;
  readonly draft: Accessor<Anchor | null>;
  readonly active: Accessor<string | null>;
  /** Bumped whenever highlights must be rebuilt. */
  readonly highlightVersion: Accessor<unknown>;
  readonly anchorError: Accessor<boolean>;
  registerEditor(section: Section, editor: Editor): void;
  onSelectionChange(section: Section, editor: Editor): void;
  /** Starts a comment on the selection of a section's editor. */
  startAnnotation(section: Section): void;
  finishDraft(threadId: string | null): void;
  activate(threadId: string | null): void;
  /** Selects and scrolls to a thread's range in its editor. */
  showThread(threadId: string): void;
}
