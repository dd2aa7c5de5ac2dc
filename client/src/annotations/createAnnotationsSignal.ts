import { type Annotation, readAnnotations, resolveAnchor } from '@lianban/case-model';
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type * as Y from 'yjs';

/** An annotation with whether its range still exists in the `file` document. */
export interface AnnotationView extends Annotation {
  readonly orphaned: boolean;
}

/**
 * The annotation threads of a case, kept current: re-read when the `notes` document changes
 * and re-resolved (case-model's flat-text resolution, the same one the server uses) when the
 * `file` document changes, at most once per animation frame. Call inside a reactive owner.
 */
export function createAnnotationsSignal(notes: Y.Doc, file: Y.Doc): Accessor<AnnotationView[]> {
  const read = (): AnnotationView[] =>
    readAnnotations(notes).map((annotation) => ({
      ...annotation,
      orphaned: resolveAnchor(file, annotation.anchor).status === 'orphaned',
    }));
  const [annotations, setAnnotations] = createSignal(read());
  let frame: number | undefined;
  const schedule = () => {
    frame ??= requestAnimationFrame(() => {
      frame = undefined;
      setAnnotations(read());
    });
  };
  notes.on('update', schedule);
  file.on('update', schedule);
  onCleanup(() => {
    notes.off('update', schedule);
    file.off('update', schedule);
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
  return annotations;
}
