import type { InboxClock, InboxCountersign, InboxOrder } from '@lianban/case-model';
import type { JSX } from 'solid-js';
import { label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { DueDate } from '../due/DueDate.tsx';
import { estimateWarning } from '../due/dueWarning.ts';

function CaseLink(props: { caseId: string; title: string | null }): JSX.Element {
  return (
    <Link href={`/cases/${props.caseId}`} class="inbox-list__case">
      {props.title || props.caseId}
    </Link>
  );
}

/** A deadline: the case, which clock, its due date coloured by warning. */
export function ClockItem(props: {
  item: InboxClock;
  today: string;
  overdue?: boolean;
}): JSX.Element {
  const warning = () =>
    estimateWarning(props.item.dueDate, props.item.kind, props.today, props.overdue);
  return (
    <li class="inbox-list__item">
      <CaseLink caseId={props.item.caseId} title={props.item.title} />
      <span class="inbox-list__meta">
        {label(props.item.label)} · <DueDate dueDate={props.item.dueDate} warning={warning()} />
        {props.item.paused ? ` · ${t('clock.paused')}` : ''}
      </span>
      <span class="inbox-list__id">{props.item.caseId}</span>
    </li>
  );
}

/** A co-handled case waiting for the unit's countersign opinion. */
export function CountersignItem(props: { item: InboxCountersign }): JSX.Element {
  return (
    <li class="inbox-list__item">
      <CaseLink caseId={props.item.caseId} title={props.item.title} />
      <span class="inbox-list__meta">{t('inbox.countersignHint')}</span>
      <span class="inbox-list__id">{props.item.caseId}</span>
    </li>
  );
}

/** A supervision order addressed to the unit: why, by whom, by when. */
export function OrderItem(props: { item: InboxOrder; today: string }): JSX.Element {
  const warning = () => estimateWarning(props.item.dueDate, 'supervision', props.today);
  return (
    <li class="inbox-list__item">
      <CaseLink caseId={props.item.caseId} title={props.item.title} />
      <span class="inbox-list__meta">
        {label(props.item.reasonLabel)} · {t('inbox.issuedBy', { unit: props.item.issuingUnitId })}{' '}
        · <DueDate dueDate={props.item.dueDate} warning={warning()} />
      </span>
      {props.item.note ? <span class="inbox-list__note">{props.item.note}</span> : null}
      <span class="inbox-list__id">{props.item.caseId}</span>
    </li>
  );
}
