import type { Anchor } from '@lianban/case-model';
import { sectionLabels } from '@lianban/case-model';
import { createSignal, type JSX, onMount } from 'solid-js';
import { label, t } from '../i18n/i18n.ts';

/** The form that opens a new thread on the anchored selection. */
export function NewAnnotationForm(props: {
  anchor: Anchor;
  onSave: (body: string) => void;
  onCancel: () => void;
}): JSX.Element {
  const [body, setBody] = createSignal('');
  let field!: HTMLTextAreaElement;
  onMount(() => field.focus());

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = body().trim();
    if (text) props.onSave(text);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) field.form?.requestSubmit();
  };

  return (
    <form class="annotation-form" onSubmit={submit} aria-labelledby="new-annotation-title">
      <h3 id="new-annotation-title" class="annotation-form__title">
        {t('annot.new')}
      </h3>
      <p class="annotation-thread__where">
        {t('annot.section', { section: label(sectionLabels[props.anchor.section]) })}
      </p>
      <blockquote class="annotation-quote" aria-label={t('annot.quote')}>
        {props.anchor.quote}
      </blockquote>
      <label class="field">
        <span class="field__label">{t('annot.body')}</span>
        <textarea
          ref={field}
          rows={3}
          maxLength={4000}
          value={body()}
          onInput={(event) => setBody(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={!body().trim()}>
          {t('annot.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('annot.cancel')}
        </button>
      </div>
    </form>
  );
}
