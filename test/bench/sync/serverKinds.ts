/** The servers the benchmark knows, in the order it runs them. */
export const serverKinds = ['lianban', 'hocuspocus', 'ywebsocket'] as const;

/** One of {@link serverKinds}: ours, Hocuspocus 3.4 + SQLite, @y/websocket-server + LevelDB. */
export type ServerKind = (typeof serverKinds)[number];
