/**
 * Case-model figures: 10,000 random edits to a case file, encoding and loading its state, and
 * folding a 1,000-event workflow log. Run: node --import tsx test/bench/caseModelBench.ts
 */
import {
  type Actor,
  type CaseState,
  calendarContext,
  cnMainlandCalendar,
  createCaseFile,
  decide,
  deleteSectionText,
  foldEvents,
  initialCaseState,
  insertSectionText,
  readSectionText,
  sections,
  type WorkflowCommand,
  type WorkflowEvent,
} from '@lianban/case-model';
import * as Y from 'yjs';
import { benchRegistration } from './support/benchRegistration.ts';
import { createRandom } from './support/random.ts';
import { median, printTable } from './support/report.ts';

const phrases = [
  '经调查核实，',
  '信访人反映的情况基本属实。',
  '拆迁补偿款',
  '已于本月到位',
  '\n',
  '依据《信访条例》第三十二条，',
];

function editCaseFile(edits: number, seed: number): { doc: Y.Doc; ms: number } {
  const random = createRandom(seed);
  const doc = new Y.Doc({ gc: false });
  createCaseFile(doc, benchRegistration);
  const lengths = new Map(
    sections.map((section) => [section, readSectionText(doc, section).length]),
  );
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    const section = sections[random.int(sections.length)]!;
    const length = lengths.get(section)!;
    if (length > 20 && random.next() < 0.3) {
      const count = 1 + random.int(Math.min(8, length - 1));
      deleteSectionText(doc, section, random.int(length - count), count);
      lengths.set(section, length - count);
    } else {
      const text = phrases[random.int(phrases.length)]!;
      insertSectionText(doc, section, random.int(length + 1), text);
      lengths.set(section, length + text.length);
    }
  }
  return { doc, ms: performance.now() - started };
}

const office: Actor = { userId: 'clerk', unitId: 'office', role: 'receptionClerk' };
const handler: Actor = { userId: 'handler', unitId: 'housing', role: 'handler' };
const leader: Actor = { userId: 'leader', unitId: 'office', role: 'leader' };
const supervisor: Actor = { userId: 'supervisor', unitId: 'inspection', role: 'supervisor' };

function buildLog(size: number): WorkflowEvent[] {
  const context = calendarContext(cnMainlandCalendar);
  let state: CaseState = initialCaseState;
  const events: WorkflowEvent[] = [];
  let minute = 0;
  const instant = () =>
    new Date(Date.parse('2026-03-02T02:00:00Z') + minute++ * 60_000).toISOString();
  const apply = (command: Omit<WorkflowCommand, 'at' | 'idempotencyKey' | 'basis'>) => {
    const at = instant();
    const full = {
      ...command,
      at,
      idempotencyKey: `k${events.length}`,
      basis: state.statusEventId,
    } as WorkflowCommand;
    const result = decide(state, full, context);
    if (!result.ok) throw new Error(`${command.type}: ${result.code} ${result.reason.en}`);
    events.push(...result.events);
    state = foldEvents(events);
  };
  apply({
    type: 'register',
    actor: office,
    payload: {
      caseId: 'bench',
      facts: {
        registeringUnitId: 'office',
        channel: 'visit',
        matterClass: 'grievance',
        category: 'urbanDemolition',
        divisionCode: '990102',
        anonymous: false,
        jointDesk: true,
        accusedUnitIds: [],
        groupVisit: null,
      },
    },
  } as never);
  apply({
    type: 'transfer',
    actor: office,
    payload: { leadUnitId: 'housing', coUnitIds: ['land'] },
  } as never);
  apply({ type: 'accept', actor: handler, payload: { notice: 'served' } } as never);
  let i = 0;
  while (events.length < size) {
    i++;
    if (i % 2 === 0)
      apply({ type: 'leaderInstruction', actor: leader, payload: { noteId: `n${i}` } } as never);
    else
      apply({
        type: 'supervise',
        actor: supervisor,
        payload: {
          reason: 'noReport',
          dueDate: '2026-04-30',
          addressedUnitId: 'housing',
          note: '请按期报告',
        },
      } as never);
  }
  return events;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const runs = 5;
const editTimes: number[] = [];
const encodeTimes: number[] = [];
const loadTimes: number[] = [];
let stateBytes = 0;
for (let run = 0; run < runs; run++) {
  const { doc, ms } = editCaseFile(10_000, run + 1);
  editTimes.push(ms);
  let started = performance.now();
  const state = Y.encodeStateAsUpdate(doc);
  encodeTimes.push(performance.now() - started);
  stateBytes = state.byteLength;
  started = performance.now();
  const loaded = new Y.Doc({ gc: false });
  Y.applyUpdate(loaded, state);
  loadTimes.push(performance.now() - started);
}

const log = buildLog(1_000);
const foldTimes: number[] = [];
for (let run = 0; run < 20; run++) {
  const shuffled = shuffle(log, run);
  const started = performance.now();
  foldEvents(shuffled);
  foldTimes.push(performance.now() - started);
}

printTable(
  'case-model (median of runs)',
  ['measure', 'value'],
  [
    [
      '10,000 random edits to a case file',
      `${median(editTimes).toFixed(1)} ms (${((10_000 / median(editTimes)) * 1000).toFixed(0)} edits/s)`,
    ],
    [
      'encode its state (gc off, full history)',
      `${median(encodeTimes).toFixed(2)} ms, ${(stateBytes / 1024).toFixed(1)} KiB`,
    ],
    ['load that state into a new Y.Doc', `${median(loadTimes).toFixed(2)} ms`],
    [`fold a ${log.length}-event log (shuffled)`, `${median(foldTimes).toFixed(2)} ms`],
  ],
);
