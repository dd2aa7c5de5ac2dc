import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ServerKind } from './serverKinds.ts';

/**
 * How y-websocket messages travel to one server: identical for ours and @y/websocket-server;
 * Hocuspocus prefixes every frame with the document name (varstring) and wants an auth message
 * (`[name][2 Auth][0 Token][varstring token]`) before anything else on that document.
 */
export interface WireFormat {
  /** Frames to send right after the socket opens, before sync step 1. */
  readonly opening: readonly Uint8Array[];
  wrap(message: Uint8Array): Uint8Array;
  /** The y-websocket message inside a frame; null if it belongs to another document. */
  unwrap(frame: Uint8Array): Uint8Array | null;
}

const plain: WireFormat = {
  opening: [],
  wrap: (message) => message,
  unwrap: (frame) => frame,
};

const hocuspocusAuth = 2;
const hocuspocusAuthToken = 0;

export function createWireFormat(kind: ServerKind, room: string, token: string): WireFormat {
  if (kind !== 'hocuspocus') return plain;
  const wrap = (message: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, room);
    encoding.writeUint8Array(encoder, message);
    return encoding.toUint8Array(encoder);
  };
  const auth = encoding.createEncoder();
  encoding.writeVarUint(auth, hocuspocusAuth);
  encoding.writeVarUint(auth, hocuspocusAuthToken);
  encoding.writeVarString(auth, token);
  return {
    opening: [wrap(encoding.toUint8Array(auth))],
    wrap,
    unwrap: (frame) => {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarString(decoder) !== room) return null;
      return frame.subarray(decoder.pos);
    },
  };
}
