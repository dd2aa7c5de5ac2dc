import type { Registration } from '../caseFile/registration.ts';
import { categoryLabels } from '../enums/category.ts';
import type { Label } from '../enums/label.ts';
import { sharedAccused } from './sharedAccused.ts';
import { sharedPetitioner } from './sharedPetitioner.ts';
import { textSimilarity } from './textSimilarity.ts';

/** Options of `scoreRepeat`. */
export interface RepeatOptions {
  /** Score from which two petitions are the same matter; default `defaultRepeatThreshold`. */
  readonly threshold?: number;
}

/**
 * Default same-matter threshold, 0.55: with category, division and accused units all agreeing
 * (0.4), it asks for a bigram Dice similarity of at least 0.25. Paraphrases of one matter measured
 * 0.35–0.50; different matters of the same category 0.17 at most.
 */
export const defaultRepeatThreshold = 0.55;

/** How alike two petitions are, and whether they are a repeat (同人同事) or a cluster (同事不同人). */
export interface RepeatScore {
  /** Matter likeness, 0..1: 0.2 category + 0.1 division + 0.1 accused units + 0.6 text similarity. */
  readonly score: number;
  readonly samePerson: boolean;
  readonly sameMatter: boolean;
  readonly isRepeat: boolean;
  readonly isCluster: boolean;
  readonly reasons: readonly Label[];
}

type Petition = Pick<
  Registration,
  'anonymous' | 'petitioners' | 'accused' | 'category' | 'divisionCode' | 'requests'
>;

const significant = (code: string): string => code.replace(/(00)+$/, '');
const textOf = (p: Petition): string => p.requests.map((r) => `${r.demand}。${r.facts}`).join('。');

/**
 * Scores whether petition `b` repeats petition `a` (domain.md §8), for suggestion at intake: it
 * never links or merges anything.
 *
 * - Same person: a shared petitioner (see `sharedPetitioner`). When either petition is anonymous,
 *   the key is a shared accused unit or person instead (domain.md §7).
 * - Same matter: same category; divisions where one covers the other (trailing '00' pairs ignored);
 *   a shared accused unit when both name accused units; and a score of at least the threshold.
 * - Repeat = same person and same matter; cluster = same matter, different people.
 * Reasons name petitioners by name only, never by ID number or phone.
 */
export function scoreRepeat(a: Petition, b: Petition, options: RepeatOptions = {}): RepeatScore {
  const threshold = options.threshold ?? defaultRepeatThreshold;
  const reasons: Label[] = [];

  let samePerson: boolean;
  if (a.anonymous || b.anonymous) {
    const party = sharedAccused(a, b);
    samePerson = party !== undefined;
    reasons.push(
      party === undefined
        ? { zh: '匿名信访，被反映对象不同', en: 'Anonymous petition: the accused parties differ' }
        : {
            zh: `匿名信访，以被反映对象为准：均反映${party.name}`,
            en: `Anonymous petition, keyed on the accused: both accuse ${party.name}`,
          },
    );
  } else {
    const shared = sharedPetitioner(a, b);
    samePerson = shared !== undefined;
    if (shared === undefined) reasons.push({ zh: '信访人不同', en: 'Different petitioners' });
    else if (shared.by === 'idNumber')
      reasons.push({
        zh: `同一信访人${shared.a.name}（身份证号一致）`,
        en: `Same petitioner ${shared.a.name} (ID number matches)`,
      });
    else
      reasons.push({
        zh: `同一信访人${shared.a.name}（姓名、电话一致）`,
        en: `Same petitioner ${shared.a.name} (name and phone match)`,
      });
  }

  const sameCategory = a.category === b.category;
  const category = categoryLabels[a.category];
  reasons.push(
    sameCategory
      ? { zh: `类别相同：${category.zh}`, en: `Same category: ${category.en}` }
      : {
          zh: `类别不同：${category.zh} / ${categoryLabels[b.category].zh}`,
          en: `Different categories: ${category.en} / ${categoryLabels[b.category].en}`,
        },
  );

  const divisionA = significant(a.divisionCode);
  const divisionB = significant(b.divisionCode);
  const sameDivision = divisionA.startsWith(divisionB) || divisionB.startsWith(divisionA);
  reasons.push(
    sameDivision
      ? {
          zh: `区划相同或相辖：${a.divisionCode} / ${b.divisionCode}`,
          en: `Same or enclosing division: ${a.divisionCode} / ${b.divisionCode}`,
        }
      : {
          zh: `区划不同：${a.divisionCode} / ${b.divisionCode}`,
          en: `Different divisions: ${a.divisionCode} / ${b.divisionCode}`,
        },
  );

  const bothNameUnits =
    a.accused.some((p) => p.kind === 'unit') && b.accused.some((p) => p.kind === 'unit');
  const unit = bothNameUnits ? sharedAccused(a, b, ['unit']) : undefined;
  const accusedAgree = !bothNameUnits || unit !== undefined;
  if (bothNameUnits) {
    reasons.push(
      unit === undefined
        ? { zh: '被反映单位不同', en: 'Different accused units' }
        : { zh: `被反映单位相同：${unit.name}`, en: `Same accused unit: ${unit.name}` },
    );
  }

  const similarity = textSimilarity(textOf(a), textOf(b));
  reasons.push({
    zh: `诉求与事实文本相似度 ${similarity.toFixed(2)}`,
    en: `Text similarity of demands and facts: ${similarity.toFixed(2)}`,
  });

  const score =
    0.2 * Number(sameCategory) +
    0.1 * Number(sameDivision) +
    0.1 * Number(accusedAgree) +
    0.6 * similarity;
  const sameMatter = sameCategory && sameDivision && accusedAgree && score >= threshold - 1e-12;
  const isRepeat = samePerson && sameMatter;
  const isCluster = !samePerson && sameMatter;
  if (isRepeat)
    reasons.push({
      zh: '同人同事，疑似重复信访',
      en: 'Same person and same matter: a likely repeat petition',
    });
  else if (isCluster)
    reasons.push({
      zh: '同事不同人，属同类聚集，不算重复信访',
      en: 'Same matter, different people: a cluster, not a repeat',
    });
  return { score, samePerson, sameMatter, isRepeat, isCluster, reasons };
}
