/**
 * Ambient types for the two PouchDB packages the outbox test uses (they ship none): only the
 * members the test touches.
 */

declare module 'pouchdb-core' {
  interface Doc {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }
  interface AllDocs<T> {
    rows: { id: string; doc?: T & { _id: string; _rev: string } }[];
  }
  class PouchDB<T extends object = Doc> {
    constructor(name: string, options?: { adapter?: string });
    static plugin(plugin: unknown): typeof PouchDB;
    put(doc: T & { _id: string; _rev?: string }): Promise<{ ok: boolean; id: string; rev: string }>;
    get(id: string): Promise<T & { _id: string; _rev: string }>;
    allDocs(options?: { include_docs?: boolean }): Promise<AllDocs<T>>;
    destroy(): Promise<void>;
  }
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
