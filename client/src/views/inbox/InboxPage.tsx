import type { Inbox } from '@lianban/case-model';
import { createResource, For, type JSX, Show } from 'solid-js';
import * as api from '../../api/api.ts';
import { dateTime, t } from '../../i18n/i18n.ts';
import { readCached, writeCached } from '../../offline/cachedAnswer.ts';
import { me } from '../../session/session.ts';
import { ClockItem, CountersignItem, OrderItem } from './InboxItems.tsx';

const days = 7;

/**
 * `/`, the landing page: what waits for the user — deadlines of their unit overdue, due within
 * a week and later, co-handled cases their unit has not countersigned, supervision orders
 * addressed to it.
 * Offline it shows the last answer kept on this device, with its time.
 */
export function InboxPage(): JSX.Element {
  const key = () => `inbox.${me()?.userId ?? ''}`;
  const [inbox] = createResource(async () => {
    const result = await api.inbox(days);
    if (result.ok && Array.isArray(result.data?.overdue) && Array.isArray(result.data.later)) {
      writeCached(key(), result.data);
      return { data: result.data, savedAt: null };
    }
    return readCached<Inbox>(key());
  });
  const empty = (data: Inbox) =>
    data.overdue.length +
      data.dueSoon.length +
      (data.later?.length ?? 0) +
      data.countersign.length +
      data.supervision.length ===
    0;

  return (
    <div class="inbox-page">
      <h1 class="page-title">{t('inbox.title')}</h1>
      <Show
        when={inbox()}
        fallback={
          <p class="empty-note" role="status">
            {inbox.loading ? t('inbox.loading') : t('inbox.unavailable')}
          </p>
        }
      >
        {(answer) => (
          <>
            <Show when={answer().savedAt}>
              {(savedAt) => (
                <p class="notice notice--info" role="status">
                  {t('inbox.cached', { time: dateTime(savedAt()) })}
                </p>
              )}
            </Show>
            <Show when={empty(answer().data)}>
              <p class="card empty-state">{t('inbox.empty')}</p>
            </Show>
            <div class="inbox-grid">
              <InboxSection
                id="overdue"
                title={t('inbox.overdue')}
                count={answer().data.overdue.length}
              >
                <For each={answer().data.overdue}>
                  {(item) => <ClockItem item={item} today={answer().data.today} overdue />}
                </For>
              </InboxSection>
              <InboxSection
                id="due-soon"
                title={t('inbox.dueSoon', { days: answer().data.dueWithinDays })}
                count={answer().data.dueSoon.length}
              >
                <For each={answer().data.dueSoon}>
                  {(item) => <ClockItem item={item} today={answer().data.today} />}
                </For>
              </InboxSection>
              <InboxSection
                id="later"
                title={t('inbox.later')}
                count={answer().data.laterTotal ?? 0}
              >
                <For each={answer().data.later ?? []}>
                  {(item) => <ClockItem item={item} today={answer().data.today} />}
                </For>
                <Show when={(answer().data.laterTotal ?? 0) > (answer().data.later?.length ?? 0)}>
                  <li class="empty-note">
                    {t('inbox.laterMore', {
                      count: (answer().data.laterTotal ?? 0) - (answer().data.later?.length ?? 0),
                    })}
                  </li>
                </Show>
              </InboxSection>
              <InboxSection
                id="countersign"
                title={t('inbox.countersign')}
                count={answer().data.countersign.length}
              >
                <For each={answer().data.countersign}>
                  {(item) => <CountersignItem item={item} />}
                </For>
              </InboxSection>
              <InboxSection
                id="supervision"
                title={t('inbox.supervision')}
                count={answer().data.supervision.length}
              >
                <For each={answer().data.supervision}>
                  {(item) => <OrderItem item={item} today={answer().data.today} />}
                </For>
              </InboxSection>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}

/** One list of the inbox, headed with its count; says so when empty. */
function InboxSection(props: {
  id: string;
  title: string;
  count: number;
  children: JSX.Element;
}): JSX.Element {
  const headingId = `inbox-${props.id}`;
  return (
    <section class="card inbox-section" aria-labelledby={headingId}>
      <div class="inbox-section__head">
        <h2 id={headingId} class="section-title">
          {props.title}
        </h2>
        <span class="count-pill" data-testid={`inbox-count-${props.id}`}>
          {props.count}
        </span>
      </div>
      <Show when={props.count > 0} fallback={<p class="empty-note">{t('inbox.none')}</p>}>
        <ul class="inbox-list">{props.children}</ul>
      </Show>
    </section>
  );
}
