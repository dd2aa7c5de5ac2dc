import { describe, expect, it } from 'vitest';
import { syncFrame, syncUpdate } from './syncFrame.ts';
import { ThinClient } from './ThinClient.ts';
import { TypingScript } from './TypingScript.ts';
import { Typist } from './Typist.ts';

describe('TypingScript', () => {
  it('holds the messages and clocks a live ThinClient would have sent, in order', () => {
    const clientId = 123_456_789;
    const edits = 300;
    // Not connected: its edits are only recorded here, from its document's updates.
    const live = new ThinClient({
      target: {
        url: 'ws://127.0.0.1:9/none',
        wire: { opening: [], wrap: (m) => m, unwrap: (m) => m },
      },
      clientId,
    });
    const sent: Uint8Array[] = [];
    live.doc.on('update', (update: Uint8Array) => sent.push(syncFrame(syncUpdate, update)));
    live.addParagraph();
    const liveTypist = new Typist(7);
    const clocks = Array.from({ length: edits }, () => live.edit(liveTypist));

    const script = new TypingScript(clientId, new Typist(7), edits);
    expect(script.paragraph).toEqual(sent[0]);
    for (let edit = 0; edit < edits; edit++) {
      expect(script.next()).toEqual({ message: sent[edit + 1], clock: clocks[edit] });
    }
    expect(script.next()).toBeNull();

    script.rewind();
    expect(script.next()).toEqual({ message: sent[1], clock: clocks[0] });
  });
});
