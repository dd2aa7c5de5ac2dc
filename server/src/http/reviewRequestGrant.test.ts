import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, buildRegistration, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

type Documents = { name: string; access: string }[];

/**
 * The petitioner asks for a review one level up (R2005 Art 34): the provincial environment
 * department, which had nothing to do with the city bureau's case, may open it while the request
 * window runs, read only and for that purpose alone; once it has recorded the request it holds
 * the case and decides the review.
 */
describe('a review recorded one level up', () => {
  let api: CaseApi;
  let caseId: string;
  // Day 22: twelve days after the reply, the 30-day request window runs.
  beforeAll(async () => {
    api = await createCaseApi(at(22));
    caseId = await api.replied();
  });
  afterAll(() => api.close());

  it('lets the unit above read the file and the record, and nothing else, before the request', async () => {
    const read = await api.request('reviewer', 'GET', `/api/cases/${caseId}`);
    expect(read.status).toBe(200);
    const access = Object.fromEntries(
      (read.body.documents as Documents).map((doc) => [
        doc.name.split('/').slice(2).join('/'),
        doc.access,
      ]),
    );
    // Not the notes, not the units' countersign documents.
    expect(access).toEqual({ file: 'read', record: 'read' });
    const listed = await api.request('reviewer', 'GET', '/api/cases');
    expect((listed.body.items as { caseId: string }[]).map((item) => item.caseId)).not.toContain(
      caseId,
    );
  });

  it('refuses any other act from it, and keeps the case out of its repeat suggestions', async () => {
    const other = await api.register({ title: '化工厂排放废气，仍未整改' });
    const link = await api.act('reviewer', caseId, 'linkRepeat', { caseId: other }, { at: at(21) });
    expect(link.status).toBe(422);
    expect(link.body.error).toMatchObject({ code: 'wrong-unit' });
    const suggested = async (user: 'reviewer' | 'clerk') => {
      const answer = await api.request(user, 'POST', '/api/cases/repeat-candidates', {
        registration: { ...buildRegistration(), title: '草稿' },
      });
      expect(answer.status).toBe(200);
      return (answer.body.candidates as { caseId: string }[]).map((item) => item.caseId);
    };
    // The same draft finds it for the office that holds it, never for the unit above.
    expect(await suggested('clerk')).toContain(caseId);
    expect(await suggested('reviewer')).not.toContain(caseId);
  });

  it('records the request, then holds the case: writes the file, lists it, decides', async () => {
    const request = { unitId: units.provincialEnvironment, reasons: '对处理意见不服' };
    const review = await api.act('reviewer', caseId, 'requestReview', request, { at: at(20) });
    expect(review.status).toBe(200);
    expect(review.body.state).toMatchObject({ status: 'IN_REVIEW' });
    const read = await api.request('reviewer', 'GET', `/api/cases/${caseId}`);
    const file = (read.body.documents as Documents).find((doc) => doc.name.endsWith('/file'));
    expect(file?.access).toBe('write');
    const listed = await api.request('reviewer', 'GET', '/api/cases');
    expect((listed.body.items as { caseId: string }[]).map((item) => item.caseId)).toContain(
      caseId,
    );
    const decision = { outcome: 'notSupported', summary: '维持原处理意见' } as const;
    const decided = await api.act('reviewer', caseId, 'decideReview', decision, { at: at(21) });
    expect(decided.body.state).toMatchObject({ status: 'REVIEW_DECIDED' });
  });
});

describe('the unit above after the request window', () => {
  // Replied on day 10 (2026-06-11): the window runs to 2026-07-11, requests sent in time may
  // still arrive for 30 days more (to 2026-08-10, day 70).
  for (const [day, status] of [
    [55, 200],
    [75, 404],
  ] as const) {
    it(`${status === 200 ? 'still sees' : 'no longer sees'} the case on day ${day}`, async () => {
      const api = await createCaseApi(at(day));
      try {
        const caseId = await api.replied();
        const answer = await api.request('reviewer', 'GET', `/api/cases/${caseId}`);
        expect(answer.status).toBe(status);
        expect((await api.request('officeHandler', 'GET', `/api/cases/${caseId}`)).status).toBe(
          200,
        );
      } finally {
        await api.close();
      }
    });
  }
});
