import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAnchor } from './anchors/createAnchor.ts';
import { resolveAnchor } from './anchors/resolveAnchor.ts';
import { buildRegistration } from './caseFile/buildRegistration.ts';
import { createCaseFile } from './caseFile/createCaseFile.ts';
import { readRegistration } from './caseFile/readRegistration.ts';
import {
  setAnonymous,
  setCategory,
  setDivisionCode,
  setGroupVisit,
  setPetitioners,
  setTitle,
} from './caseFile/registrationSetters.ts';
import { sectionFragment } from './caseFile/sectionFragment.ts';
import { type Section, sections } from './caseFile/sections.ts';
import {
  appendParagraph,
  deleteSectionText,
  insertSectionText,
  readSectionText,
} from './caseFile/sectionText.ts';
import { categories } from './enums/category.ts';
import { addAnnotation } from './notes/addAnnotation.ts';
import type { Author } from './notes/author.ts';
import { readAnnotations } from './notes/readAnnotations.ts';
import { addRemark, readRemarks } from './notes/remarks.ts';
import { replyToAnnotation } from './notes/replyToAnnotation.ts';
import { reopenAnnotation, resolveAnnotation } from './notes/resolveAnnotation.ts';

const PEERS = 5;
const REMOTE = Symbol('remote');
/** Sections the peers edit: few enough that their edits collide often. */
const editedSections: readonly Section[] = ['request', 'facts', 'reply'];

type Kind = 'file' | 'notes';
interface Message {
  readonly kind: Kind;
  readonly update: Uint8Array;
}
interface Peer {
  readonly file: Y.Doc;
  readonly notes: Y.Doc;
  readonly author: Author;
  inbox: Message[];
}

type Action =
  | { type: 'insert'; peer: number; section: number; at: number; text: string }
  | { type: 'delete'; peer: number; section: number; at: number; length: number }
  | { type: 'field'; peer: number; which: number; n: number }
  | { type: 'annotate'; peer: number; section: number; at: number; span: number }
  | { type: 'reply'; peer: number; pick: number }
  | { type: 'status'; peer: number; pick: number; resolve: boolean }
  | { type: 'remark'; peer: number }
  | { type: 'deliver'; peer: number; picks: number[]; keepCopy: boolean };

const peer = fc.nat(PEERS - 1);
const section = fc.nat(editedSections.length - 1);
const text = fc.string({
  unit: fc.constantFrom('信', '访', '事', '项', 'a', 'b', '\n'),
  minLength: 1,
  maxLength: 6,
});
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('insert'), peer, section, at: fc.nat(), text }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('delete'),
      peer,
      section,
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('field'), peer, which: fc.nat(), n: fc.nat(99) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('annotate'),
      peer,
      section,
      at: fc.nat(),
      span: fc.nat(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('reply'), peer, pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('status'),
      peer,
      pick: fc.nat(),
      resolve: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('remark'), peer }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('deliver'),
      peer,
      picks: fc.array(fc.nat(), { maxLength: 6 }),
      keepCopy: fc.boolean(),
    }),
  },
);

const fieldEdits: readonly ((doc: Y.Doc, n: number) => void)[] = [
  (doc, n) => setTitle(doc, `标题${n}`),
  (doc, n) => setCategory(doc, categories[n % categories.length]!, n % 2 ? `sub${n}` : undefined),
  (doc, n) => setDivisionCode(doc, `99${String(n).padStart(4, '0')}`),
  (doc, n) => setAnonymous(doc, n % 2 === 0),
  (doc, n) => setGroupVisit(doc, n % 3 === 0, n % 3 === 0 ? 6 + n : undefined),
  (doc, n) => setPetitioners(doc, [{ id: `p${n}`, name: `信访人${n}`, role: 'principal' }]),
];

/** Peers that start from one created case file and broadcast every local update. */
function createPeers(): Peer[] {
  const origin = new Y.Doc({ gc: false });
  createCaseFile(origin, buildRegistration());
  appendParagraph(origin, 'facts', '经查，补偿款少发三成。\n村委会未公开标准。');
  const initial = Y.encodeStateAsUpdate(origin);
  const peers: Peer[] = [];
  for (let i = 0; i < PEERS; i++) {
    const file = new Y.Doc({ gc: false });
    const notes = new Y.Doc({ gc: false });
    // Fixed client ids make a failing run replay exactly from its seed.
    file.clientID = i + 1;
    notes.clientID = i + 1;
    Y.applyUpdate(file, initial, REMOTE);
    const author = { userId: `user${i}`, name: `办理人${i}`, unitId: `unit${i}` };
    peers.push({ file, notes, author, inbox: [] });
  }
  for (const [i, self] of peers.entries()) {
    for (const kind of ['file', 'notes'] as const) {
      self[kind].on('update', (update: Uint8Array, from: unknown) => {
        if (from === REMOTE) return;
        for (const [j, other] of peers.entries()) if (j !== i) other.inbox.push({ kind, update });
      });
    }
  }
  return peers;
}

function deliver(target: Peer, message: Message): void {
  Y.applyUpdate(target[message.kind], message.update, REMOTE);
}

function run(peers: Peer[], step: Action, index: number): void {
  const self = peers[step.peer]!;
  const at = `2026-03-02T10:${String(index % 60).padStart(2, '0')}:00.000Z`;
  const threads = () => readAnnotations(self.notes);
  switch (step.type) {
    case 'insert': {
      const name = editedSections[step.section]!;
      const length = readSectionText(self.file, name).length;
      insertSectionText(self.file, name, step.at % (length + 1), step.text);
      return;
    }
    case 'delete': {
      const name = editedSections[step.section]!;
      const length = readSectionText(self.file, name).length;
      const offset = step.at % (length + 1);
      deleteSectionText(self.file, name, offset, Math.min(step.length, length - offset));
      return;
    }
    case 'field':
      fieldEdits[step.which % fieldEdits.length]!(self.file, step.n);
      return;
    case 'annotate': {
      const name = editedSections[step.section]!;
      const length = readSectionText(self.file, name).length;
      if (length === 0) return;
      const from = step.at % length;
      const to = from + 1 + (step.span % Math.min(12, length - from));
      const anchor = createAnchor(self.file, name, from, to);
      addAnnotation(self.notes, {
        id: `t${index}`,
        anchor,
        author: self.author,
        createdAt: at,
        body: `批注${index}`,
      });
      return;
    }
    case 'reply': {
      const list = threads();
      const thread = list[step.pick % Math.max(1, list.length)];
      if (thread === undefined) return;
      replyToAnnotation(self.notes, thread.id, {
        id: `r${index}`,
        author: self.author,
        createdAt: at,
        body: `回复${index}`,
      });
      return;
    }
    case 'status': {
      const list = threads();
      const thread = list[step.pick % Math.max(1, list.length)];
      if (thread === undefined) return;
      const change = step.resolve ? resolveAnnotation : reopenAnnotation;
      change(self.notes, thread.id, self.author, at);
      return;
    }
    case 'remark':
      addRemark(self.notes, {
        id: `m${index}`,
        author: self.author,
        createdAt: at,
        body: '请加快办理',
      });
      return;
    case 'deliver':
      for (const pick of step.picks) {
        if (self.inbox.length === 0) return;
        const [message] = step.keepCopy
          ? [self.inbox[pick % self.inbox.length]!]
          : self.inbox.splice(pick % self.inbox.length, 1);
        deliver(self, message!);
      }
      return;
  }
}

/** Delivers everything still waiting, in an order drawn from `seed`. */
function drain(peers: Peer[], seed: number): void {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  for (const self of peers) {
    while (self.inbox.length > 0)
      deliver(self, self.inbox.splice(next() % self.inbox.length, 1)[0]!);
  }
}

/** Everything a user can see of the case on one peer. */
function view(self: Peer) {
  const annotations = readAnnotations(self.notes);
  return {
    fileVector: Y.encodeStateVector(self.file),
    notesVector: Y.encodeStateVector(self.notes),
    registration: readRegistration(self.file),
    sections: sections.map((name) => [
      readSectionText(self.file, name),
      sectionFragment(self.file, name).toJSON(),
    ]),
    annotations,
    remarks: readRemarks(self.notes),
    anchors: annotations.map((thread) => resolveAnchor(self.file, thread.anchor)),
  };
}

function expectConverged(peers: Peer[]): void {
  const first = view(peers[0]!);
  for (const self of peers) {
    expect(self.file.store.pendingStructs).toBeNull();
    expect(self.notes.store.pendingStructs).toBeNull();
    expect(self.file.store.pendingDs).toBeNull();
    expect(self.notes.store.pendingDs).toBeNull();
    expect(view(self)).toStrictEqual(first);
  }
  for (const [i, thread] of first.annotations.entries()) {
    const anchor = first.anchors[i]!;
    if (anchor.status === 'anchored') {
      expect(readSectionText(peers[0]!.file, thread.section).slice(anchor.from, anchor.to)).toBe(
        anchor.text,
      );
    } else {
      expect(anchor.quote).toBe(thread.quote);
    }
  }
}

describe('convergence of a case file and its notes', () => {
  it('reaches identical documents and anchors on every peer whatever the delivery order', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 80 }), fc.nat(), (actions, seed) => {
        const peers = createPeers();
        for (const [index, step] of actions.entries()) run(peers, step, index);
        drain(peers, seed);
        expectConverged(peers);
      }),
      { numRuns: 200 },
    );
  });

  it('notices a peer that missed an update', () => {
    const peers = createPeers();
    run(peers, { type: 'insert', peer: 0, section: 1, at: 3, text: '补' }, 0);
    const lost = peers[1]!.inbox.pop();
    expect(lost).toBeDefined();
    drain(peers, 1);
    expect(() => expectConverged(peers)).toThrow();
  });
});
