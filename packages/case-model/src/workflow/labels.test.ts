import { describe, expect, it } from 'vitest';
import type { Label } from '../enums/label.ts';
import { acceptNoticeLabels } from './acceptNotice.ts';
import { overlayLabels } from './activeOverlays.ts';
import { actRoles } from './actRoles.ts';
import { caseStatuses, caseStatusLabels } from './caseStatus.ts';
import { closeGroundLabels } from './closeGround.ts';
import { commandLabels, commandTypes } from './commandLabels.ts';
import { notAcceptGroundLabels } from './notAcceptGround.ts';
import { referralBodyLabels } from './referralBody.ts';
import { supervisionReasonLabels } from './supervisionReason.ts';

const tables: Record<string, Record<string, Label>> = {
  caseStatusLabels,
  commandLabels,
  acceptNoticeLabels,
  overlayLabels,
  closeGroundLabels,
  notAcceptGroundLabels,
  referralBodyLabels,
  supervisionReasonLabels,
};

describe('labels', () => {
  it('names every state and every act in Chinese and English', () => {
    expect(Object.keys(caseStatusLabels)).toEqual([...caseStatuses]);
    expect(caseStatuses).toHaveLength(17);
    expect(commandTypes).toHaveLength(26);
    expect(Object.keys(actRoles).sort()).toEqual([...commandTypes].sort());
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, label] of Object.entries(table)) {
        expect(label.zh, `${name}.${key}`).toMatch(/\p{Script=Han}/u);
        expect(label.en, `${name}.${key}`).toMatch(/^[A-Z]/);
      }
    }
  });
});
