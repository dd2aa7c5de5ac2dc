import {
  type Anchor,
  type Author,
  addAnnotation,
  addInstruction,
  addRemark,
  appendFragmentParagraph,
  appendParagraph,
  createAnchor,
  createUnitDocument,
  opinionFragment,
  readSectionText,
  replyToAnnotation,
  resolveAnnotation,
  type Section,
  signOpinion,
} from '@lianban/case-model';
import type { Principal } from '../../auth/principal.ts';
import { relateToCase } from '../../policy/caseRelation.ts';
import type { CaseService } from '../../workflow/caseService.ts';
import { type CaseServiceDeps, hiddenCase } from '../../workflow/caseServiceDeps.ts';
import type { CommandInput } from '../../workflow/commandInput.ts';
import { type Decision, decideCommand } from '../../workflow/decideCommand.ts';
import type { CasePlan, PlannedLink } from './planTypes.ts';

/** Runs `run` (and whatever it awaits) with the service's clock at the instant `at`. */
export type SeedClock = <T>(at: string, run: () => T) => T;

/** How the generator writes: the workflow service and its parts, its clock, the demo accounts. */
export interface CaseWriter {
  readonly deps: CaseServiceDeps;
  readonly clock: SeedClock;
  readonly service: CaseService;
  principal(username: string): Principal;
}

const noSource = { sourceAddress: null };

/**
 * An act through the workflow as `applyCommand` does it (the policy's entitlement, then
 * `decideCommand`: idempotency, server refusals, case-model's `decide`, one transaction for the
 * log, the case directory and the clocks), leaving the projections (record document, case index)
 * to one `refreshProjections` once the case is complete: they are rebuilt from the whole log, so
 * the result is the same as after every act, without rewriting each document a dozen times.
 */
export function decideAct(
  deps: CaseServiceDeps,
  principal: Principal,
  caseId: string,
  input: CommandInput,
): Decision | typeof hiddenCase {
  const facts = deps.cases.accessFacts(caseId);
  if (!facts || !relateToCase(principal, facts).entitled) return hiddenCase;
  return decideCommand(deps, principal, caseId, input);
}

/** What writing one case came to. */
export interface WrittenCase {
  readonly events: number;
  /** Acts refused as planned: routings to an accused unit. */
  readonly refusedRoutings: number;
}

/**
 * Writes one planned case through the workflow: `registerCase` (the case directory, petitioner
 * keys, the `file` document, the first record and index entry), every act, then the section
 * texts of the case file, the notes (annotations anchored in the file, leaders' instructions,
 * supervisors' remarks) and the co-handling units' countersign documents through the document
 * writer (rooms, so stored like any client edit). The caller refreshes the projections after.
 */
export async function writeCase(writer: CaseWriter, plan: CasePlan): Promise<WrittenCase> {
  const { deps, service } = writer;
  const { caseId } = plan;
  const registered = await writer.clock(plan.registration.registeredAt, () =>
    service.registerCase(
      writer.principal(plan.clerk),
      { idempotencyKey: plan.registerKey, registration: plan.registration, caseId },
      noSource,
    ),
  );
  if (!registered.ok)
    throw new Error(`demo generator: ${caseId} not registered: ${JSON.stringify(registered)}`);
  let refusedRoutings = 0;
  for (const act of plan.acts) {
    const principal = writer.principal(act.actor);
    const result = writer.clock(act.input.at, () => decideAct(deps, principal, caseId, act.input));
    if (act.refusedWith) {
      if (result.ok || !('code' in result) || result.code !== act.refusedWith) {
        throw new Error(
          `demo generator: ${act.input.idempotencyKey} should be refused (${act.refusedWith}): ${JSON.stringify(result)}`,
        );
      }
      refusedRoutings++;
    } else if (!result.ok) {
      throw new Error(
        `demo generator: ${act.input.idempotencyKey} at ${act.input.at} refused: ${JSON.stringify(result)}`,
      );
    }
  }
  await writeDocuments(writer, plan);
  return { events: 1 + plan.acts.length - refusedRoutings, refusedRoutings };
}

async function writeDocuments(writer: CaseWriter, plan: CasePlan): Promise<void> {
  const { deps } = writer;
  const { caseId } = plan;
  const author = (username: string): Author => {
    const { userId, displayName, unitId } = writer.principal(username);
    return { userId, name: displayName, unitId };
  };
  const texts = Object.entries(plan.sections) as [Section, string][];
  const anchors = new Map<string, Anchor>();
  if (texts.length > 0 || plan.annotations.length > 0) {
    await deps.writer.write({ caseId, kind: 'file' }, (doc) => {
      for (const [section, text] of texts) appendParagraph(doc, section, text);
      // Anchors point at the items just written, so they are made on the same document.
      for (const annotation of plan.annotations) {
        const text = readSectionText(doc, annotation.section);
        const from = text.indexOf(annotation.quote);
        if (from < 0) continue;
        const to = from + annotation.quote.length;
        anchors.set(annotation.id, createAnchor(doc, annotation.section, from, to));
      }
    });
  }
  const notes = anchors.size > 0 || plan.instructions.length > 0 || plan.remarks.length > 0;
  if (notes) {
    await deps.writer.write({ caseId, kind: 'notes' }, (doc) => {
      for (const annotation of plan.annotations) {
        const anchor = anchors.get(annotation.id);
        if (!anchor) continue;
        const by = author(annotation.author);
        addAnnotation(doc, {
          id: annotation.id,
          author: by,
          createdAt: annotation.createdAt,
          body: annotation.body,
          anchor,
        });
        for (const reply of annotation.replies) {
          replyToAnnotation(doc, annotation.id, { ...reply, author: author(reply.author) });
        }
        if (annotation.resolvedAt) resolveAnnotation(doc, annotation.id, by, annotation.resolvedAt);
      }
      for (const entry of plan.instructions)
        addInstruction(doc, { ...entry, author: author(entry.author) });
      for (const entry of plan.remarks) addRemark(doc, { ...entry, author: author(entry.author) });
    });
  }
  for (const countersign of plan.countersigns) {
    await deps.writer.write({ caseId, kind: 'unit', unitId: countersign.unitId }, (doc) => {
      createUnitDocument(doc, countersign.unitId);
      appendFragmentParagraph(opinionFragment(doc), countersign.text);
      if (countersign.signer && countersign.signedAt) {
        const { userId, displayName } = writer.principal(countersign.signer);
        signOpinion(doc, { userId, name: displayName }, countersign.signedAt);
      }
    });
  }
}

/** Links two cases of the same person and matter both ways (关联重复件), at the planned instant. */
export function writeLink(writer: CaseWriter, link: PlannedLink): void {
  const principal = writer.principal(link.actor);
  for (const [own, other] of [
    [link.from, link.to],
    [link.to, link.from],
  ] as const) {
    const input: CommandInput = {
      type: 'linkRepeat',
      idempotencyKey: `${own.caseId}-link-${other.caseId}`,
      at: link.at,
      basis: own.basis,
      payload: { caseId: other.caseId },
    };
    const result = writer.clock(link.at, () =>
      decideAct(writer.deps, principal, own.caseId, input),
    );
    if (!result.ok) {
      throw new Error(
        `demo generator: repeat link ${input.idempotencyKey} refused: ${JSON.stringify(result)}`,
      );
    }
  }
}
