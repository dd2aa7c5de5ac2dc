import { describe, expect, it } from 'vitest';
import { caseDocumentRefs, type DocumentRef, parseRoomName, roomName } from './roomName.ts';

describe('roomName', () => {
  it('names each kind of document', () => {
    expect(roomName({ caseId: 'c1', kind: 'file' })).toBe('case/c1/file');
    expect(roomName({ caseId: 'c1', kind: 'notes' })).toBe('case/c1/notes');
    expect(roomName({ caseId: 'c1', kind: 'record' })).toBe('case/c1/record');
    expect(roomName({ caseId: 'c1', kind: 'unit', unitId: 'u_7-A' })).toBe('case/c1/unit/u_7-A');
  });

  it('refuses ids that would change the shape of the name', () => {
    expect(() => roomName({ caseId: 'c1/unit/x', kind: 'file' })).toThrow(RangeError);
    expect(() => roomName({ caseId: 'c1', kind: 'unit', unitId: '' })).toThrow(RangeError);
    expect(() => roomName({ caseId: 'x'.repeat(65), kind: 'notes' })).toThrow(RangeError);
  });
});

describe('parseRoomName', () => {
  it('round-trips every document of a case', () => {
    for (const ref of caseDocumentRefs('case-2026_01', ['u1', 'u2'])) {
      expect(parseRoomName(roomName(ref))).toEqual(ref);
    }
  });

  it('accepts ids of exactly 64 characters', () => {
    const id = 'a'.repeat(64);
    expect(parseRoomName(`case/${id}/unit/${id}`)).toEqual({
      caseId: id,
      kind: 'unit',
      unitId: id,
    });
  });

  it.each([
    '',
    'case',
    'case/',
    'case//file',
    'case/c1',
    'case/c1/',
    'case/c1/file/',
    '/case/c1/file',
    'case/c1/File',
    'case/c1/other',
    'case/c1/unit',
    'case/c1/unit/',
    'case/c1/unit/u1/x',
    'case/c1/notes/u1',
    'cases/c1/file',
    'case/c 1/file',
    'case/c.1/file',
    'case/案件/file',
    `case/${'a'.repeat(65)}/file`,
    'case/c1/unit/../file',
  ])('rejects %j', (name) => {
    expect(parseRoomName(name)).toBeNull();
  });

  it('returns null for non-strings instead of throwing', () => {
    expect(parseRoomName(undefined as unknown as string)).toBeNull();
    expect(parseRoomName(42 as unknown as string)).toBeNull();
  });
});

describe('caseDocumentRefs', () => {
  it('lists file, notes, record and one document per distinct unit', () => {
    const expected: DocumentRef[] = [
      { caseId: 'c9', kind: 'file' },
      { caseId: 'c9', kind: 'notes' },
      { caseId: 'c9', kind: 'record' },
      { caseId: 'c9', kind: 'unit', unitId: 'u2' },
      { caseId: 'c9', kind: 'unit', unitId: 'u1' },
    ];
    expect(caseDocumentRefs('c9', ['u2', 'u1', 'u2'])).toEqual(expected);
    expect(caseDocumentRefs('c9', [])).toHaveLength(3);
  });

  it('refuses bad ids', () => {
    expect(() => caseDocumentRefs('c/9', [])).toThrow(RangeError);
    expect(() => caseDocumentRefs('c9', ['u 1'])).toThrow(RangeError);
  });
});
