import { createResource, For, type JSX, Match, Show, Switch } from 'solid-js';
import * as api from '../api/api.ts';
import { civilDate, dateTime, t } from '../i18n/i18n.ts';
import { readRecentCases } from '../offline/recentCases.ts';
import { Link } from '../router/Link.tsx';
import { me } from '../session/session.ts';
import { stateName } from './caseState.ts';
import { OpenCaseForm } from './OpenCaseForm.tsx';

/** The start page: the cases the user may see, recently opened ones, and open-by-number. */
export function CaseListPage(): JSX.Element {
  const [page] = createResource(async () => {
    const result = await api.listCases();
    return result.ok && Array.isArray(result.data?.items) ? result.data : null;
  });
  const recent = () => {
    const user = me();
    return user ? readRecentCases(user.userId) : [];
  };

  return (
    <div class="case-list-page">
      <h1 class="page-title">{t('cases.title')}</h1>
      <Switch>
        <Match when={page.loading}>
          <p class="empty-note" role="status">
            {t('cases.loading')}
          </p>
        </Match>
        <Match when={page()}>
          {(data) => (
            <section aria-labelledby="case-table-caption" class="card">
              <table class="case-table">
                <caption id="case-table-caption">
                  {t('cases.total', { count: data().total })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.column.case')}</th>
                    <th scope="col">{t('cases.column.state')}</th>
                    <th scope="col">{t('cases.column.registered')}</th>
                    <th scope="col">{t('cases.column.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data().items}>
                    {(item) => (
                      <tr>
                        <td>
                          <Link href={`/cases/${item.caseId}`}>{item.title}</Link>
                          <span class="case-table__id">{item.caseId}</span>
                        </td>
                        <td>{stateName(item.state)}</td>
                        <td>{dateTime(item.registeredAt)}</td>
                        <td>
                          {item.nextDueDate ? civilDate(item.nextDueDate) : '—'}
                          <Show when={item.overdue}>
                            <span class="badge badge--danger">{t('cases.overdue')}</span>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          )}
        </Match>
        <Match when={!page.loading}>
          <div class="card empty-state">
            <p class="empty-state__title">{t('cases.empty')}</p>
            <p class="empty-note">{t('cases.emptyHint')}</p>
          </div>
        </Match>
      </Switch>
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
