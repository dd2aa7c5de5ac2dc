import * as Y from 'yjs';
import { syncFrame, syncUpdate } from './syncFrame.ts';
import type { Typist } from './Typist.ts';

/**
 * One client's typing, done ahead of time: the sync update messages a client with this Yjs
 * client id sends when it adds its paragraph and then types `edits` times, as `ThinClient.edit`
 * would have made them live. Sending them costs the load generator a socket write each instead
 * of a Yjs edit and encoding, so less of its own work lands in the latencies it measures.
 */
export class TypingScript {
  /** The message that creates the client's paragraph, sent once after it connects. */
  readonly paragraph: Uint8Array;
  // Every edit's message in one buffer, edit i at offsets[i]..offsets[i + 1]: a few objects per
  // client, not one per edit, so the generator's garbage collector has little to trace.
  private readonly bytes: Uint8Array;
  private readonly offsets: Uint32Array;
  /** The first clock of each edit, as the propagation tracker matches receipts by it. */
  private readonly clocks: Uint32Array;
  private nextEdit = 0;

  constructor(
    readonly clientId: number,
    typist: Typist,
    edits: number,
  ) {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const sent: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => sent.push(syncFrame(syncUpdate, update)));
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment('facts').insert(0, [paragraph]);
    this.paragraph = sent.pop()!;
    this.clocks = new Uint32Array(edits);
    for (let edit = 0; edit < edits; edit++) {
      this.clocks[edit] = Y.getState(doc.store, clientId);
      const { index, content } = typist.next(text.length);
      text.insert(index, content);
    }
    doc.destroy();
    this.offsets = new Uint32Array(edits + 1);
    for (let edit = 0; edit < edits; edit++) {
      this.offsets[edit + 1] = this.offsets[edit]! + sent[edit]!.byteLength;
    }
    this.bytes = new Uint8Array(this.offsets[edits]!);
    for (let edit = 0; edit < edits; edit++) this.bytes.set(sent[edit]!, this.offsets[edit]!);
  }

  /** Starts again from the first edit, for another run against a fresh server. */
  rewind(): void {
    this.nextEdit = 0;
  }

  /** The next edit's message and first clock; null once the script is used up. */
  next(): { message: Uint8Array; clock: number } | null {
    const index = this.nextEdit;
    if (index >= this.clocks.length) return null;
    this.nextEdit++;
    const message = this.bytes.subarray(this.offsets[index]!, this.offsets[index + 1]!);
    return { message, clock: this.clocks[index]! };
  }
}
