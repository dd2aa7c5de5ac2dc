import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { eventually } from '../support/stockClient.ts';
import { useSyncServer } from '../support/useSyncServer.ts';

type Entry = { id: string; type: string; label: { zh: string; en: string } };
const timelineOf = (doc: Y.Doc) => doc.getArray<Entry>('timeline').toArray();
const statusOf = (doc: Y.Doc) => doc.getMap('state').get('status');

/**
 * The `record` document mirrors the event store: a stock y-websocket client that opens it sees
 * the timeline of applied acts with zh/en labels, the state and the clocks, and sees a new act
 * arrive live while connected.
 */
describe('the record document, read by a stock y-websocket client', () => {
  const suite = useSyncServer();

  async function post(token: string, path: string, body: unknown) {
    const response = await fetch(`${suite.server().server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('holds the seeded timeline, and a command applied while connected arrives live', async () => {
    const token = await suite.server().login('handler');
    const record = suite.connect('case/demo-0001/record', token);
    await record.synced();
    expect(timelineOf(record.doc).map((entry) => entry.type)).toEqual([
      'register',
      'transfer',
      'accept',
    ]);
    expect(timelineOf(record.doc)[1]!.label).toEqual({ zh: '转送', en: 'Transfer' });
    expect(statusOf(record.doc)).toBe('ACCEPTED');
    const clocks = record.doc.getMap<{ dueDate: string; explanation: unknown[] }>('clocks');
    expect(clocks.get('handle')?.explanation.length).toBeGreaterThan(0);

    const key = randomUUID();
    const served = await post(token, '/api/cases/demo-0001/commands', {
      type: 'serveAcceptNotice',
      idempotencyKey: key,
      payload: {},
    });
    expect(served.status).toBe(200);
    await eventually(() => statusOf(record.doc) === 'IN_PROGRESS', 'the new state arrives live');
    expect(timelineOf(record.doc).at(-1)).toMatchObject({
      id: key,
      type: 'serveAcceptNotice',
      label: { zh: '送达受理告知书', en: 'Serve the acceptance notice' },
    });
    expect(record.closeCodes).toEqual([]);
  });

  it('a registration writes the case file and the record; both open with the stock client', async () => {
    const token = await suite.server().login('clerk');
    const registered = await post(token, '/api/cases', {
      idempotencyKey: randomUUID(),
      registration: {
        title: '老旧小区加装电梯补贴',
        channel: 'online',
        jointDesk: false,
        matterClass: 'suggestion',
        category: 'housingProperty',
        divisionCode: '990100',
        anonymous: false,
        petitioners: [{ id: 'p1', name: '王志明', role: 'principal', address: '青川市' }],
        requests: [{ demand: '出台补贴办法', facts: '老人上下楼难', reason: '' }],
        accused: [],
        groupVisit: false,
      },
    });
    expect(registered.status).toBe(201);
    const caseId = registered.body.caseId as string;
    const file = suite.connect(`case/${caseId}/file`, token);
    const record = suite.connect(`case/${caseId}/record`, token);
    await Promise.all([file.synced(), record.synced()]);
    expect(file.doc.getMap('registration').get('title')).toBe('老旧小区加装电梯补贴');
    expect(timelineOf(record.doc).map((entry) => entry.type)).toEqual(['register']);
    expect(statusOf(record.doc)).toBe('REGISTERED');
  });
});
