import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { messageSync, syncFrame, syncStep1, syncStep2, syncUpdate } from './syncFrame.ts';
import type { SyncTarget } from './syncTarget.ts';
import type { Typist } from './Typist.ts';
import { type RawData, type WsSocket, ws } from './wsModule.ts';

/** Our server's "what have you stored?" query and its answer (message type 100). */
const messageStoredStateVector = 100;
const fromServer = Symbol('from-server');

export interface ThinClientOptions {
  target: SyncTarget;
  /** The Yjs client id of its document (a `TypingScript`'s); random if not given. */
  clientId?: number;
  /** Apply what the server sends (a real replica); otherwise only `onUpdate` sees it. */
  applyRemote?: boolean;
  /** Called with every sync update the server sends, and when it arrived. */
  onUpdate?: (client: ThinClient, update: Uint8Array, at: number) => void;
}

/**
 * The message as a plain Uint8Array over the same memory, as a browser client has it. (Yjs's
 * decoding, compiled for Uint8Array, was measured 2× slower on its first Buffer: a 500 KiB state.)
 */
function toBytes(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * One y-websocket protocol client. Its Y.Doc holds its own edits (and, with `applyRemote`,
 * everything the server sends); it answers the server's sync step 1 and counts step 2 replies.
 * It types into an XmlText inside a paragraph of the XmlFragment 'facts', as the editor would.
 */
export class ThinClient {
  readonly doc = new Y.Doc();
  /** When (performance.now()) the socket opened: the upgrade was accepted. */
  openedAt: number | null = null;
  /** When (performance.now()) the first sync step 2 or update arrived, before it was applied. */
  firstSyncAt: number | null = null;
  /** Milliseconds spent applying what the server sent (with `applyRemote`). */
  remoteApplyMs = 0;
  /** Why the socket closed, once it has. */
  closedBecause: string | null = null;
  /** performance.now() of the last frame handed to the socket. */
  lastSentAt = 0;
  sendFailures = 0;
  decodeFailures = 0;
  private socket: WsSocket | null = null;
  private text: Y.XmlText | null = null;
  private step2Waiters: Array<() => void> = [];
  private storedWaiters: Array<(stateVector: Uint8Array) => void> = [];
  private changeWaiters = new Set<() => void>();
  private closeWaiters = new Set<(why: string) => void>();

  constructor(private readonly options: ThinClientOptions) {
    if (options.clientId !== undefined) this.doc.clientID = options.clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== fromServer) this.send(syncFrame(syncUpdate, update));
    });
  }

  /** Opens the socket and completes the handshake (our step 1 answered by the server's step 2). */
  connect(timeoutMs: number): Promise<void> {
    const { target } = this.options;
    const socket = new ws.WebSocket(target.url, {
      perMessageDeflate: false,
      handshakeTimeout: timeoutMs,
    });
    this.socket = socket;
    socket.on('message', (data) => this.receive(data));
    socket.on('error', (err) => this.closed(`error: ${err.message}`));
    socket.on('close', (code, reason) => this.closed(`closed ${code} ${reason.toString()}`.trim()));
    socket.on('open', () => {
      this.openedAt = performance.now();
      for (const frame of target.wire.opening) socket.send(frame);
      this.send(syncFrame(syncStep1, Y.encodeStateVector(this.doc)));
    });
    return this.nextStep2(timeoutMs, 'handshake');
  }

  /** Sends sync step 1 and waits for the step 2 answer: the server has handled all before it. */
  roundTrip(timeoutMs: number): Promise<void> {
    const answered = this.nextStep2(timeoutMs, 'round trip');
    this.send(syncFrame(syncStep1, Y.encodeStateVector(this.doc)));
    return answered;
  }

  /** Asks our server which state it has durably stored (message 100); null if no answer. */
  queryStored(timeoutMs: number): Promise<Uint8Array | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.storedWaiters = this.storedWaiters.filter((w) => w !== done);
        resolve(null);
      }, timeoutMs);
      const done = (stateVector: Uint8Array) => {
        clearTimeout(timer);
        resolve(stateVector);
      };
      this.storedWaiters.push(done);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageStoredStateVector);
      this.send(encoding.toUint8Array(encoder));
    });
  }

  /** Creates this client's own paragraph (one update); call once after connect. */
  addParagraph(): void {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const facts = this.doc.getXmlFragment('facts');
    facts.insert(facts.length, [paragraph]);
    this.text = text;
  }

  /** Types the typist's next few letters (one update sent); returns the edit's first clock. */
  edit(typist: Typist): number {
    if (!this.text) throw new Error('addParagraph() first');
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    const { index, content } = typist.next(this.text.length);
    this.text.insert(index, content);
    return clock;
  }

  /** Resolves once `done()` holds, re-checked after every message applied; rejects on timeout. */
  waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        finish();
        resolve();
      };
      const onClose = (why: string) => {
        finish();
        reject(new Error(`${what}: socket ${why}`));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${what}: not done within ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.changeWaiters.delete(check);
        this.closeWaiters.delete(onClose);
      };
      this.changeWaiters.add(check);
      this.closeWaiters.add(onClose);
    });
  }

  get bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  close(): void {
    this.closedBecause ??= 'closed by client';
    this.socket?.terminate();
    this.socket = null;
  }

  private nextStep2(timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closedBecause) {
        reject(new Error(`${what}: socket ${this.closedBecause}`));
        return;
      }
      const onClose = (why: string) => {
        finish();
        reject(new Error(`${what}: socket ${why}`));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${what}: no sync step 2 within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        finish();
        resolve();
      };
      const finish = () => {
        clearTimeout(timer);
        this.step2Waiters = this.step2Waiters.filter((w) => w !== done);
        this.closeWaiters.delete(onClose);
      };
      this.step2Waiters.push(done);
      this.closeWaiters.add(onClose);
    });
  }

  /** Sends one protocol message (a `TypingScript`'s edit, say), as the wire format wraps it. */
  send(message: Uint8Array): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== ws.WebSocket.OPEN) {
      this.sendFailures++;
      return;
    }
    this.lastSentAt = performance.now();
    socket.send(this.options.target.wire.wrap(message));
  }

  private closed(why: string): void {
    if (this.closedBecause === null) this.closedBecause = why;
    for (const waiter of [...this.closeWaiters]) waiter(why);
  }

  private receive(data: RawData): void {
    const at = performance.now();
    try {
      const message = this.options.target.wire.unwrap(toBytes(data));
      if (!message) return;
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === messageSync) {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === syncStep1) {
          this.send(syncFrame(syncStep2, Y.encodeStateAsUpdate(this.doc, payload)));
        } else if (step === syncStep2 || step === syncUpdate) {
          this.firstSyncAt ??= at;
          if (this.options.applyRemote) {
            Y.applyUpdate(this.doc, payload, fromServer);
            this.remoteApplyMs += performance.now() - at;
          }
          if (step === syncUpdate) this.options.onUpdate?.(this, payload, at);
          else this.step2Waiters[0]?.();
        }
      } else if (type === messageStoredStateVector) {
        const stateVector = decoding.readVarUint8Array(decoder);
        for (const waiter of this.storedWaiters.splice(0)) waiter(stateVector);
      }
    } catch {
      this.decodeFailures++;
    }
    if (this.changeWaiters.size > 0) for (const waiter of [...this.changeWaiters]) waiter();
  }
}
