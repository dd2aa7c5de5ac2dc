import {
  cnMainlandCalendar,
  evaluateClock,
  isKeyCategory,
  isWorkingDay,
  type Registration,
  scoreRepeat,
  shanghaiDate,
} from '@lianban/case-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoUnits } from '../demoOrganisation.ts';
import { idCheckCharacter } from './people.ts';
import { periodEnd } from './period.ts';
import { planDemo } from './planDemo.ts';
import type { CasePlan } from './planTypes.ts';
import { cities, counties, provinceUnits, unitTypes } from './province.ts';

const count = 2000;
let plans: CasePlan[];
let links: number;

beforeAll(() => {
  const plan = planDemo({ seed: 7, cases: count });
  plans = [...plan.cases()];
  links = plan.links.length;
});

const share = (test: (plan: CasePlan) => boolean) => plans.filter(test).length / plans.length;
const registrations = () => plans.map((plan) => plan.registration);

describe('the demo province (domain.md §10)', () => {
  it('has 3 cities, 9 counties, 27 townships and 20 unit types per level, codes 99xxxx', () => {
    expect(cities).toHaveLength(3);
    expect(counties).toHaveLength(9);
    expect(counties.flatMap((county) => county.townships)).toHaveLength(27);
    expect(unitTypes).toHaveLength(20);
    const units = provinceUnits();
    for (const level of ['province', 'city', 'county'] as const) {
      const perDivision = new Map<string, number>();
      for (const unit of units.filter(
        (u) => u.level === level && u.type !== 'jointReceptionCentre',
      )) {
        perDivision.set(unit.divisionCode, (perDivision.get(unit.divisionCode) ?? 0) + 1);
      }
      expect([...perDivision.values()].every((n) => n === 20)).toBe(true);
    }
    expect(units.filter((u) => u.type === 'jointReceptionCentre')).toHaveLength(13);
    expect(units.every((unit) => unit.divisionCode.startsWith('99'))).toBe(true);
  });

  it('keeps the hand-written demo units exactly as they are', () => {
    const units = provinceUnits();
    for (const demo of demoUnits) expect(units.find((unit) => unit.id === demo.id)).toEqual(demo);
  });
});

describe('planning is deterministic', () => {
  it('gives the same cases, texts and acts for the same seed, and others for another', () => {
    const again = [...planDemo({ seed: 7, cases: 300 }).cases()];
    const once = [...planDemo({ seed: 7, cases: 300 }).cases()];
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
    const other = [...planDemo({ seed: 8, cases: 300 }).cases()];
    expect(other.map((plan) => plan.caseId)).not.toEqual(once.map((plan) => plan.caseId));
  });

  it('never dates anything after the end of the period', () => {
    for (const plan of plans) {
      expect(plan.registration.registeredAt <= periodEnd).toBe(true);
      for (const act of plan.acts) expect(act.input.at <= periodEnd).toBe(true);
    }
  });
});

describe('the distribution follows domain.md §10', () => {
  it('spreads the channels: online 45 %, letter 20 %, visit 20 %, phone 10 %', () => {
    const of = (channel: string) => share((plan) => plan.registration.channel === channel);
    expect(of('online')).toBeCloseTo(0.45, 1);
    expect(of('letter')).toBeCloseTo(0.2, 1);
    expect(of('visit')).toBeCloseTo(0.2, 1);
    expect(of('phone')).toBeCloseTo(0.1, 1);
  });

  it('puts about half in the five key categories', () => {
    expect(share((plan) => isKeyCategory(plan.registration.category))).toBeCloseTo(0.5, 1);
  });

  it('transfers 70 %, extends 10 %, reviews 10 % and re-examines 3 %', () => {
    expect(share((plan) => plan.traits.transferred)).toBeCloseTo(0.7, 1);
    expect(share((plan) => plan.traits.extended)).toBeCloseTo(0.1, 1);
    expect(share((plan) => plan.traits.reviewRequested)).toBeCloseTo(0.1, 1);
    expect(share((plan) => plan.traits.reexamRequested)).toBeGreaterThan(0.02);
    expect(share((plan) => plan.traits.reexamRequested)).toBeLessThan(0.04);
  });

  it('has 5 % group visits, a few with more than five representatives', () => {
    const groups = plans.filter((plan) => plan.registration.groupVisit);
    expect(groups.length / count).toBeCloseTo(0.05, 2);
    expect(groups.every((plan) => plan.registration.channel === 'visit')).toBe(true);
    const many = groups.filter((plan) => plan.traits.representatives > 5);
    expect(many.length).toBeGreaterThan(2);
    expect(many.length).toBeLessThan(groups.length / 5);
  });

  it('annotates 20 % and routes a few towards an accused unit', () => {
    expect(share((plan) => plan.traits.annotated)).toBeCloseTo(0.2, 1);
    const attempts = plans.filter((plan) => plan.traits.accusedRoutingAttempt).length;
    expect(attempts).toBeGreaterThan(2);
    expect(attempts).toBeLessThan(count * 0.03);
  });

  it('puts some route deadlines on public holidays', () => {
    const onHoliday = plans.filter((plan) => {
      const due = evaluateClock(
        {
          id: 'route',
          kind: 'route',
          startedAt: plan.registration.registeredAt,
          length: { amount: 15, unit: 'calendarDays' },
          pauses: [],
        },
        { calendar: cnMainlandCalendar, now: periodEnd },
      );
      return due.explanation.some((step) => step.step === 'restDay' && step.zh.includes('假期'));
    });
    expect(onHoliday.length).toBeGreaterThan(count * 0.03);
  });
});

describe('repeat petitions (domain.md §8)', () => {
  const byId = () => new Map(plans.map((plan) => [plan.caseId, plan]));

  it('has about 300 repeat petitioners whose paraphrased petitions score as repeats', () => {
    const persons = new Set(plans.map((plan) => plan.traits.personKey).filter(Boolean));
    expect(persons.size).toBeGreaterThan(count * 0.13);
    expect(persons.size).toBeLessThan(count * 0.17);
    const cases = byId();
    const repeats = plans.filter((plan) => plan.traits.repeatOf !== null);
    expect(repeats.length).toBeGreaterThan(count * 0.15);
    let paraphrased = 0;
    for (const plan of repeats) {
      const earlier = cases.get(plan.traits.repeatOf as string) as CasePlan;
      expect(scoreRepeat(earlier.registration, plan.registration).isRepeat).toBe(true);
      const [a] = earlier.registration.requests;
      const [b] = plan.registration.requests;
      if (a?.demand !== b?.demand) paraphrased++;
    }
    expect(paraphrased / repeats.length).toBeGreaterThan(0.8);
    expect(links).toBeGreaterThan(repeats.length * 0.6);
  });

  it('has hard negatives: the same person on another matter, the same matter by others', () => {
    const byPerson = new Map<string, Registration[]>();
    for (const plan of plans) {
      if (!plan.traits.personKey) continue;
      const list = byPerson.get(plan.traits.personKey) ?? [];
      list.push(plan.registration);
      byPerson.set(plan.traits.personKey, list);
    }
    const otherMatter = plans.filter((plan) => plan.traits.samePersonOtherMatter);
    expect(otherMatter.length).toBeGreaterThan(count * 0.02);
    for (const plan of otherMatter) {
      const others = (byPerson.get(plan.traits.personKey as string) ?? []).filter(
        (registration) => registration !== plan.registration,
      );
      const scores = others.map((earlier) => scoreRepeat(earlier, plan.registration));
      expect(scores.some((score) => score.samePerson)).toBe(true);
      expect(scores.some((score) => score.isRepeat)).toBe(false);
    }
    const clusters = plans.filter((plan) => plan.traits.sameMatterOtherPerson);
    expect(clusters.length).toBeGreaterThan(count * 0.02);
    const byMatter = new Map<string, CasePlan[]>();
    for (const plan of plans) {
      byMatter.set(plan.traits.matterKey, [...(byMatter.get(plan.traits.matterKey) ?? []), plan]);
    }
    let sameMatter = 0;
    for (const plan of clusters) {
      const others = (byMatter.get(plan.traits.matterKey) ?? []).filter((other) => other !== plan);
      const scores = others.map((other) => scoreRepeat(other.registration, plan.registration));
      expect(scores.some((score) => score.isRepeat)).toBe(false);
      if (scores.some((score) => score.isCluster)) sameMatter++;
    }
    expect(sameMatter / clusters.length).toBeGreaterThan(0.9);
  });
});

describe('synthetic personal data and routing', () => {
  it('gives ID numbers of prefix 99 with a wrong check character, and unassigned phones', () => {
    const petitioners = registrations().flatMap((registration) => registration.petitioners);
    expect(petitioners.length).toBeGreaterThan(count);
    for (const petitioner of petitioners) {
      if (petitioner.idNumber) {
        expect(petitioner.idNumber).toMatch(/^99\d{15}[\dX]$/);
        expect(petitioner.idNumber.at(-1)).not.toBe(idCheckCharacter(petitioner.idNumber));
      }
      if (petitioner.phone) expect(petitioner.phone).toMatch(/^100\d{8}$/);
    }
  });

  it('never routes to an accused unit, except the attempts the routing refuses', () => {
    for (const plan of plans) {
      const accused = new Set(plan.registration.accused.map((party) => party.unitId));
      for (const act of plan.acts) {
        if (act.input.type !== 'transfer' && act.input.type !== 'assign') continue;
        const { leadUnitId, coUnitIds } = act.input.payload;
        const named = [leadUnitId, ...coUnitIds].filter((unitId) => accused.has(unitId));
        if (act.refusedWith) expect(named.length).toBeGreaterThan(0);
        else expect(named).toEqual([]);
      }
    }
  });

  it('registers on working days, in office hours', () => {
    for (const registration of registrations()) {
      expect(isWorkingDay(cnMainlandCalendar, shanghaiDate(registration.registeredAt))).toBe(true);
      const china = new Date(Date.parse(registration.registeredAt) + 8 * 3_600_000);
      const minutes = china.getUTCHours() * 60 + china.getUTCMinutes();
      expect(minutes).toBeGreaterThanOrEqual(8 * 60 + 30);
      expect(minutes).toBeLessThanOrEqual(17 * 60 + 30);
    }
  });
});
