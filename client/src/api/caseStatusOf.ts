import type { Label } from '@lianban/case-model';
import type { CaseDetail } from './types.ts';

/** The workflow state of a case answer: its status code and, when sent, its label. */
export function caseStatusOf(detail: CaseDetail | null | undefined): {
  status: string;
  label?: Label;
} | null {
  const state = detail?.state;
  if (typeof state === 'string') return { status: state };
  if (state && typeof state.status === 'string') {
    const label = state.statusLabel;
    return typeof label?.zh === 'string' && typeof label.en === 'string'
      ? { status: state.status, label }
      : { status: state.status };
  }
  return null;
}
