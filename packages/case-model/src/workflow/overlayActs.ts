import type { ActSpecs } from './actSpec.ts';
import { isOpenStatus } from './caseStatus.ts';
import { hasText } from './hasText.ts';
import { recorded } from './recorded.ts';
import { refusals } from './refusals.ts';

/** Acts that add to the record without moving the case: 包案, 批示, repeat links, ratings. */
export const overlayActs: ActSpecs<'takeOwnership' | 'leaderInstruction' | 'linkRepeat' | 'rate'> =
  {
    takeOwnership: {
      transition: false,
      check: (state, act) => {
        if (!isOpenStatus(state.status)) return refusals.wrongState(state.status, act.type);
        return state.leaderOwnership === null
          ? undefined
          : refusals.alreadyDone(act.type, state.leaderOwnership.eventId);
      },
      apply: (state, event) => ({
        ...state,
        leaderOwnership: { ...recorded(event), leaderUserId: event.actor.userId },
      }),
    },
    leaderInstruction: {
      transition: false,
      check: (state, act) => {
        if (state.status === 'DRAFT') return refusals.wrongState(state.status, act.type);
        const { noteId } = act.payload;
        if (!hasText(noteId))
          return refusals.invalidPayload('缺少批示', 'The instruction note is missing');
        if (!state.instructionNoteIds.includes(noteId)) return undefined;
        const earlier = state.timeline.find(
          (event) => event.type === 'leaderInstruction' && event.payload.noteId === noteId,
        );
        return refusals.alreadyDone(act.type, earlier?.id);
      },
      apply: (state, event) => ({
        ...state,
        instructionNoteIds: [...state.instructionNoteIds, event.payload.noteId],
      }),
    },
    linkRepeat: {
      transition: false,
      check: (state, act) => {
        if (state.status === 'DRAFT') return refusals.wrongState(state.status, act.type);
        const { caseId } = act.payload;
        if (!hasText(caseId) || caseId === state.caseId) {
          return refusals.invalidPayload('须关联另一个案件', 'Link another case');
        }
        if (!state.repeatLinks.includes(caseId)) return undefined;
        const earlier = state.timeline.find(
          (event) => event.type === 'linkRepeat' && event.payload.caseId === caseId,
        );
        return refusals.alreadyDone(act.type, earlier?.id);
      },
      apply: (state, event) => ({
        ...state,
        repeatLinks: [...state.repeatLinks, event.payload.caseId],
      }),
    },
    rate: {
      transition: false,
      check: (state, act) => {
        const { subject, rating } = act.payload;
        const rated =
          subject === 'handling'
            ? state.reply
            : subject === 'acceptance'
              ? state.acceptance
              : undefined;
        if (rated === undefined || !hasText(rating)) {
          return refusals.invalidPayload(
            '须评价受理或办理，并给出评价等级',
            'Rate the acceptance or the handling with a level',
          );
        }
        if (rated === null) return refusals.wrongState(state.status, act.type);
        if (state.facts?.anonymous) {
          return refusals.invalidPayload(
            '匿名信访不参与满意度评价',
            'Anonymous petitions are not rated',
          );
        }
        if (act.actor.unitId !== state.routingUnitId) return refusals.wrongUnit(act.type);
        const earlier = state.ratings.find((item) => item.subject === subject);
        return earlier === undefined ? undefined : refusals.alreadyDone(act.type, earlier.eventId);
      },
      apply: (state, event) => ({
        ...state,
        ratings: [
          ...state.ratings,
          { ...recorded(event), subject: event.payload.subject, rating: event.payload.rating },
        ],
      }),
    },
  };
