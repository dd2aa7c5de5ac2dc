import type { DocumentRef } from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { decideDocumentAccess } from './documentAccess.ts';

const facts: CaseAccessFacts = {
  caseId: 'c1',
  divisionCode: '990102',
  registeringUnitId: 'xfj',
  state: 'ACCEPTED',
  leadUnitId: 'lead',
  requestBaseDivisionCode: null,
  coHandlingUnitIds: ['co'],
  reviewingUnitIds: ['review'],
  accusedUnitIds: ['accused-unit'],
  accusedUserIds: ['accused-person'],
};

const user = (overrides: Partial<Principal>): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role: 'handler',
  unitId: 'lead',
  divisionCode: '990100',
  ...overrides,
});

const ref = (kind: 'file' | 'notes' | 'record'): DocumentRef => ({ caseId: 'c1', kind });
const unitDoc = (unitId: string): DocumentRef => ({ caseId: 'c1', kind: 'unit', unitId });

describe('decideDocumentAccess', () => {
  it('lets handlers of the lead and co-handling units write the file and their own unit document', () => {
    for (const unitId of ['lead', 'co']) {
      const handler = user({ unitId });
      expect(decideDocumentAccess(handler, facts, ref('file')).access).toBe('write');
      expect(decideDocumentAccess(handler, facts, ref('notes')).access).toBe('write');
      expect(decideDocumentAccess(handler, facts, unitDoc(unitId)).access).toBe('write');
      expect(
        decideDocumentAccess(handler, facts, unitDoc(unitId === 'lead' ? 'co' : 'lead')).access,
      ).toBe('read');
    }
  });

  it('hands the case to the unit a review was lodged with, as to a handling unit', () => {
    const reviewer = user({ unitId: 'review', divisionCode: '990100' });
    expect(decideDocumentAccess(reviewer, facts, ref('file'))).toEqual({
      access: 'write',
      reason: 'assigned-unit',
    });
    expect(decideDocumentAccess(reviewer, facts, unitDoc('lead')).access).toBe('read');
  });

  it('lets a unit above read the file and record of a case waiting for a review request', () => {
    const waiting: CaseAccessFacts = {
      ...facts,
      state: 'REPLIED',
      requestBaseDivisionCode: '990102',
    };
    for (const role of ['handler', 'receptionClerk'] as const) {
      const above = user({ role, unitId: 'city-bureau', divisionCode: '990100' });
      expect(decideDocumentAccess(above, waiting, ref('file'))).toEqual({
        access: 'read',
        reason: 'review-window',
      });
      expect(decideDocumentAccess(above, waiting, ref('record')).access).toBe('read');
      expect(decideDocumentAccess(above, waiting, ref('notes')).access).toBe('none');
      expect(decideDocumentAccess(above, waiting, unitDoc('lead')).access).toBe('none');
    }
    const check = (overrides: Partial<Principal>, caseFacts = waiting) =>
      decideDocumentAccess(user(overrides), caseFacts, ref('file')).access;
    // No window open (or closed long ago): nothing.
    expect(check({ unitId: 'city-bureau' }, { ...waiting, requestBaseDivisionCode: null })).toBe(
      'none',
    );
    // Not a role that records requests, not from the same level or another branch, not a
    // township beside the base, not if accused.
    expect(check({ role: 'unitHead', unitId: 'city-bureau' })).toBe('none');
    expect(check({ unitId: 'county-bureau', divisionCode: '990102' })).toBe('none');
    expect(check({ unitId: 'other-city', divisionCode: '990200' })).toBe('none');
    const township = { ...waiting, requestBaseDivisionCode: '990102101' };
    expect(check({ unitId: 'town', divisionCode: '990102100' }, township)).toBe('none');
    expect(check({ unitId: 'county-bureau', divisionCode: '990102' }, township)).toBe('read');
    expect(check({ unitId: 'accused-unit', divisionCode: '990000' })).toBe('none');
  });

  it('never lets anyone write the record, which the server alone keeps', () => {
    expect(decideDocumentAccess(user({}), facts, ref('record')).access).toBe('read');
    expect(
      decideDocumentAccess(user({ role: 'leader', unitId: 'x' }), facts, ref('record')).access,
    ).toBe('read');
  });

  it('gives supervisors and leaders within their jurisdiction read of the file and write of notes', () => {
    for (const role of ['supervisor', 'leader'] as const) {
      const overseer = user({ role, unitId: 'bureau', divisionCode: '990000' });
      expect(decideDocumentAccess(overseer, facts, ref('file')).access).toBe('read');
      expect(decideDocumentAccess(overseer, facts, ref('notes')).access).toBe('write');
    }
  });

  it('refuses supervisors outside their jurisdiction', () => {
    const elsewhere = user({ role: 'supervisor', unitId: 'bureau', divisionCode: '990200' });
    expect(decideDocumentAccess(elsewhere, facts, ref('file'))).toEqual({
      access: 'none',
      reason: 'not-entitled',
    });
  });

  it('lets the registering clerk write the file only until the case is routed', () => {
    const clerk = user({ role: 'receptionClerk', unitId: 'xfj' });
    expect(decideDocumentAccess(clerk, { ...facts, state: 'REGISTERED' }, ref('file')).access).toBe(
      'write',
    );
    expect(decideDocumentAccess(clerk, facts, ref('file')).access).toBe('read');
  });

  it('recuses an accused unit or person whatever their role', () => {
    const roles = ['handler', 'unitHead', 'supervisor', 'leader', 'receptionClerk'] as const;
    for (const role of roles) {
      const byUnit = user({ role, unitId: 'accused-unit', divisionCode: '990000' });
      const byPerson = user({
        role,
        userId: 'accused-person',
        unitId: 'lead',
        divisionCode: '990000',
      });
      for (const document of [ref('file'), ref('notes'), ref('record'), unitDoc('lead')]) {
        expect(decideDocumentAccess(byUnit, facts, document)).toEqual({
          access: 'none',
          reason: 'recused',
        });
        expect(decideDocumentAccess(byPerson, facts, document)).toEqual({
          access: 'none',
          reason: 'recused',
        });
      }
    }
  });

  it('gives administrators and analysts nothing of the case content', () => {
    for (const role of ['admin', 'analyst'] as const) {
      expect(decideDocumentAccess(user({ role, unitId: 'lead' }), facts, ref('file')).access).toBe(
        'none',
      );
    }
  });
});
