import { AuditEntryError } from './auditEntryError.ts';

// Compared against keys lower-cased with separators removed, so `api_key` and `apiKey` both match.
const secretKeyParts = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'credential',
  'authorization',
  'cookie',
  'apikey',
  'privatekey',
  'sessionid',
  '密码',
  '口令',
  '令牌',
  '密钥',
];
const secretKeys = new Set(['pwd', 'pass', 'otp', 'pin']);
// Values that are secrets whatever their key: a bearer header or a password hash.
const secretValue = /^(bearer\s|\$argon2|\$2[aby]\$|\$scrypt\$)/i;

/**
 * Refuses audit details that would store a secret: any key (at any depth) that names a
 * password, token, key or cookie, and string values shaped like a bearer header or a password
 * hash. Over-refusing is deliberate: the caller renames the key, a leaked secret cannot be
 * taken back out of an append-only log.
 */
export function assertNoSecrets(value: unknown, path = '$'): void {
  if (typeof value === 'string') {
    if (secretValue.test(value)) throw refuse(path, 'holds a credential-shaped value');
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) assertNoSecrets(item, `${path}[${index}]`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const normalised = key.toLowerCase().replace(/[\s_.-]/g, '');
    if (secretKeys.has(normalised) || secretKeyParts.some((part) => normalised.includes(part))) {
      throw refuse(`${path}.${key}`, 'names a secret');
    }
    assertNoSecrets(item, `${path}.${key}`);
  }
}

function refuse(path: string, why: string): AuditEntryError {
  return new AuditEntryError(
    'secret-in-details',
    `audit details ${path} ${why}: never log secrets`,
  );
}
