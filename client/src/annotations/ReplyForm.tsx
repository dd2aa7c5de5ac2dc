import { createSignal, type JSX, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';

/** A reply box that opens on demand under a thread. */
export function ReplyForm(props: {
  threadId: string;
  onSend: (body: string) => void;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [body, setBody] = createSignal('');
  const fieldId = () => `reply-${props.threadId}`;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = body().trim();
    if (!text) return;
    props.onSend(text);
    setBody('');
    setOpen(false);
  };

  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="button button--small" onClick={() => setOpen(true)}>
          {t('annot.reply')}
        </button>
      }
    >
      <form class="reply-form" onSubmit={submit}>
        <label class="visually-hidden" for={fieldId()}>
          {t('annot.replyLabel')}
        </label>
        <textarea
          id={fieldId()}
          rows={2}
          maxLength={4000}
          ref={(element) => queueMicrotask(() => element.focus())}
          value={body()}
          onInput={(event) => setBody(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        />
        <div class="button-row">
          <button
            type="submit"
            class="button button--primary button--small"
            disabled={!body().trim()}
          >
            {t('annot.send')}
          </button>
          <button type="button" class="button button--small" onClick={() => setOpen(false)}>
            {t('annot.cancel')}
          </button>
        </div>
      </form>
    </Show>
  );
}
