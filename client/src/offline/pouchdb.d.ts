// PouchDB ships no types for its modular packages; we type the subset we use (localDatabase.ts).
declare module 'pouchdb-core' {
  interface PouchConstructor {
    new (
      name: string,
      options?: Record<string, unknown>,
    ): import('./localDatabase.ts').LocalDatabase;
    plugin(plugin: unknown): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
