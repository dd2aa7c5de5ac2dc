import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { batchUpdateSends } from './batchUpdateSends.ts';

/** A provider as batchUpdateSends sees it, with its stock sender subscribed, and a socket. */
function fakeProvider(doc: Y.Doc) {
  const sent: Uint8Array[] = [];
  const stockSends: Uint8Array[] = [];
  const socket = { OPEN: 1, readyState: 1, send: (message: Uint8Array) => sent.push(message) };
  const provider = {
    ws: socket,
    wsconnected: true,
    _updateHandler: (update: Uint8Array) => stockSends.push(update),
  };
  doc.on('update', provider._updateHandler);
  return { provider, socket, sent, stockSends };
}

/** The update in a sync message (type 0, sub-type 2). */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0);
  expect(decoding.readVarUint(decoder)).toBe(2);
  return decoding.readVarUint8Array(decoder);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('batchUpdateSends', () => {
  it('sends the updates of one task after it, merged into one message, instead of the stock sender', async () => {
    const doc = new Y.Doc();
    const { provider, sent, stockSends } = fakeProvider(doc);
    batchUpdateSends(provider as unknown as WebsocketProvider, doc);
    const text = doc.getText('t');
    text.insert(0, '信');
    text.insert(1, '访');
    text.insert(2, '人');
    expect(sent).toEqual([]);
    await nextTask();
    expect(sent).toHaveLength(1);
    expect(stockSends).toEqual([]);
    text.insert(3, '。');
    await nextTask();
    expect(sent).toHaveLength(2);

    const copy = new Y.Doc();
    for (const message of sent) Y.applyUpdate(copy, updateIn(message));
    expect(copy.getText('t').toString()).toBe('信访人。');
  });

  it('does not send updates that came from the server', async () => {
    const doc = new Y.Doc();
    const { provider, sent } = fakeProvider(doc);
    batchUpdateSends(provider as unknown as WebsocketProvider, doc);
    const remote = new Y.Doc();
    remote.getText('t').insert(0, 'x');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), provider);
    await nextTask();
    expect(sent).toEqual([]);
  });

  it('sends nothing on a closed connection, and what is queued when asked', async () => {
    const doc = new Y.Doc();
    const { provider, socket, sent } = fakeProvider(doc);
    const sendQueued = batchUpdateSends(provider as unknown as WebsocketProvider, doc);
    socket.readyState = 3;
    doc.getText('t').insert(0, 'offline');
    await nextTask();
    expect(sent).toEqual([]);
    socket.readyState = 1;
    doc.getText('t').insert(0, 'now ');
    sendQueued();
    expect(sent).toHaveLength(1);
    await nextTask();
    expect(sent).toHaveLength(1);
  });
});
