import { isKeyCategory, readRegistration } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServer, type ServerParts } from '../../composeServer.ts';
import { readStoredDocument } from '../../workflow/readStoredDocument.ts';
import { demoCases } from '../demoCases.ts';
import { seedDemo } from '../seedDemo.ts';
import type { DemoSummary } from './generateDemo.ts';

const cases = 200;

/** A server in memory with the small demo and `cases` generated cases. */
async function generate(seed: number): Promise<{ parts: ServerParts; summary: DemoSummary }> {
  const parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
  const summary = await seedDemo(parts, { level: 'full', cases, seed });
  if (!summary) throw new Error('no summary');
  return { parts, summary };
}

async function close(parts: ServerParts): Promise<void> {
  await parts.rooms.closeAll();
  await parts.store.close();
  parts.db.close();
}

const all = <T>(parts: ServerParts, sql: string, ...params: unknown[]) =>
  parts.db.prepare(sql).all(...params) as T[];

/** Per generated case: its id, title, state and its events' types in order. */
function fingerprint(parts: ServerParts) {
  const rows = all<{ case_id: string; types: string; state: string }>(
    parts,
    `SELECT e.case_id, group_concat(e.type, ' ') AS types, c.state
       FROM (SELECT case_id, type FROM workflow_events ORDER BY case_id, seq) e
       JOIN cases c ON c.id = e.case_id
      WHERE e.case_id NOT LIKE 'demo-%' GROUP BY e.case_id ORDER BY e.case_id`,
  );
  return rows.map((row) => ({ ...row, title: parts.caseIndex.get(row.case_id)?.title }));
}

describe('the generated demo, written through the workflow (200 cases)', () => {
  let first: { parts: ServerParts; summary: DemoSummary };
  let ids: string[];

  beforeAll(async () => {
    first = await generate(11);
    ids = all<{ id: string }>(first.parts, "SELECT id FROM cases WHERE id NOT LIKE 'demo-%'").map(
      (row) => row.id,
    );
  }, 60_000);
  afterAll(() => close(first.parts));

  it('is the same for the same seed: case ids, titles, events', async () => {
    const again = await generate(11);
    try {
      expect(fingerprint(again.parts)).toEqual(fingerprint(first.parts));
      expect(again.summary.events).toBe(first.summary.events);
    } finally {
      await close(again.parts);
    }
    expect(ids).toHaveLength(cases);
  });

  it('keeps the three hand-written demo cases as they were', () => {
    for (const { entry } of demoCases) {
      const facts = first.parts.cases.accessFacts(entry.caseId);
      expect(facts).toMatchObject({ state: entry.state, leadUnitId: entry.leadUnitId ?? null });
    }
  });

  it('roughly matches the shares of domain.md §10', async () => {
    const entries = ids.map((id) => first.parts.caseIndex.get(id)!);
    const share = (test: (entry: (typeof entries)[number]) => boolean) =>
      entries.filter(test).length / cases;
    const withEvent = (type: string) =>
      new Set(
        all<{ case_id: string }>(
          first.parts,
          "SELECT DISTINCT case_id FROM workflow_events WHERE type = ? AND case_id NOT LIKE 'demo-%'",
          type,
        ).map((row) => row.case_id),
      ).size / cases;
    expect(share((entry) => entry.channel === 'online')).toBeGreaterThan(0.35);
    expect(share((entry) => entry.channel === 'online')).toBeLessThan(0.55);
    for (const channel of ['letter', 'visit']) {
      expect(share((entry) => entry.channel === channel)).toBeGreaterThan(0.12);
      expect(share((entry) => entry.channel === channel)).toBeLessThan(0.28);
    }
    // Drawn case by case: at 200 cases, within two standard deviations or so.
    const near = (value: number, target: number) =>
      expect(Math.abs(value - target)).toBeLessThan(0.1);
    near(
      share((entry) => isKeyCategory(entry.category)),
      0.5,
    );
    near(withEvent('transfer'), 0.7);
    expect(withEvent('extend')).toBeCloseTo(0.1, 1);
    expect(withEvent('requestReview')).toBeCloseTo(0.1, 1);
    expect(withEvent('requestReexam')).toBeGreaterThan(0.01);
    expect(withEvent('requestReexam')).toBeLessThan(0.05);
    expect(share((entry) => entry.overdue)).toBeGreaterThan(0.02);
    expect(share((entry) => entry.overdue)).toBeLessThan(0.09);
    expect(share((entry) => entry.groupVisit)).toBeCloseTo(0.05, 1);
    expect(withEvent('linkRepeat')).toBeGreaterThan(0.1);
    expect(first.summary.repeatLinks).toBeGreaterThan(10);
    let many = 0;
    for (const entry of entries.filter((item) => item.groupVisit)) {
      const file = await readStoredDocument(first.parts.store, `case/${entry.caseId}/file`);
      const { petitioners } = readRegistration(file!);
      if (petitioners.filter((p) => p.role === 'representative').length > 5) many++;
    }
    expect(many).toBeGreaterThan(0);
  });

  it('never routes a case to a unit it accuses', () => {
    const clashes = all(
      first.parts,
      `SELECT u.case_id, u.unit_id FROM case_units u
         JOIN case_accused a ON a.case_id = u.case_id AND a.unit_id = u.unit_id`,
    );
    expect(clashes).toEqual([]);
    const routed = all<{ payload: string; case_id: string }>(
      first.parts,
      "SELECT case_id, payload FROM workflow_events WHERE type IN ('transfer', 'assign')",
    );
    for (const { case_id: caseId, payload } of routed) {
      const accused = first.parts.cases.accessFacts(caseId)?.accusedUnitIds ?? [];
      const { leadUnitId, coUnitIds } = JSON.parse(payload) as {
        leadUnitId: string;
        coUnitIds: string[];
      };
      expect(accused.filter((id) => id === leadUnitId || coUnitIds.includes(id))).toEqual([]);
    }
  });

  it("opens every generated case for its lead unit's handler", async () => {
    const tokens = new Map<string, string>();
    const tokenOf = (unitId: string) => {
      let token = tokens.get(unitId);
      if (!token) {
        const user = first.parts.db
          .prepare("SELECT id FROM users WHERE unit_id = ? AND role = 'handler' ORDER BY username")
          .pluck()
          .get(unitId) as string;
        token = first.parts.sessions.issue(user);
        tokens.set(unitId, token);
      }
      return token;
    };
    let opened = 0;
    for (const caseId of ids) {
      const facts = first.parts.cases.accessFacts(caseId)!;
      const unitId = facts.leadUnitId ?? facts.registeringUnitId;
      const response = await first.parts.app.request(`/api/cases/${caseId}`, {
        headers: { authorization: `Bearer ${tokenOf(unitId)}` },
      });
      expect(response.status, caseId).toBe(200);
      const body = (await response.json()) as { registration: { title: string } | null };
      expect(body.registration?.title).toBeTruthy();
      opened++;
    }
    expect(opened).toBe(cases);
  }, 30_000);

  it('writes every section, annotations, instructions and countersigns into the documents', async () => {
    const names = await first.parts.store.list({ prefix: 'case/' });
    const kinds = new Set(names.map((name) => name.split('/')[2]));
    expect([...kinds].sort()).toEqual(['file', 'notes', 'record', 'unit']);
    const sections = ids
      .map((id) => first.parts.caseIndex.get(id)!)
      .filter((entry) => entry.factsText.includes('调查'));
    expect(sections.length).toBeGreaterThan(cases / 2);
  });
});
