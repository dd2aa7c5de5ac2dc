import { readRegistration, roomName } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../workflow/readStoredDocument.ts';
import { readRecord } from '../workflow/writeRecord.ts';
import { buildRegistration, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('POST /api/cases (registration)', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('registers: 201 with the state, the route clock and its explanation; file and record written', async () => {
    const registration = buildRegistration();
    const answer = await api.request('clerk', 'POST', '/api/cases', {
      idempotencyKey: 'reg-happy',
      registration,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      eventId: 'reg-happy',
      replayed: false,
      state: { status: 'REGISTERED', routingUnitId: units.office, statusEventId: 'reg-happy' },
    });
    const caseId = answer.body.caseId!;
    expect(caseId).toMatch(/^20260601-[0-9a-f]{8}$/);
    const route = answer.body.clocks!.find((clock) => clock.kind === 'route');
    expect(route).toMatchObject({ dueDate: '2026-06-16', ownerUnitId: units.office });
    expect(route!.explanation[0]!.zh).toContain('15 日，至 2026-06-16');

    const file = await readStoredDocument(api.parts.store, roomName({ caseId, kind: 'file' }));
    expect(readRegistration(file!)).toEqual(registration);
    const record = await readStoredDocument(api.parts.store, roomName({ caseId, kind: 'record' }));
    expect(readRecord(record!)).toMatchObject({
      state: { status: 'REGISTERED' },
      timeline: [{ id: 'reg-happy', type: 'register', label: { zh: '登记', en: 'Register' } }],
    });
    expect(api.parts.cases.accessFacts(caseId)).toMatchObject({
      state: 'REGISTERED',
      accusedUnitIds: [units.police],
    });
    expect(api.parts.caseIndex.get(caseId)).toMatchObject({ title: registration.title });
    const audit = api.parts.audit.list({ caseId }).items;
    expect(audit.map((item) => `${item.action}:${item.outcome}`)).toEqual([
      'command.applied:allowed',
    ]);
  });

  it('the same registration sent twice creates one case; other content under the key is 409', async () => {
    const body = { idempotencyKey: 'reg-twice', registration: buildRegistration() };
    const first = await api.request('clerk', 'POST', '/api/cases', body);
    const second = await api.request('clerk', 'POST', '/api/cases', body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ caseId: first.body.caseId, replayed: true });
    const other = await api.request('clerk', 'POST', '/api/cases', {
      ...body,
      registration: buildRegistration({ title: '另一件事' }),
    });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'duplicate-key', conflictsWith: 'reg-twice' });
  });

  it('defaults the instant and the unit to the server and the clerk', async () => {
    const { registeredAt: _at, registeringUnitId: _unit, ...draft } = buildRegistration();
    const answer = await api.request('clerk', 'POST', '/api/cases', {
      idempotencyKey: 'reg-defaults',
      registration: draft,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.clocks![0]!.startedAt).toBe('2026-10-30T04:00:00.000Z');
  });

  it('refuses an accused unit that is not in the directory: recusal could not protect it', async () => {
    const registration = buildRegistration();
    const answer = await api.request('clerk', 'POST', '/api/cases', {
      idempotencyKey: 'reg-unknown-accused',
      registration: {
        ...registration,
        accused: [{ kind: 'unit', name: '河东区公安分局', unitId: 'x-polise' }],
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'invalid-payload',
      message: { zh: '单位「x-polise」不存在' },
    });
  });

  it('refuses a malformed body with 400 and the zod issues', async () => {
    const answer = await api.request('clerk', 'POST', '/api/cases', {
      idempotencyKey: 'reg-bad',
      registration: { ...buildRegistration(), category: 'astrology' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'invalid-request' });
  });

  it('refuses what registration requires with 422 and a reason a person can read', async () => {
    const cases: [string, object, string][] = [
      [
        'anonymous grievance',
        { anonymous: true, matterClass: 'grievance' },
        '匿名信访仅限检举控告',
      ],
      ['no address', { petitioners: [{ id: 'p', name: '李四', role: 'principal' }] }, '住址'],
      ['a handler registers', {}, '「承办人」角色不能登记'],
      ['another unit', { registeringUnitId: units.environment }, '不是此案登记的责任单位'],
      ['in the future', { registeredAt: '2026-11-30T00:00:00Z' }, '晚于服务器时间'],
    ];
    for (const [name, overrides, reason] of cases) {
      const user = name === 'a handler registers' ? 'handler' : 'clerk';
      const answer = await api.request(user, 'POST', '/api/cases', {
        idempotencyKey: `reg-${name.replaceAll(' ', '-')}`,
        registration: buildRegistration(overrides),
      });
      expect(answer.status, name).toBe(422);
      expect(answer.body.error!.message.zh, name).toContain(reason);
    }
  });

  it('answers 401 without a session', async () => {
    const answer = await api.request(null, 'POST', '/api/cases', {});
    expect(answer.status).toBe(401);
  });
});
