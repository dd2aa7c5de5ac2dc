import { createWireFormat, type WireFormat } from './createWireFormat.ts';
import type { ChildReady } from './ServerChild.ts';
import type { ServerKind } from './serverKinds.ts';

/** Where and how a client reaches one room on one server (always 127.0.0.1). */
export interface SyncTarget {
  url: string;
  wire: WireFormat;
}

export function syncTarget(kind: ServerKind, ready: ChildReady, room: string): SyncTarget {
  const base = `ws://127.0.0.1:${ready.port}`;
  switch (kind) {
    case 'lianban':
      return {
        url: `${base}/sync/${room}?token=${encodeURIComponent(ready.token ?? '')}`,
        wire: createWireFormat(kind, room, ''),
      };
    case 'hocuspocus':
      // Hocuspocus takes the document name from each frame, not from the URL.
      return { url: `${base}/`, wire: createWireFormat(kind, room, 'bench-token') };
    case 'ywebsocket':
    case 'relay':
      return { url: `${base}/${room}`, wire: createWireFormat(kind, room, '') };
  }
}
