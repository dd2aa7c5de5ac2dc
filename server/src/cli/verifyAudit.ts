/**
 * Verifies the audit chain of a data directory, read-only, and exits 0 when it is intact,
 * 1 otherwise (broken chain, missing log, unreadable file, bad arguments).
 *
 *   node --import tsx server/src/cli/verifyAudit.ts [--data-dir DIR] [--anchor SEQ:HASH]
 *
 * `--anchor` checks that record SEQ still has HASH: a head printed by an earlier run and kept
 * outside the server, which also catches a rewrite of the whole log and its checkpoint.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { type AuditHead, verifyAuditChain } from '../audit/verifyAuditChain.ts';
import { readEnv } from '../env.ts';

function readAnchor(text: string | undefined): AuditHead | undefined {
  if (text === undefined) return undefined;
  const match = /^([1-9][0-9]{0,15}):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new Error('--anchor must be SEQ:HASH, a record number and 64 hex digits');
  return { seq: Number(match[1]), hash: match[2]! };
}

function main(): number {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, anchor: { type: 'string' } },
    strict: true,
  });
  const anchor = readAnchor(values.anchor);
  const path = resolve(join(values['data-dir'] ?? readEnv().DATA_DIR, 'app.sqlite'));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = verifyAuditChain(db, anchor ? { anchor } : {});
    const out: string[] = [`Audit log ${path}`];
    if (result.ok) {
      out.push(`  OK: ${result.count} records, chain and checkpoint intact.`);
      if (anchor) out.push(`  Record ${anchor.seq} matches the anchor.`);
      if (result.head) {
        out.push(`  Head: record ${result.head.seq}, ${result.head.hash}`);
        out.push(`  Keep it outside the server: --anchor ${result.head.seq}:${result.head.hash}`);
      }
    } else {
      const where = result.firstBrokenSeq === null ? '' : ` at record ${result.firstBrokenSeq}`;
      out.push(`  BROKEN${where} (${result.problem}): ${result.message}.`);
      out.push(`  ${result.count} records verified before the break.`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return result.ok ? 0 : 1;
  } finally {
    db.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`verifyAudit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
