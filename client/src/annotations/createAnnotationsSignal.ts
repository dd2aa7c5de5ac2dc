import { type Annotation, readAnnotations, resolveAnchor } from '@lianban/case-model';
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type * as Y from 'yjs';
import { whenIdle } from '../timing/whenIdle.ts';

/** An annotation with whether its range still exists in the `file` document. */
export interface AnnotationView extends Annotation {
  readonly orphaned: boolean;
}

/**
 * The annotation threads of a case, kept current: re-read when the `notes` document changes (at
 * most once per animation frame), and re-resolved (case-model's flat-text resolution, the same
 * one the server uses) when the `file` document changes. Resolving reads a whole section, so
 * on a file of hundreds of pages it waits until the browser is idle after typing, and the list
 * changes only when an annotation's orphaned state did. Call inside a reactive owner.
 */
export function createAnnotationsSignal(notes: Y.Doc, file: Y.Doc): Accessor<AnnotationView[]> {
  const isOrphaned = (annotation: Annotation) =>
    resolveAnchor(file, annotation.anchor).status === 'orphaned';
  const read = (): AnnotationView[] =>
    readAnnotations(notes).map((annotation) => ({
      ...annotation,
      orphaned: isOrphaned(annotation),
    }));
  const [annotations, setAnnotations] = createSignal(read());

  let cancelRecheck: (() => void) | undefined;
  const recheck = () => {
    cancelRecheck = undefined;
    const current = annotations();
    const next = current.map((annotation) => {
      const orphaned = isOrphaned(annotation);
      return orphaned === annotation.orphaned ? annotation : { ...annotation, orphaned };
    });
    if (next.some((annotation, i) => annotation !== current[i])) setAnnotations(next);
  };
  const onFileUpdate = () => {
    cancelRecheck ??= whenIdle(recheck);
  };

  let frame: number | undefined;
  const onNotesUpdate = () => {
    frame ??= requestAnimationFrame(() => {
      frame = undefined;
      setAnnotations(read());
    });
  };

  notes.on('update', onNotesUpdate);
  file.on('update', onFileUpdate);
  onCleanup(() => {
    notes.off('update', onNotesUpdate);
    file.off('update', onFileUpdate);
    if (frame !== undefined) cancelAnimationFrame(frame);
    cancelRecheck?.();
  });
  return annotations;
}
