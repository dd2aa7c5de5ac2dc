import {
  type CaseStatus,
  caseStatuses,
  caseStatusLabels,
  categories,
  categoryLabels,
  channelLabels,
  channels,
} from '@lianban/case-model';
import { createEffect, createSignal, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { CheckboxField, SelectField, TextField } from '../form/fields.tsx';
import { labelOptions } from '../form/labelOptions.ts';
import { type ListFilters, noFilters, sortChoices } from './listQuery.ts';

const listedStatuses = caseStatuses.filter((status): status is CaseStatus => status !== 'DRAFT');
const sortKeys = {
  'registeredAt:desc': 'list.sort.newest',
  'registeredAt:asc': 'list.sort.oldest',
  'dueDate:asc': 'list.sort.due',
  'state:asc': 'list.sort.state',
  'relevance:asc': 'list.sort.relevance',
} as const;

/**
 * The list's search box and filters. Drop-downs and the check box apply at once; the search
 * text and the number of days apply with Enter or the search button.
 */
export function CaseFilters(props: {
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
}): JSX.Element {
  const [draft, setDraft] = createSignal(props.filters);
  createEffect(() => setDraft(props.filters));
  const set = (change: Partial<ListFilters>) => setDraft({ ...draft(), ...change });
  const apply = (change: Partial<ListFilters>) => props.onApply({ ...draft(), ...change });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onApply(draft());
  };

  return (
    <search class="card case-filters">
      <form aria-label={t('list.filters')} onSubmit={submit}>
        <div class="case-filters__search">
          <TextField
            label={t('list.search')}
            type="search"
            name="q"
            maxLength={100}
            placeholder={t('list.searchHint')}
            value={draft().q}
            onInput={(q) => set({ q })}
          />
          <button type="submit" class="button button--primary">
            {t('list.apply')}
          </button>
        </div>
        <div class="case-filters__row">
          <SelectField
            label={t('list.state')}
            emptyLabel={t('list.any')}
            value={draft().state}
            options={labelOptions(listedStatuses, caseStatusLabels)}
            onChange={(state) => apply({ state })}
          />
          <SelectField
            label={t('list.category')}
            emptyLabel={t('list.any')}
            value={draft().category}
            options={labelOptions(categories, categoryLabels)}
            onChange={(category) => apply({ category })}
          />
          <SelectField
            label={t('list.channel')}
            emptyLabel={t('list.any')}
            value={draft().channel}
            options={labelOptions(channels, channelLabels)}
            onChange={(channel) => apply({ channel })}
          />
          <TextField
            label={t('list.dueWithin')}
            type="number"
            name="dueWithinDays"
            min={0}
            max={366}
            value={draft().dueWithinDays}
            onInput={(dueWithinDays) => set({ dueWithinDays })}
          />
          <SelectField
            label={t('list.sort')}
            emptyLabel={t('list.sort.default')}
            value={draft().sort}
            options={sortChoices.map((value) => ({ value, label: t(sortKeys[value]) }))}
            onChange={(sort) => apply({ sort })}
          />
        </div>
        <div class="case-filters__row case-filters__row--end">
          <CheckboxField
            label={t('list.overdueOnly')}
            checked={draft().overdue}
            onChange={(overdue) => apply({ overdue })}
          />
          <button
            type="button"
            class="button button--quiet"
            onClick={() => props.onApply(noFilters)}
          >
            {t('list.clear')}
          </button>
        </div>
      </form>
    </search>
  );
}
