import { describe, expect, it } from 'vitest';
import type { AuditRow } from './auditRecord.ts';
import { genesisHash, hashAuditRow, isHashAvailable, serialiseAuditRow } from './hashAuditRow.ts';

const row: Omit<AuditRow, 'hash'> = {
  seq: 1,
  at: '2026-01-01T00:00:00.000Z',
  action: 'login.failed',
  actor_user_id: null,
  actor_username: '张三',
  actor_unit_id: null,
  actor_role: null,
  source_address: '10.0.0.1',
  case_id: null,
  document: null,
  outcome: 'failed',
  details: '{"reason":"bad-credentials"}',
  algorithm: 'sha256',
  prev_hash: genesisHash,
};

describe('hashAuditRow', () => {
  it('writes the documented serialisation', () => {
    expect(serialiseAuditRow(row)).toBe(
      '["lianban-audit/1",1,"2026-01-01T00:00:00.000Z","login.failed",null,"张三",null,null,"10.0.0.1",null,null,"failed","{\\"reason\\":\\"bad-credentials\\"}","sha256"]',
    );
  });

  // Expected values from `printf '%s%s' "$prev" "$serialisation" | sha256sum` and `openssl dgst -sm3`.
  it('matches SHA-256 computed outside Node', () => {
    expect(hashAuditRow(row)).toBe(
      '3bd6c2e17a85647bf95705a1a3667ec60ae107a48838997901f7246201573442',
    );
  });

  it('matches SM3 computed outside Node', () => {
    expect(isHashAvailable('sm3')).toBe(true);
    expect(hashAuditRow({ ...row, algorithm: 'sm3' })).toBe(
      'a9c85d1cf675cb0250d24a20f76550d0a8f70e3914fe553f27911a1361722798',
    );
  });

  it('changes with every field, including a move between adjacent fields', () => {
    const base = hashAuditRow(row);
    const variants: Omit<AuditRow, 'hash'>[] = [
      { ...row, seq: 2 },
      { ...row, at: '2026-01-01T00:00:00.001Z' },
      { ...row, action: 'login.locked' },
      { ...row, actor_user_id: 'u1' },
      { ...row, actor_username: '张四' },
      { ...row, actor_unit_id: 'unit' },
      { ...row, actor_role: 'admin' },
      { ...row, source_address: '10.0.0.2' },
      { ...row, case_id: 'c1' },
      { ...row, document: 'd' },
      { ...row, outcome: 'denied' },
      { ...row, details: '{}' },
      { ...row, prev_hash: '1'.repeat(64) },
      { ...row, actor_user_id: '', actor_username: null },
      { ...row, case_id: 'a', document: null },
      { ...row, case_id: null, document: 'a' },
    ];
    const hashes = new Set([base, ...variants.map(hashAuditRow)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('refuses algorithms outside the list', () => {
    expect(isHashAvailable('md5')).toBe(false);
    expect(isHashAvailable('sha256')).toBe(true);
  });
});
