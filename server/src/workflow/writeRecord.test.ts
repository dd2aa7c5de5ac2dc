import { foldEvents, type WorkflowEvent } from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caseClocks } from './caseClocks.ts';
import { recordView } from './recordView.ts';
import { readRecord, writeRecord } from './writeRecord.ts';

const clerk = { userId: 'clerk', unitId: 'office', role: 'receptionClerk' } as const;
const facts = {
  registeringUnitId: 'office',
  channel: 'visit',
  matterClass: 'grievance',
  category: 'environment',
  divisionCode: '990101',
  anonymous: false,
  jointDesk: false,
  accusedUnitIds: [],
  groupVisit: null,
} as const;
const register = {
  id: 'r',
  type: 'register',
  at: '2026-06-01T02:00:00.000Z',
  actor: clerk,
  payload: { caseId: 'c1', facts },
  causedBy: 'r',
  basis: null,
} as WorkflowEvent;
const transfer = (id: string, at: string): WorkflowEvent =>
  ({
    id,
    type: 'transfer',
    at,
    actor: clerk,
    payload: { leadUnitId: 'env', coUnitIds: [] },
    causedBy: id,
    basis: 'r',
  }) as WorkflowEvent;

function viewOf(events: WorkflowEvent[]) {
  const state = foldEvents(events);
  return recordView(state, caseClocks(state, '2026-06-10T00:00:00.000Z'));
}

describe('writeRecord', () => {
  it('writes state, timeline, clocks and conflicts; the same view again changes nothing', () => {
    const doc = new Y.Doc();
    const view = viewOf([
      register,
      transfer('t1', '2026-06-02T02:00:00.000Z'),
      transfer('t2', '2026-06-02T03:00:00.000Z'),
    ]);
    writeRecord(doc, view);
    const record = readRecord(doc);
    expect(record.state).toMatchObject({ status: 'TRANSFERRED', leadUnitId: 'env' });
    expect(record.timeline).toMatchObject([{ id: 'r' }, { id: 't1', label: { zh: '转送' } }]);
    expect(record.conflicts).toMatchObject([
      { eventId: 't2', conflictsWith: 't1', code: 'conflict' },
    ]);
    expect(Object.keys(record.clocks).sort()).toEqual([
      'acceptNotice:t1',
      'objection:t1',
      'route:r',
    ]);
    let updates = 0;
    doc.on('update', () => updates++);
    writeRecord(doc, view);
    expect(updates).toBe(0);
  });

  it('repairs a record that missed writes, and follows the canonical order of the timeline', () => {
    const doc = new Y.Doc();
    writeRecord(doc, viewOf([register]));
    const late = transfer('t-late', '2026-06-03T02:00:00.000Z');
    writeRecord(doc, viewOf([register, late]));
    expect(readRecord(doc).timeline.map((entry) => (entry as { id: string }).id)).toEqual([
      'r',
      't-late',
    ]);
    expect(readRecord(doc).state).toEqual(viewOf([register, late]).state);
  });
});
