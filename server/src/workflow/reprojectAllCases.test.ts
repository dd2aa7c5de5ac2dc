import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from '../http/caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from '../http/caseApiHarness.ts';
import { reprojectAllCases } from './reprojectAllCases.ts';

describe('reprojectAllCases', () => {
  let api: CaseApi;
  let inReview: string;
  beforeAll(async () => {
    api = await createCaseApi(at(22));
    inReview = await api.replied({ coUnitIds: [] });
    await api.act(
      'officeHandler',
      inReview,
      'requestReview',
      { unitId: units.office, reasons: '不服' },
      { at: at(20) },
    );
  });
  afterAll(() => api.close());

  it('gives the directory back its units and request windows from the events', async () => {
    const before = api.parts.cases.accessFacts(inReview);
    expect(before).toMatchObject({
      leadUnitId: units.environment,
      reviewingUnitIds: [units.office],
    });
    api.parts.db.exec('DELETE FROM case_units; UPDATE cases SET request_window_due = NULL');
    expect(api.parts.cases.accessFacts(inReview)).toMatchObject({
      leadUnitId: null,
      reviewingUnitIds: [],
    });

    const rebuilt = await reprojectAllCases(api.parts.workflowDeps);
    expect(rebuilt).toBe(api.parts.cases.caseIds().length);
    expect(api.parts.cases.accessFacts(inReview)).toEqual(before);
  });

  it('skips a case it cannot rebuild, and goes on', async () => {
    const broken = await api.register({ title: '另一件事' });
    // Damage its log as only a tampered file could (the log refuses updates otherwise).
    api.parts.db.exec('DROP TRIGGER workflow_events_no_update');
    api.parts.db.exec(
      `UPDATE workflow_events SET payload = 'not json' WHERE case_id = '${broken}'`,
    );
    const total = api.parts.cases.caseIds().length;
    expect(await reprojectAllCases(api.parts.workflowDeps)).toBe(total - 1);
    expect(api.parts.cases.accessFacts(inReview)).toMatchObject({
      reviewingUnitIds: [units.office],
    });
  });
});
