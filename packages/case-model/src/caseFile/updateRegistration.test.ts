import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildRegistration } from './buildRegistration.ts';
import { createCaseFile } from './createCaseFile.ts';
import { readRegistration } from './readRegistration.ts';
import {
  setAccused,
  setAnonymous,
  setCategory,
  setChannel,
  setDivisionCode,
  setGroupVisit,
  setMatterClass,
  setPetitioners,
  setRequests,
  setTitle,
} from './registrationSetters.ts';
import { type EditableRegistration, updateRegistration } from './updateRegistration.ts';

function created(): Y.Doc {
  const doc = new Y.Doc();
  createCaseFile(doc, buildRegistration());
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('registration setters', () => {
  it('write each editable field', () => {
    const doc = created();
    setTitle(doc, '拆迁安置房质量问题');
    setChannel(doc, 'online', false);
    setMatterClass(doc, 'accusation');
    setCategory(doc, 'urbanDemolition', 'resettlement');
    setDivisionCode(doc, '990203');
    setAnonymous(doc, true);
    setGroupVisit(doc, true, 30);
    setPetitioners(doc, [{ id: 'p9', name: '赵六', role: 'representative' }]);
    setRequests(doc, [{ demand: '修缮', facts: '漏水', reason: '质量不合格' }]);
    setAccused(doc, [{ kind: 'person', name: '钱七' }]);
    expect(readRegistration(doc)).toStrictEqual({
      ...buildRegistration(),
      title: '拆迁安置房质量问题',
      channel: 'online',
      jointDesk: false,
      matterClass: 'accusation',
      category: 'urbanDemolition',
      subcategory: 'resettlement',
      divisionCode: '990203',
      anonymous: true,
      groupVisit: true,
      groupSize: 30,
      petitioners: [{ id: 'p9', name: '赵六', role: 'representative' }],
      requests: [{ demand: '修缮', facts: '漏水', reason: '质量不合格' }],
      accused: [{ kind: 'person', name: '钱七' }],
    });
  });

  it('clear the dependent optional field when it is not given', () => {
    const doc = created();
    setCategory(doc, 'environment');
    setGroupVisit(doc, false);
    const registration = readRegistration(doc);
    expect('subcategory' in registration).toBe(false);
    expect('groupSize' in registration).toBe(false);
    expect(registration.category).toBe('environment');
  });
});

describe('updateRegistration', () => {
  it('merges concurrent changes to different fields', () => {
    const a = created();
    const b = new Y.Doc();
    sync(a, b);
    setTitle(a, '标题甲');
    setDivisionCode(b, '990999');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readRegistration(doc).title).toBe('标题甲');
      expect(readRegistration(doc).divisionCode).toBe('990999');
    }
  });

  it('settles concurrent changes to one field on the same value everywhere', () => {
    const a = created();
    const b = new Y.Doc();
    sync(a, b);
    setTitle(a, '甲');
    setTitle(b, '乙');
    sync(a, b);
    expect(readRegistration(a).title).toBe(readRegistration(b).title);
    expect(['甲', '乙']).toContain(readRegistration(a).title);
  });

  it('writes nothing when a value is unchanged', () => {
    const doc = created();
    const before = Y.encodeStateVector(doc);
    setTitle(doc, buildRegistration().title);
    setPetitioners(doc, buildRegistration().petitioners);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('rejects bad values and fixed fields, writing nothing', () => {
    const doc = created();
    const before = Y.encodeStateVector(doc);
    const bad = { title: '新', category: 'nope' } as unknown as Partial<EditableRegistration>;
    expect(() => updateRegistration(doc, bad)).toThrow(TypeError);
    const fixed = { registeredAt: '2026-01-01T00:00:00Z' } as Partial<EditableRegistration>;
    expect(() => updateRegistration(doc, fixed)).toThrow(RangeError);
    expect(() => updateRegistration(doc, { title: undefined })).toThrow(TypeError);
    expect(() => setGroupVisit(doc, true, 0)).toThrow(TypeError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readRegistration(doc).title).toBe(buildRegistration().title);
  });

  it('refuses to edit a document that was never created', () => {
    expect(() => setTitle(new Y.Doc(), '无')).toThrow(/not been created/);
  });
});
