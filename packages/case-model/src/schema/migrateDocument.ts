import type * as Y from 'yjs';
import {
  BASELINE_SCHEMA_VERSION,
  CURRENT_SCHEMA_VERSION,
  readSchemaVersion,
  writeSchemaVersion,
} from './schemaVersion.ts';

/** One step that rewrites a document from schema version `from` to version `to`. */
export interface Migration {
  readonly from: number;
  readonly to: number;
  migrate(doc: Y.Doc): void;
}

/** Options of {@link migrateDocument}. */
export interface MigrateOptions {
  /** Version to reach; defaults to {@link CURRENT_SCHEMA_VERSION}. */
  readonly target?: number;
  /** Transaction origin of the migration; defaults to {@link MIGRATION_ORIGIN}. */
  readonly origin?: unknown;
}

/** What {@link migrateDocument} found and did. Only `migrated` changed the document. */
export type MigrationResult =
  | { readonly status: 'empty' }
  | { readonly status: 'current'; readonly version: number }
  | {
      readonly status: 'migrated';
      readonly from: number;
      readonly to: number;
      readonly applied: number;
    }
  | { readonly status: 'newer'; readonly version: number; readonly supported: number }
  | { readonly status: 'noPath'; readonly version: number; readonly target: number };

/** Default transaction origin of migrations, so an undo manager tracking user edits skips them. */
export const MIGRATION_ORIGIN = 'lianban:migration';

/**
 * Brings a document up to the target schema version by applying the chain of migrations that
 * starts at its version, all in one transaction that also stamps the new version.
 *
 * A document newer than the target is reported as `newer` (open it read-only), a gap in the
 * chain as `noPath`; neither throws nor changes anything. Malformed migrations (not increasing,
 * two starting at one version) are programming errors and throw a `RangeError`.
 *
 * Run it where one writer decides (the server on load): two replicas migrating the same
 * version concurrently would both apply the steps.
 */
export function migrateDocument(
  doc: Y.Doc,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): MigrationResult {
  const target = options.target ?? CURRENT_SCHEMA_VERSION;
  const byFrom = indexMigrations(migrations);
  if (doc.store.clients.size === 0) return { status: 'empty' };
  const version = readSchemaVersion(doc) ?? BASELINE_SCHEMA_VERSION;
  if (version === target) return { status: 'current', version };
  if (version > target) return { status: 'newer', version, supported: target };

  const steps: Migration[] = [];
  for (let at = version; at < target; ) {
    const step = byFrom.get(at);
    if (step === undefined || step.to > target) return { status: 'noPath', version, target };
    steps.push(step);
    at = step.to;
  }
  doc.transact(() => {
    for (const step of steps) step.migrate(doc);
    writeSchemaVersion(doc, target);
  }, options.origin ?? MIGRATION_ORIGIN);
  return { status: 'migrated', from: version, to: target, applied: steps.length };
}

function indexMigrations(migrations: readonly Migration[]): Map<number, Migration> {
  const byFrom = new Map<number, Migration>();
  for (const step of migrations) {
    if (
      !Number.isSafeInteger(step.from) ||
      !Number.isSafeInteger(step.to) ||
      step.to <= step.from
    ) {
      throw new RangeError(`migration ${step.from}→${step.to} must go to a higher version`);
    }
    if (byFrom.has(step.from)) throw new RangeError(`two migrations start at version ${step.from}`);
    byFrom.set(step.from, step);
  }
  return byFrom;
}
