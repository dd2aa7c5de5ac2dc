export * from './isoInstant.ts';
export * from './migrateDocument.ts';
export * from './plainJson.ts';
export * from './schemaVersion.ts';
