import { type CaseStatus, caseStatusLabels } from '@lianban/case-model';
import { label } from '../i18n/i18n.ts';

/** The display name of a workflow state; an unknown state is shown as sent. */
export function stateName(state: string): string {
  const known = (caseStatusLabels as Record<string, (typeof caseStatusLabels)[CaseStatus]>)[state];
  return known ? label(known) : state;
}
