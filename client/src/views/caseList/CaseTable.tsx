import { categoryLabels } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import type { CaseListPage } from '../../api/types.ts';
import { dateTime, label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { stateName } from '../caseState.ts';
import { DueDate } from '../due/DueDate.tsx';
import { estimateWarning } from '../due/dueWarning.ts';

/** One page of cases: title and number, petitioner, state, category, registered, due. */
export function CaseTable(props: { page: CaseListPage; today: string }): JSX.Element {
  return (
    <table class="case-table">
      <caption id="case-table-caption">{t('cases.total', { count: props.page.total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.column.case')}</th>
          <th scope="col">{t('cases.column.state')}</th>
          <th scope="col">{t('list.category')}</th>
          <th scope="col">{t('cases.column.registered')}</th>
          <th scope="col">{t('cases.column.due')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.page.items}>
          {(item) => (
            <tr>
              <td>
                <Link href={`/cases/${item.caseId}`}>{item.title}</Link>
                <span class="case-table__id">
                  {item.caseId}
                  <Show when={item.petitioner?.name}>
                    {(name) => (
                      <>
                        {' · '}
                        {t('case.petitioner')} {name()}
                      </>
                    )}
                  </Show>
                </span>
              </td>
              <td>{stateName(item.state)}</td>
              <td>{item.category ? label(categoryLabels[item.category]) : '—'}</td>
              <td>{dateTime(item.registeredAt)}</td>
              <td>
                <DueDate
                  dueDate={item.nextDueDate}
                  warning={estimateWarning(
                    item.nextDueDate,
                    item.nextDueClock,
                    props.today,
                    item.overdue,
                  )}
                />
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
