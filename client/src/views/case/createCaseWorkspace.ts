import {
  type Anchor,
  type Registration,
  readRegistration,
  registrationMap,
  type Section,
} from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { createAnnotationActions } from '../../annotations/annotationActions.ts';
import { createAnnotationsSignal } from '../../annotations/createAnnotationsSignal.ts';
import { caseStatusOf } from '../../api/caseStatusOf.ts';
import { documentAccessOf } from '../../api/documentAccess.ts';
import type { Me } from '../../api/types.ts';
import { createEditorAnchor } from '../../editor/editorAnchor.ts';
import { resolveEditorAnchor } from '../../editor/resolveEditorAnchor.ts';
import { userColor } from '../../editor/userColor.ts';
import { recordRecentCase } from '../../offline/recentCases.ts';
import { acquireDocument, releaseDocument } from '../../sync/documentRegistry.ts';
import type { CaseWorkspace } from './caseWorkspaceTypes.ts';
import { createCaseDetail } from './createCaseDetail.ts';
import { createUnitNames } from './createUnitNames.ts';
import { createCaseRecord } from './record/createCaseRecord.ts';

/** Opens a case's `file` and `notes` documents and wires the page around them. Call in an owner. */
export function createCaseWorkspace(caseId: string, me: Me): CaseWorkspace {
  const rooms = { file: `case/${caseId}/file`, notes: `case/${caseId}/notes` };
  const file = acquireDocument(rooms.file);
  const notes = acquireDocument(rooms.notes);
  onCleanup(() => {
    releaseDocument(rooms.file);
    releaseDocument(rooms.notes);
  });
  const [loaded, setLoaded] = createSignal(false);
  void Promise.all([file.whenLoaded, notes.whenLoaded]).then(() => setLoaded(true));
  const { detail, refetch: refetchDetail } = createCaseDetail(caseId, me.userId);
  const record = createCaseRecord(caseId, detail);
  // A new act on the record may change what the user may open (routing adds unit documents).
  createEffect(on(() => record.record()?.timeline.length, refetchDetail, { defer: true }));
  const fileReadOnly = createMemo(
    () =>
      documentAccessOf(detail() ?? null, rooms.file, 'file') === 'read' ||
      file.denied() !== null ||
      file.closed() !== null,
  );

  const readTitle = (): Registration | null => {
    try {
      return readRegistration(file.doc);
    } catch {
      return null; // Not loaded or synced yet.
    }
  };
  const [registration, setRegistration] = createSignal(readTitle());
  const onRegistration = () => setRegistration(readTitle());
  registrationMap(file.doc).observe(onRegistration);
  onCleanup(() => registrationMap(file.doc).unobserve(onRegistration));
  const title = createMemo(() => registration()?.title ?? detail()?.registration?.title ?? '');
  createEffect(() =>
    recordRecentCase(me.userId, { caseId, title: title(), openedAt: new Date().toISOString() }),
  );

  const user = {
    userId: me.userId,
    name: me.displayName,
    unitId: me.unitId,
    unit: me.unitName ?? me.unitId,
    color: userColor(me.userId),
  };
  const unitName = createUnitNames(file.awareness, me);
  const annotations = createAnnotationsSignal(notes.doc, file.doc);
  const actions = createAnnotationActions(notes.doc, () => ({
    userId: me.userId,
    name: me.displayName,
    unitId: me.unitId,
  }));
  const editors = new Map<Section, Editor>();
  const [selectedSection, setSelectedSection] = createSignal<Section | null>(null);
  const [draft, setDraft] = createSignal<Anchor | null>(null);
  const [active, setActive] = createSignal<string | null>(null);
  const [anchorError, setAnchorError] = createSignal(false);
  const highlightVersion = createMemo(() => [annotations(), active()]);

  return {
    caseId,
    file,
    notes,
    loaded,
    detail,
    refetchDetail,
    fileReadOnly,
    registration,
    record,
    state: () => {
      const state = record.record()?.state;
      return state ? { status: state.status, label: state.statusLabel } : caseStatusOf(detail());
    },
    annotations,
    actions,
    user,
    unitName,
    selectedSection,
    draft,
    active,
    highlightVersion,
    anchorError,
    registerEditor: (section, editor) => editors.set(section, editor),
    onSelectionChange(section, editor) {
      if (!editor.state.selection.empty) setSelectedSection(section);
      else if (selectedSection() === section) setSelectedSection(null);
    },
    startAnnotation(section) {
      const editor = editors.get(section);
      const anchor = editor ? createEditorAnchor(editor.state, section) : null;
      setAnchorError(anchor === null);
      if (anchor) setDraft(anchor);
    },
    finishDraft(threadId) {
      setDraft(null);
      if (threadId) setActive(threadId);
    },
    activate: setActive,
    showThread(threadId) {
      setActive(threadId);
      const thread = annotations().find((item) => item.id === threadId);
      const editor = thread && editors.get(thread.section);
      const range = editor && thread && resolveEditorAnchor(editor.state, thread.anchor);
      if (!editor || !range) return;
      editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    },
  };
}
