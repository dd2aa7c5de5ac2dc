/** The servers the benchmark knows, in the order it runs them. */
export const serverKinds = ['lianban', 'hocuspocus', 'ywebsocket', 'relay'] as const;

/**
 * One of {@link serverKinds}: ours, Hocuspocus 3.4 + SQLite, @y/websocket-server + LevelDB, and
 * a relay that stores and checks nothing: the floor of the load scenarios, not a peer.
 */
export type ServerKind = (typeof serverKinds)[number];
