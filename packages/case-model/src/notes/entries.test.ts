import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Author } from './author.ts';
import { addInstruction, readInstructions } from './instructions.ts';
import { notesMap } from './notesMap.ts';
import { addRemark, readRemarks } from './remarks.ts';

const leader: Author = { userId: 'u-lead', name: '王副市长', unitId: 'unit-gov' };
const supervisor: Author = { userId: 'u-sup', name: '督查员甲', unitId: 'unit-sup' };

describe('leader instructions', () => {
  it('are added once per id and listed oldest first', () => {
    const notes = new Y.Doc();
    const second = {
      id: 'i2',
      author: leader,
      createdAt: '2026-03-05T09:00:00Z',
      body: '限期办结',
    };
    const first = { id: 'i1', author: leader, createdAt: '2026-03-04T09:00:00Z', body: '请督办' };
    expect(addInstruction(notes, second)).toBe(true);
    expect(addInstruction(notes, first)).toBe(true);
    expect(addInstruction(notes, { ...first, body: '改' })).toBe(false);
    expect(readInstructions(notes)).toStrictEqual([first, second]);
    expect(readRemarks(notes)).toEqual([]);
  });

  it('from several replicas all survive a merge', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addInstruction(a, { id: 'ia', author: leader, createdAt: '2026-03-04T09:00:00Z', body: '甲' });
    addInstruction(b, { id: 'ib', author: leader, createdAt: '2026-03-04T09:00:00Z', body: '乙' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readInstructions(a).map((entry) => entry.id)).toEqual(['ia', 'ib']);
    expect(readInstructions(b)).toStrictEqual(readInstructions(a));
  });
});

describe('supervision remarks', () => {
  it('are stored apart from instructions and skip malformed entries', () => {
    const notes = new Y.Doc();
    const remark = {
      id: 'm1',
      author: supervisor,
      createdAt: '2026-03-06T09:00:00Z',
      body: '逾期',
    };
    expect(addRemark(notes, remark)).toBe(true);
    notesMap(notes, 'remarks').set('m2', { id: 'm2', body: '缺作者' });
    notesMap(notes, 'remarks').set('m3', { ...remark, id: 'other' });
    expect(readRemarks(notes)).toStrictEqual([remark]);
    expect(readInstructions(notes)).toEqual([]);
  });

  it('reject malformed input', () => {
    const notes = new Y.Doc();
    const bad = { id: 'm1', author: supervisor, createdAt: '2026-03-06', body: '无时刻' };
    expect(() => addRemark(notes, bad)).toThrow(TypeError);
  });
});
