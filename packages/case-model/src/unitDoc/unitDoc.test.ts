import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendFragmentParagraph } from '../caseFile/appendFragmentParagraph.ts';
import { insertFragmentText } from '../caseFile/insertFragmentText.ts';
import { readSchemaVersion } from '../schema/schemaVersion.ts';
import { opinionFragment, readOpinionText } from './opinion.ts';
import { clearSignature, createUnitDocument, readUnitMeta, signOpinion } from './unitMeta.ts';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('unit document', () => {
  it('records its unit and schema version, unsigned at first', () => {
    const doc = new Y.Doc();
    expect(readUnitMeta(doc)).toBeNull();
    createUnitDocument(doc, 'unit-land');
    expect(readUnitMeta(doc)).toStrictEqual({ unitId: 'unit-land' });
    expect(readSchemaVersion(doc)).toBe(1);
  });

  it('may be created on several replicas, but only for one unit', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    createUnitDocument(a, 'unit-land');
    createUnitDocument(b, 'unit-land');
    sync(a, b);
    expect(readUnitMeta(a)).toStrictEqual({ unitId: 'unit-land' });
    createUnitDocument(a, 'unit-land');
    expect(() => createUnitDocument(a, 'unit-police')).toThrow(/unit-land/);
    expect(() => createUnitDocument(new Y.Doc(), 'unit/x')).toThrow(RangeError);
  });

  it('holds an opinion edited as flat text in paragraphs', () => {
    const doc = new Y.Doc();
    createUnitDocument(doc, 'unit-land');
    appendFragmentParagraph(opinionFragment(doc), '同意主办单位意见。');
    insertFragmentText(opinionFragment(doc), 9, '\n建议补发差额。');
    expect(readOpinionText(doc)).toBe('同意主办单位意见。\n建议补发差额。');
    expect(opinionFragment(doc).length).toBe(2);
  });

  it('is signed and unsigned with who and when', () => {
    const doc = new Y.Doc();
    createUnitDocument(doc, 'unit-land');
    signOpinion(doc, { userId: 'u1', name: '承办人乙' }, '2026-03-10T08:00:00Z');
    expect(readUnitMeta(doc)).toStrictEqual({
      unitId: 'unit-land',
      signedBy: { userId: 'u1', name: '承办人乙' },
      signedAt: '2026-03-10T08:00:00Z',
    });
    clearSignature(doc);
    expect(readUnitMeta(doc)).toStrictEqual({ unitId: 'unit-land' });
  });

  it('settles concurrent signatures on one consistent signer and time', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    createUnitDocument(a, 'unit-land');
    sync(a, b);
    signOpinion(a, { userId: 'ua', name: '甲' }, '2026-03-10T08:00:00Z');
    signOpinion(b, { userId: 'ub', name: '乙' }, '2026-03-11T08:00:00Z');
    sync(a, b);
    const meta = readUnitMeta(a);
    expect(readUnitMeta(b)).toStrictEqual(meta);
    expect([
      ['ua', '2026-03-10T08:00:00Z'],
      ['ub', '2026-03-11T08:00:00Z'],
    ]).toContainEqual([meta?.signedBy?.userId, meta?.signedAt]);
  });

  it('refuses to sign before creation or with a malformed signer', () => {
    const doc = new Y.Doc();
    expect(() => signOpinion(doc, { userId: 'u1', name: '乙' }, '2026-03-10T08:00:00Z')).toThrow(
      /not been created/,
    );
    createUnitDocument(doc, 'unit-land');
    expect(() => signOpinion(doc, { userId: '', name: '乙' }, '2026-03-10T08:00:00Z')).toThrow(
      TypeError,
    );
    expect(() => signOpinion(doc, { userId: 'u1', name: '乙' }, '3月10日')).toThrow(TypeError);
  });
});
