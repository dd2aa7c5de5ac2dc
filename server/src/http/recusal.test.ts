import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

const notFound = {
  status: 404,
  body: { error: { code: 'not-found', message: { zh: '未找到', en: 'Not found' } } },
};

type Listed = { caseId: string }[];
const casesIn = (body: Record<string, unknown>): string[] =>
  ['overdue', 'dueSoon', 'countersign', 'supervision'].flatMap((list) =>
    (body[list] as Listed).map((item) => item.caseId),
  );

/** Recusal (回避, domain.md §7): whoever a petition accuses learns nothing of the case. */
describe('recusal of accused units and persons', () => {
  let api: CaseApi;
  let caseId: string;
  beforeAll(async () => {
    api = await createCaseApi();
    // Accuses the police (a unit) and, by user id, one handler of the environment bureau.
    caseId = await api.register({
      registeredAt: at(140),
      accused: [
        { kind: 'unit', unitId: units.police, name: '青川市公安局' },
        { kind: 'person', name: '赵某', userId: 'user-handler2' },
      ],
    });
    await api.act(
      'clerk',
      caseId,
      'transfer',
      { leadUnitId: units.environment, coUnitIds: [] },
      {
        at: at(141),
      },
    );
    await api.act('handler', caseId, 'accept', { notice: 'pending' }, { at: at(142) });
  });
  afterAll(() => api.close());

  it('the accused unit gets 404 on the case and on every command, exactly as for no case', async () => {
    expect(await api.request('police', 'GET', `/api/cases/${caseId}`)).toEqual(notFound);
    const attempts = [
      await api.act('police', caseId, 'accept', { notice: 'served' }),
      await api.act('police', caseId, 'object', { reasons: '不属实' }),
      await api.act('police', caseId, 'reply', { outcome: 'notSupported', summary: '不属实' }),
    ];
    for (const answer of attempts) expect(answer).toEqual(notFound);
    expect(await api.act('police', 'no-such-case', 'accept', { notice: 'served' })).toEqual(
      notFound,
    );
    const rejected = api.parts.audit.list({ caseId, action: 'command.rejected' }).items;
    expect(rejected.filter((item) => item.actor.username === 'police')).toHaveLength(3);
  });

  it('an accused person is refused while a colleague of the same unit works the case', async () => {
    expect(await api.request('handler2', 'GET', `/api/cases/${caseId}`)).toEqual(notFound);
    const served = await api.act('handler2', caseId, 'serveAcceptNotice', {}, { at: at(143) });
    expect(served).toEqual(notFound);
    const colleague = await api.request('handler', 'GET', `/api/cases/${caseId}`);
    expect(colleague.status).toBe(200);
  });

  it('an accused person named by exact display name only stays recused after moving into the handling unit', async () => {
    await api.addUser('zhao', 'handler', units.housing, '赵敏');
    const named = await api.register({
      registeredAt: at(140),
      accused: [{ kind: 'person', name: '赵敏', unitId: units.housing }],
    });
    await api.act('clerk', named, 'transfer', { leadUnitId: units.environment, coUnitIds: [] });
    // No API moves an account between units yet: an administrator's move is this row update.
    api.parts.db
      .prepare('UPDATE users SET unit_id = ? WHERE id = ?')
      .run(units.environment, 'user-zhao');
    expect(await api.request('zhao', 'GET', `/api/cases/${named}`)).toEqual(notFound);
    const listed = await api.request('zhao', 'GET', '/api/cases');
    expect((listed.body.items as Listed).map((item) => item.caseId)).not.toContain(named);
    const colleague = await api.request('handler', 'GET', `/api/cases/${named}`);
    expect(colleague.status).toBe(200);
  });

  it('no inbox entry reveals the case to the accused, while the colleague’s inbox lists it', async () => {
    const colleague = await api.request('handler', 'GET', '/api/inbox?days=30');
    expect(casesIn(colleague.body)).toContain(caseId);
    for (const user of ['handler2', 'police'] as const) {
      const inbox = await api.request(user, 'GET', '/api/inbox?days=90');
      expect(inbox.status).toBe(200);
      expect(casesIn(inbox.body), user).not.toContain(caseId);
    }
  });
});
