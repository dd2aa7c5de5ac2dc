import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../support/stockClient.ts';
import { useSyncServer } from '../support/useSyncServer.ts';

describe('stock y-websocket clients converge through the server', () => {
  const suite = useSyncServer();

  it('two handlers see each other’s edits and the seeded case file', async () => {
    const token = await suite.server().login('handler');
    const token2 = await suite.server().login('handler2');
    const a = suite.connect('case/demo-0001/file', token);
    const b = suite.connect('case/demo-0001/file', token2);
    await Promise.all([a.synced(), b.synced()]);
    expect(b.doc.getMap('registration').get('title')).toBe('河东区幸福小区拆迁安置补偿未落实');
    a.doc.getText('scratch').insert(0, '甲方');
    b.doc.getText('scratch').insert(0, '乙方');
    await eventually(
      () => a.doc.getText('scratch').length === 4 && b.doc.getText('scratch').length === 4,
      'both edits everywhere',
    );
    expect(a.doc.getText('scratch').toString()).toBe(b.doc.getText('scratch').toString());
  });

  it('a client offline for a while with many edits merges on reconnect', async () => {
    const token = await suite.server().login('handler');
    const a = suite.connect('case/demo-0001/file', token);
    const b = suite.connect('case/demo-0001/file', token);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.disconnect();
    const offline = a.doc.getText('notes-offline');
    for (let i = 0; i < 500; i++) offline.insert(offline.length, `离线${i};`);
    const online = b.doc.getText('notes-online');
    for (let i = 0; i < 50; i++) online.insert(online.length, `在线${i};`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.doc.getText('notes-offline').length).toBe(0);
    a.provider.connect();
    await eventually(
      () => Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString(),
      'state vectors equal after reconnect',
    );
    expect(b.doc.getText('notes-offline').toString()).toBe(offline.toString());
    expect(a.doc.getText('notes-online').toString()).toBe(online.toString());
    // A third client that connects now gets everything from the server's stored state.
    const c = suite.connect('case/demo-0001/file', token);
    await c.synced();
    await eventually(
      () => c.doc.getText('notes-offline').length === offline.length,
      'late joiner has all',
    );
  });
});
