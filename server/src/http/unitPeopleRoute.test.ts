import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';
import { unitPeopleSchema } from './openapi/responseSchemas.ts';

describe('GET /api/units/:unitId/people', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
    api.parts.fixtures.createUnit({ unitId: 'x-town', name: '河东镇人民政府' });
    await api.addUser('wang', 'handler', 'x-town', '王芳');
    await api.addUser('li', 'unitHead', 'x-town', '李强');
    await api.addUser('chen', 'receptionClerk', 'x-town', '陈军');
  });
  afterAll(() => api.close());

  it('names the people of the unit, and only them, sorted by name, to a clerk and a handler', async () => {
    for (const user of ['clerk', 'handler']) {
      const answer = await api.request(user, 'GET', '/api/units/x-town/people');
      expect(answer.status, user).toBe(200);
      // The documented answer, exactly; pinyin order (chen, li, wang), not code points.
      expect(unitPeopleSchema.strict().parse(answer.body).people).toEqual([
        { userId: 'user-chen', name: '陈军' },
        { userId: 'user-li', name: '李强' },
        { userId: 'user-wang', name: '王芳' },
      ]);
    }
  });

  it('answers 404 for a unit the directory does not know, and an empty list for a unit without people', async () => {
    const unknown = await api.request('clerk', 'GET', '/api/units/x-nowhere/people');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
    api.parts.fixtures.createUnit({ unitId: 'x-empty', name: '空单位' });
    const empty = await api.request('clerk', 'GET', '/api/units/x-empty/people');
    expect(empty).toEqual({ status: 200, body: { people: [] } });
  });

  it('refuses the roles that neither register nor handle cases with 403', async () => {
    for (const user of ['analyst', 'supervisor', 'leader', 'head']) {
      const answer = await api.request(user, 'GET', '/api/units/x-town/people');
      expect(answer.status, user).toBe(403);
      expect(answer.body.error!.code, user).toBe('forbidden');
    }
  });

  it('answers 400 for a unit id that no unit can have', async () => {
    const answer = await api.request('clerk', 'GET', `/api/units/${'x'.repeat(65)}/people`);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid-request' } } });
  });

  it('answers 401 without a session', async () => {
    const answer = await api.request(null, 'GET', '/api/units/x-town/people');
    expect(answer.status).toBe(401);
  });
});
