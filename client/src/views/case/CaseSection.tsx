import { type Section, sectionLabels } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import type { HighlightSource } from '../../editor/annotationHighlights.ts';
import { SectionEditor } from '../../editor/SectionEditor.tsx';
import { label, t } from '../../i18n/i18n.ts';
import type { CaseWorkspace } from './caseWorkspaceTypes.ts';

/** One section of the case file: its heading, the comment button and its editor. */
export function CaseSection(props: { workspace: CaseWorkspace; section: Section }): JSX.Element {
  const w = props.workspace;
  const name = () => label(sectionLabels[props.section]);
  const headingId = `section-${props.section}`;
  const canAnnotate = () => w.selectedSection() === props.section;
  const highlights: HighlightSource = {
    highlights: () => w.annotations().filter((item) => item.section === props.section),
    active: () => w.active(),
    onActivate: (id) => w.activate(id),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl/⌘ + Alt + M comments on the selection, as in common word processors.
    if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
      event.preventDefault();
      w.startAnnotation(props.section);
    }
  };

  return (
    <section class="case-section" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div class="case-section__head">
        <h2 id={headingId} class="section-title">
          {name()}
        </h2>
        <button
          type="button"
          class="button button--small"
          aria-keyshortcuts="Control+Alt+M"
          title={canAnnotate() ? undefined : t('annot.addHint')}
          disabled={!canAnnotate()}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => w.startAnnotation(props.section)}
        >
          {t('annot.add')}
        </button>
      </div>
      <Show when={w.anchorError() && canAnnotate()}>
        <p class="notice notice--warning" role="alert">
          {t('annot.cannotAnchor')}
        </p>
      </Show>
      <SectionEditor
        section={props.section}
        doc={w.file.doc}
        awareness={w.file.awareness}
        user={w.user}
        readOnly={w.fileReadOnly()}
        label={t(w.fileReadOnly() ? 'editor.readOnlyLabel' : 'editor.label', { section: name() })}
        highlights={highlights}
        highlightVersion={w.highlightVersion()}
        onSelectionChange={(editor) => w.onSelectionChange(props.section, editor)}
        onReady={(editor) => w.registerEditor(props.section, editor)}
      />
    </section>
  );
}
