import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';
import { unitListSchema } from './openapi/responseSchemas.ts';

describe('GET /api/units', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('names every unit of the organisation for a signed-in user', async () => {
    const answer = await api.request('handler', 'GET', '/api/units');
    expect(answer.status).toBe(200);
    // The documented answer, exactly.
    const listed = unitListSchema.strict().parse(answer.body).units;
    expect(listed.map((unit) => unit.id).sort()).toEqual(Object.values(units).sort());
    for (const unit of listed) expect(unit.name).not.toBe('');
  });

  it('answers 401 without a session', async () => {
    const answer = await api.request(null, 'GET', '/api/units');
    expect(answer.status).toBe(401);
  });
});
