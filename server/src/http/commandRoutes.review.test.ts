import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

// Cases handled by the environment bureau (housing co-handling) and replied: the review here is
// recorded by the petition office and the re-examination by the co-handling bureau, units that
// already hold the case (a unit one level up recording it: see reviewRequestGrant.test.ts).

describe('review (复查) and re-examination (复核)', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('request and decide a review, then a re-examination with a hearing: TERMINATED', async () => {
    const caseId = await api.replied();
    const request = { unitId: units.office, reasons: '对处理意见不服' };
    const review = await api.act('officeHandler', caseId, 'requestReview', request, { at: at(20) });
    expect(review.body.state).toMatchObject({ status: 'IN_REVIEW' });
    const reviewClock = review.body.clocks!.find((clock) => clock.kind === 'review');
    expect(reviewClock).toMatchObject({ ownerUnitId: units.office, state: 'running' });

    const decided = await api.act(
      'officeHandler',
      caseId,
      'decideReview',
      {
        outcome: 'notSupported',
        summary: '维持原处理意见',
      },
      { at: at(30) },
    );
    expect(decided.body.state).toMatchObject({ status: 'REVIEW_DECIDED', outcome: 'notSupported' });

    const reexam = await api.act(
      'housing',
      caseId,
      'requestReexam',
      {
        unitId: units.housing,
        reasons: '仍不服',
      },
      { at: at(40) },
    );
    expect(reexam.body.state).toMatchObject({ status: 'IN_REEXAM' });
    await api.act('housing', caseId, 'startHearing', {}, { at: at(45) });
    const resumed = await api.act('housing', caseId, 'endHearing', {}, { at: at(50) });
    expect(resumed.body.state).toMatchObject({ status: 'IN_REEXAM' });
    const clock = resumed.body.clocks!.find((item) => item.kind === 'reexam');
    // 30 days from 2026-07-11, plus the five hearing days that do not count.
    expect(clock!.dueDate).toBe('2026-08-17');
    expect(clock!.explanation.map((step) => step.step)).toContain('pause');

    const terminated = await api.act(
      'housing',
      caseId,
      'decideReexam',
      {
        outcome: 'notSupported',
        summary: '复核维持，终结',
      },
      { at: at(60) },
    );
    expect(terminated.body.state).toMatchObject({ status: 'TERMINATED' });
  });

  it('refuses a review asked after 30 days, or by the unit that replied', async () => {
    const caseId = await api.replied();
    const late = await api.act(
      'officeHandler',
      caseId,
      'requestReview',
      {
        unitId: units.office,
        reasons: '不服',
      },
      { at: at(50) },
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'window-closed',
      message: { zh: '申请复查期限（30日）已过' },
    });
    const self = await api.act(
      'handler',
      caseId,
      'requestReview',
      {
        unitId: units.environment,
        reasons: '不服',
      },
      { at: at(20) },
    );
    expect(self.status).toBe(422);
    expect(self.body.error!.message.zh).toContain('上一级机关');
  });

  it('closes once no review was asked in time, and not before', async () => {
    const caseId = await api.replied({ replyDay: 140 });
    const early = await api.act(
      'handler',
      caseId,
      'close',
      { ground: 'noReviewRequested', note: '' },
      {
        at: at(145),
      },
    );
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'window-open' });

    const done = await api.replied();
    const closed = await api.act(
      'handler',
      done,
      'close',
      { ground: 'noReviewRequested', note: '' },
      {
        at: at(50),
      },
    );
    expect(closed.body.state).toMatchObject({ status: 'CLOSED', outcome: 'notSupported' });
  });
});
