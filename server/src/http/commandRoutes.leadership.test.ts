import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('leader ownership and instructions, ratings, repeat links', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('a leader takes ownership once and instructs; the ownership clock is the leader’s own', async () => {
    const { caseId } = await api.accepted();
    const owned = await api.act('leader', caseId, 'takeOwnership', {}, { at: at(5) });
    expect(owned.body.state).toMatchObject({
      leaderUserId: 'user-leader',
      overlays: [{ overlay: 'leaderOwned' }],
    });
    const clock = owned.body.clocks!.find((item) => item.kind === 'leaderOwnership');
    expect(clock).toMatchObject({ ownerUserId: 'user-leader', dueDate: '2026-09-07' });
    // Overdue by now (2026-10-30): in the leader's own inbox, not in the office clerk's.
    const inboxOf = async (user: string) =>
      (await api.request(user, 'GET', '/api/inbox')).body.overdue as { clockId: string }[];
    expect((await inboxOf('leader')).map((item) => item.clockId)).toContain('leaderOwnership');
    expect((await inboxOf('clerk')).map((item) => item.clockId)).not.toContain('leaderOwnership');
    const again = await api.act('leader', caseId, 'takeOwnership', {}, { at: at(6) });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'already-done' });
    const instruction = await api.act(
      'leader',
      caseId,
      'leaderInstruction',
      { noteId: 'note-7' },
      {
        at: at(7),
      },
    );
    expect(instruction.status).toBe(200);
    expect(instruction.body.state).toMatchObject({ eventCount: 5 });
    const byHandler = await api.act('handler', caseId, 'takeOwnership', {});
    expect(byHandler.body.error).toMatchObject({ code: 'wrong-role' });
  });

  it('the office records a rating after the reply, and links a repeat it may see', async () => {
    const { caseId } = await api.accepted();
    await api.act(
      'handler',
      caseId,
      'reply',
      { outcome: 'supported', summary: '支持' },
      {
        at: at(20),
      },
    );
    const rated = await api.act(
      'clerk',
      caseId,
      'rate',
      { subject: 'handling', rating: 'satisfied' },
      {
        at: at(22),
      },
    );
    expect(rated.status).toBe(200);
    const earlier = await api.register();
    const linked = await api.act(
      'clerk',
      caseId,
      'linkRepeat',
      { caseId: earlier },
      { at: at(23) },
    );
    expect(linked.body.state).toMatchObject({
      repeatLinks: [earlier],
      overlays: [{ overlay: 'repeatLinked' }],
    });
    api.parts.fixtures.createCase({ caseId: 'elsewhere', registeringUnitId: units.housing });
    for (const other of ['elsewhere', 'no-such-case']) {
      const hidden = await api.act(
        'clerk',
        caseId,
        'linkRepeat',
        { caseId: other },
        { at: at(24) },
      );
      expect(hidden.status, other).toBe(422);
      expect(hidden.body.error, other).toMatchObject({ code: 'invalid-payload' });
    }
  });
});
