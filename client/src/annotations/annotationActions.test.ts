import {
  appendParagraph,
  createAnchor,
  readAnnotations,
  readSectionText,
} from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAnnotationActions } from './annotationActions.ts';

const author = { userId: 'u1', name: '督查专员 刘洋', unitId: 'p-xfj' };

describe('createAnnotationActions', () => {
  it('opens, answers, resolves and reopens a thread in the notes document', () => {
    const file = new Y.Doc();
    appendParagraph(file, 'facts', '剩余补偿款12万元未支付');
    const text = readSectionText(file, 'facts');
    const anchor = createAnchor(file, 'facts', text.indexOf('补偿款'), text.indexOf('补偿款') + 3);
    const notes = new Y.Doc();
    let id = 0;
    const actions = createAnnotationActions(
      notes,
      () => author,
      () => '2026-11-02T02:30:00.000Z',
      () => `id-${++id}`,
    );
    const threadId = actions.add(anchor, '请核实金额');
    actions.reply(threadId, '已核实');
    actions.resolve(threadId);
    let [thread] = readAnnotations(notes);
    expect(thread).toMatchObject({
      id: 'id-1',
      body: '请核实金额',
      quote: '补偿款',
      resolved: true,
    });
    expect(thread?.replies.map((reply) => reply.body)).toEqual(['已核实']);
    actions.reopen(threadId);
    [thread] = readAnnotations(notes);
    expect(thread?.resolved).toBe(false);
    expect(thread?.lastStatusChange?.action).toBe('reopen');
  });
});
