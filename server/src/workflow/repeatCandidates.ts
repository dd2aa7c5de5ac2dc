import {
  hasCaseFile,
  type Registration,
  type RepeatCandidate,
  readRegistration,
  roomName,
  scoreRepeat,
} from '@lianban/case-model';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { Principal } from '../auth/principal.ts';
import { relateToCase, seesAsHolder } from '../policy/caseRelation.ts';
import type { CaseServiceDeps, RequestMeta } from './caseServiceDeps.ts';
import { maskPetitionerFields } from './maskRegistration.ts';
import { petitionerKeys } from './petitionerKeys.ts';
import { readStoredDocument } from './readStoredDocument.ts';

/** What repeat detection reads of a draft: who petitions, whom it accuses, and about what. */
export type RepeatDraft = Pick<
  Registration,
  'anonymous' | 'petitioners' | 'accused' | 'category' | 'divisionCode' | 'requests'
>;

/** Cases read and scored at most per request; the prefilter gives the newest first. */
const maxScored = 50;
/** Candidates answered. */
const maxAnswered = 10;

/**
 * Suggests, before saving, the earlier cases a draft likely repeats: the keyed-hash prefilter
 * (same petitioner, or the same accused where anonymous, same category) in SQL, then only the
 * cases the user may see, scored by `scoreRepeat`; repeats only, best first, at most ten.
 * Petitioners come masked; reasons name people by name only. Audited as a search.
 */
export async function findRepeatCandidates(
  deps: CaseServiceDeps,
  principal: Principal,
  draft: RepeatDraft,
  meta: RequestMeta,
): Promise<RepeatCandidate[]> {
  const caseIds = deps.keys.candidates(
    {
      category: draft.category,
      anonymous: draft.anonymous,
      keys: petitionerKeys(draft, deps.keys.secret),
    },
    maxScored,
  );
  const found: RepeatCandidate[] = [];
  for (const caseId of caseIds) {
    const facts = deps.cases.accessFacts(caseId);
    // Not the cases open to the user only to record a review request: that is no list.
    if (!facts || !seesAsHolder(relateToCase(principal, facts))) continue;
    const file = await readStoredDocument(deps.store, roomName({ caseId, kind: 'file' }));
    if (!file || !hasCaseFile(file)) continue;
    const earlier = readRegistration(file);
    file.destroy();
    const score = scoreRepeat(earlier, draft);
    if (!score.isRepeat) continue;
    found.push({
      caseId,
      title: earlier.title,
      state: facts.state,
      registeredAt: earlier.registeredAt,
      category: earlier.category,
      divisionCode: earlier.divisionCode,
      score: Math.round(score.score * 1000) / 1000,
      reasons: score.reasons,
      petitioners: earlier.petitioners.map(maskPetitionerFields),
    });
  }
  found.sort((a, b) => b.score - a.score || (a.registeredAt < b.registeredAt ? 1 : -1));
  const answered = found.slice(0, maxAnswered);
  deps.audit.record({
    action: 'search',
    actor: auditActorOf(principal),
    sourceAddress: meta.sourceAddress,
    outcome: 'allowed',
    details: { kind: 'repeat-candidates', scored: caseIds.length, returned: answered.length },
  });
  return answered;
}
