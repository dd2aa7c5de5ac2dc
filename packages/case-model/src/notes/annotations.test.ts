import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Anchor } from '../anchors/anchor.ts';
import { createAnchor } from '../anchors/createAnchor.ts';
import { appendParagraph } from '../caseFile/sectionText.ts';
import { readSchemaVersion } from '../schema/schemaVersion.ts';
import { addAnnotation } from './addAnnotation.ts';
import type { NewAnnotation } from './annotation.ts';
import type { Author } from './author.ts';
import { notesMap } from './notesMap.ts';
import { readAnnotation, readAnnotations } from './readAnnotations.ts';
import { replyToAnnotation } from './replyToAnnotation.ts';
import { reopenAnnotation, resolveAnnotation } from './resolveAnnotation.ts';

const supervisor: Author = { userId: 'u-sup', name: '督查员甲', unitId: 'unit-sup' };
const handler: Author = { userId: 'u-han', name: '承办人乙', unitId: 'unit-land' };

function fileAnchor(): Anchor {
  const file = new Y.Doc();
  appendParagraph(file, 'facts', '补偿款至今未发放。');
  return createAnchor(file, 'facts', 0, 3);
}

const anchor = fileAnchor();

function annotation(id: string, createdAt: string, body = '请核实'): NewAnnotation {
  return { id, anchor, author: supervisor, createdAt, body };
}

function syncAll(docs: Y.Doc[]): void {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) for (const update of updates) Y.applyUpdate(doc, update);
}

describe('addAnnotation and readAnnotations', () => {
  it('store a thread that reads back with its anchor, section and quote', () => {
    const notes = new Y.Doc();
    expect(addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'))).toBe(true);
    expect(readAnnotations(notes)).toStrictEqual([
      {
        id: 't1',
        author: supervisor,
        createdAt: '2026-03-02T10:00:00Z',
        body: '请核实',
        anchor,
        section: 'facts',
        quote: '补偿款',
        replies: [],
        resolved: false,
        lastStatusChange: null,
      },
    ]);
    expect(readSchemaVersion(notes)).toBe(1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(notes));
    expect(readAnnotation(peer, 't1')).toStrictEqual(readAnnotation(notes, 't1'));
  });

  it('lists threads oldest first and ignores a retried add', () => {
    const notes = new Y.Doc();
    addAnnotation(notes, annotation('b', '2026-03-02T10:00:00Z'));
    addAnnotation(notes, annotation('a', '2026-03-02T10:00:00Z'));
    addAnnotation(notes, annotation('c', '2026-03-01T08:00:00Z'));
    expect(addAnnotation(notes, annotation('b', '2026-03-09T00:00:00Z', '改'))).toBe(false);
    expect(readAnnotations(notes).map((thread) => thread.id)).toEqual(['c', 'a', 'b']);
    expect(readAnnotation(notes, 'b')?.body).toBe('请核实');
  });

  it('keeps every thread and reply added concurrently on several replicas', () => {
    const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    addAnnotation(peers[0]!, annotation('t0', '2026-03-02T10:00:00Z'));
    syncAll(peers);
    peers.forEach((peer, i) => {
      addAnnotation(peer, annotation(`t${i + 1}`, `2026-03-02T11:0${i}:00Z`));
      replyToAnnotation(peer, 't0', {
        id: `r${i}`,
        author: handler,
        createdAt: `2026-03-02T12:0${i}:00Z`,
        body: `答复${i}`,
      });
    });
    syncAll(peers);
    for (const peer of peers) {
      expect(readAnnotations(peer).map((thread) => thread.id)).toEqual(['t0', 't1', 't2', 't3']);
      expect(readAnnotation(peer, 't0')?.replies.map((reply) => reply.id)).toEqual([
        'r0',
        'r1',
        'r2',
      ]);
    }
  });

  it('skips malformed threads a peer may have written', () => {
    const notes = new Y.Doc();
    addAnnotation(notes, annotation('ok', '2026-03-02T10:00:00Z'));
    const threads = notesMap(notes, 'threads');
    threads.set('junk', 'not a thread');
    const badAnchor = new Y.Map<unknown>();
    threads.set('bad', badAnchor);
    badAnchor.set('id', 'bad');
    badAnchor.set('author', supervisor);
    badAnchor.set('createdAt', '2026-03-02T10:00:00Z');
    badAnchor.set('body', 'x');
    badAnchor.set('anchor', { section: 'facts', quote: 'x' });
    expect(readAnnotations(notes).map((thread) => thread.id)).toEqual(['ok']);
    expect(readAnnotation(notes, 'bad')).toBeUndefined();
    expect(readAnnotation(notes, 'missing')).toBeUndefined();
  });

  it('rejects malformed input', () => {
    const notes = new Y.Doc();
    const noAuthor = { ...annotation('x', '2026-03-02T10:00:00Z'), author: { userId: '' } };
    expect(() => addAnnotation(notes, noAuthor as NewAnnotation)).toThrow(TypeError);
    expect(() => addAnnotation(notes, annotation('x', 'tomorrow'))).toThrow(TypeError);
    const noAnchor = { ...annotation('x', '2026-03-02T10:00:00Z'), anchor: {} as Anchor };
    expect(() => addAnnotation(notes, noAnchor)).toThrow(TypeError);
    expect(notes.store.clients.size).toBe(0);
  });

  it('returns copies the caller may change freely', () => {
    const notes = new Y.Doc();
    addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'));
    const read = readAnnotation(notes, 't1')!;
    (read.author as { name: string }).name = '改名';
    (read.anchor.start as { assoc: number }).assoc = 5;
    expect(readAnnotation(notes, 't1')?.author.name).toBe('督查员甲');
    expect(readAnnotation(notes, 't1')?.anchor).toStrictEqual(anchor);
  });
});

describe('replyToAnnotation', () => {
  it('adds replies listed oldest first, once per id', () => {
    const notes = new Y.Doc();
    addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'));
    const late = { id: 'r2', author: handler, createdAt: '2026-03-03T09:00:00Z', body: '已核实' };
    const early = { id: 'r1', author: supervisor, createdAt: '2026-03-02T11:00:00Z', body: '补充' };
    expect(replyToAnnotation(notes, 't1', late)).toBe(true);
    expect(replyToAnnotation(notes, 't1', early)).toBe(true);
    expect(replyToAnnotation(notes, 't1', late)).toBe(false);
    expect(readAnnotation(notes, 't1')?.replies).toStrictEqual([early, late]);
  });

  it('shows a reply once when two replicas retried it concurrently', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addAnnotation(a, annotation('t1', '2026-03-02T10:00:00Z'));
    syncAll([a, b]);
    const reply = { id: 'r1', author: handler, createdAt: '2026-03-02T11:00:00Z', body: '好' };
    replyToAnnotation(a, 't1', reply);
    replyToAnnotation(b, 't1', reply);
    syncAll([a, b]);
    expect(readAnnotation(a, 't1')?.replies).toStrictEqual([reply]);
  });

  it('does nothing for an unknown thread and rejects a malformed reply', () => {
    const notes = new Y.Doc();
    const reply = { id: 'r1', author: handler, createdAt: '2026-03-02T11:00:00Z', body: '好' };
    expect(replyToAnnotation(notes, 'nope', reply)).toBe(false);
    addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'));
    expect(() => replyToAnnotation(notes, 't1', { ...reply, id: '' })).toThrow(TypeError);
  });
});

describe('resolveAnnotation and reopenAnnotation', () => {
  it('record who resolved and reopened, and when', () => {
    const notes = new Y.Doc();
    addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'));
    expect(reopenAnnotation(notes, 't1', supervisor, '2026-03-02T10:30:00Z')).toBe(false);
    expect(resolveAnnotation(notes, 't1', handler, '2026-03-03T08:00:00Z')).toBe(true);
    expect(readAnnotation(notes, 't1')).toMatchObject({
      resolved: true,
      lastStatusChange: { action: 'resolve', by: handler, at: '2026-03-03T08:00:00Z' },
    });
    expect(resolveAnnotation(notes, 't1', handler, '2026-03-03T09:00:00Z')).toBe(false);
    expect(reopenAnnotation(notes, 't1', supervisor, '2026-03-04T08:00:00Z')).toBe(true);
    expect(readAnnotation(notes, 't1')).toMatchObject({
      resolved: false,
      lastStatusChange: { action: 'reopen', by: supervisor, at: '2026-03-04T08:00:00Z' },
    });
  });

  it('settle a concurrent resolve and reopen the same way everywhere', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addAnnotation(a, annotation('t1', '2026-03-02T10:00:00Z'));
    resolveAnnotation(a, 't1', handler, '2026-03-03T08:00:00Z');
    syncAll([a, b]);
    reopenAnnotation(a, 't1', supervisor, '2026-03-04T08:00:00Z');
    reopenAnnotation(b, 't1', handler, '2026-03-04T09:00:00Z');
    resolveAnnotation(b, 't1', handler, '2026-03-04T09:30:00Z');
    expect(readAnnotation(a, 't1')?.resolved).toBe(false);
    expect(readAnnotation(b, 't1')?.resolved).toBe(true);
    syncAll([a, b]);
    const merged = readAnnotation(a, 't1');
    expect(readAnnotation(b, 't1')).toStrictEqual(merged);
    expect(merged?.resolved).toBe(merged?.lastStatusChange?.action === 'resolve');
  });

  it('do nothing for an unknown thread and reject a malformed author', () => {
    const notes = new Y.Doc();
    expect(resolveAnnotation(notes, 'nope', handler, '2026-03-03T08:00:00Z')).toBe(false);
    addAnnotation(notes, annotation('t1', '2026-03-02T10:00:00Z'));
    const nobody = { userId: '', name: '', unitId: '' };
    expect(() => resolveAnnotation(notes, 't1', nobody, '2026-03-03T08:00:00Z')).toThrow(TypeError);
    expect(() => resolveAnnotation(notes, 't1', handler, 'now')).toThrow(TypeError);
  });
});
