import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';

/** Where the petitioner-key secret is kept when the environment does not give it. */
export const secretFileName = 'petitioner-key.secret';

const hexSecret = /^(?:[0-9a-f]{2}){32,}$/i;

/** Where the secret may come from, in order. */
export interface SecretSources {
  /** `PETITIONER_KEY_SECRET`: hex, 32 bytes or more. */
  readonly fromEnv?: string;
  /** The data directory; `null` for an in-memory server (a secret for this process only). */
  readonly dataDir: string | null;
  readonly db: AppDatabase;
  readonly log: Logger;
}

/**
 * The HMAC secret of petitioner keys, kept out of the database: the environment's, else the one
 * in DATA_DIR (created on first start with mode 0600). Installations from before kept it in
 * the database (`workflow_secrets`): that one is moved to the file and deleted from the
 * database, so the digests already filed still match.
 */
export function resolvePetitionerKeySecret(sources: SecretSources): Uint8Array {
  const legacy = readLegacySecret(sources.db);
  if (sources.fromEnv !== undefined) {
    if (!hexSecret.test(sources.fromEnv)) {
      throw new Error('PETITIONER_KEY_SECRET must be 64 or more hex digits');
    }
    const secret = Buffer.from(sources.fromEnv, 'hex');
    if (legacy && !legacy.equals(secret)) {
      sources.log.warn('petitioner-key.secret-differs', {
        message: 'cases filed under the earlier secret no longer match as repeats',
      });
    }
    deleteLegacySecret(sources.db);
    return secret;
  }
  if (sources.dataDir === null) return legacy ?? randomBytes(32);

  const path = join(sources.dataDir, secretFileName);
  const stored = readSecretFile(path);
  if (stored) {
    deleteLegacySecret(sources.db);
    return stored;
  }
  const secret = legacy ?? randomBytes(32);
  // `wx`: never overwrite a secret another process wrote meanwhile.
  writeFileSync(path, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  deleteLegacySecret(sources.db);
  sources.log.info('petitioner-key.secret-created', { path, movedFromDatabase: legacy !== null });
  return secret;
}

function readSecretFile(path: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!hexSecret.test(text)) {
    throw new Error(`${path} does not hold a petitioner-key secret (64 or more hex digits)`);
  }
  return Buffer.from(text, 'hex');
}

function hasLegacyTable(db: AppDatabase): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_secrets'")
      .get() !== undefined
  );
}

function readLegacySecret(db: AppDatabase): Buffer | null {
  if (!hasLegacyTable(db)) return null;
  const value = db
    .prepare("SELECT value FROM workflow_secrets WHERE name = 'petitioner-key'")
    .pluck()
    .get() as Buffer | undefined;
  return value ?? null;
}

function deleteLegacySecret(db: AppDatabase): void {
  if (hasLegacyTable(db)) db.exec('DROP TABLE workflow_secrets');
}
