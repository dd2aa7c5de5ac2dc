import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import * as api from '../../api/api.ts';
import { dateTime, t } from '../../i18n/i18n.ts';
import { readRecentCases } from '../../offline/recentCases.ts';
import { Link } from '../../router/Link.tsx';
import { me } from '../../session/session.ts';
import { todayInChina } from '../due/DueDate.tsx';
import { OpenCaseForm } from '../OpenCaseForm.tsx';
import { CaseFilters } from './CaseFilters.tsx';
import { CaseTable } from './CaseTable.tsx';
import { filterParams, type ListFilters, readFilters } from './listQuery.ts';

const pageSize = '20';

/**
 * `/cases`: the cases the user may see, filtered, searched and sorted on the server, a page at a
 * time by cursor; the filters live in the address so a link or a reload keeps them. Beside it,
 * recently opened cases and open-by-number (both work offline).
 */
export function CaseListPage(): JSX.Element {
  const [filters, setFilters] = createSignal(readFilters(location.search));
  // cursors[i] is the cursor of page i (page 0 has none).
  const [cursors, setCursors] = createSignal<(string | undefined)[]>([undefined]);
  const [page] = createResource(
    () => ({ filters: filters(), cursor: cursors().at(-1) }),
    async ({ filters: current, cursor }) => {
      const query = { ...filterParams(current), limit: pageSize, ...(cursor ? { cursor } : {}) };
      const result = await api.listCases(query);
      return result.ok && Array.isArray(result.data?.items) ? result.data : null;
    },
  );
  const apply = (next: ListFilters) => {
    const search = new URLSearchParams(filterParams(next)).toString();
    history.replaceState(null, '', `/cases${search ? `?${search}` : ''}`);
    setFilters(next);
    setCursors([undefined]);
  };
  const recent = () => {
    const user = me();
    return user ? readRecentCases(user.userId) : [];
  };
  const pageNumber = () => cursors().length;

  return (
    <div class="case-list-page">
      <h1 class="page-title">{t('cases.title')}</h1>
      <div class="case-list-page__main">
        <CaseFilters filters={filters()} onApply={apply} />
        <section aria-labelledby="case-table-caption" class="card" aria-busy={page.loading}>
          <Switch>
            <Match when={page.loading && !page.latest}>
              <p class="empty-note" role="status">
                {t('cases.loading')}
              </p>
            </Match>
            <Match when={page.latest}>
              {(data) => (
                <>
                  <CaseTable page={data()} today={todayInChina()} />
                  <nav class="pager" aria-label={t('list.pages')}>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={pageNumber() <= 1 || page.loading}
                      onClick={() => setCursors(cursors().slice(0, -1))}
                    >
                      {t('list.previous')}
                    </button>
                    <span class="pager__label">{t('list.page', { page: pageNumber() })}</span>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={!data().nextCursor || page.loading}
                      onClick={() => setCursors([...cursors(), data().nextCursor ?? undefined])}
                    >
                      {t('list.next')}
                    </button>
                  </nav>
                </>
              )}
            </Match>
            <Match when={!page.loading}>
              <div class="empty-state">
                <p class="empty-state__title">{t('cases.empty')}</p>
                <p class="empty-note">{t('cases.emptyHint')}</p>
              </div>
            </Match>
          </Switch>
        </section>
      </div>
      <div class="case-list-page__aside">
        <Show when={recent().length > 0}>
          <section class="card" aria-labelledby="recent-title">
            <h2 id="recent-title" class="section-title">
              {t('cases.recent')}
            </h2>
            <ul class="recent-list">
              <For each={recent()}>
                {(item) => (
                  <li>
                    <Link href={`/cases/${item.caseId}`}>{item.title || item.caseId}</Link>
                    <span class="recent-list__meta">
                      {item.caseId} · {dateTime(item.openedAt)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
        <section class="card">
          <OpenCaseForm />
        </section>
      </div>
    </div>
  );
}
