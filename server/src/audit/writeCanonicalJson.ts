import { AuditEntryError } from './auditEntryError.ts';

const maxDepth = 16;

/**
 * Canonical JSON of a plain value: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as `JSON.stringify` writes them (the RFC 8785 rules for these inputs).
 * Object members whose value is `undefined` are left out; anything JSON cannot carry exactly
 * (non-finite numbers, bigint, functions, symbols, class instances, `undefined` in arrays) is
 * refused, so two different values never share one text.
 */
export function writeCanonicalJson(value: unknown): string {
  return write(value, 0, '$');
}

function write(value: unknown, depth: number, path: string): string {
  if (depth > maxDepth) throw refuse(path, `nested deeper than ${maxDepth}`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw refuse(path, 'is not a finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => {
      if (item === undefined) throw refuse(`${path}[${index}]`, 'is undefined');
      return write(item, depth + 1, `${path}[${index}]`);
    });
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw refuse(path, 'is not a plain object');
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], depth + 1, `${path}.${key}`)}`);
    return `{${members.join(',')}}`;
  }
  throw refuse(path, `is a ${typeof value}`);
}

function refuse(path: string, why: string): AuditEntryError {
  return new AuditEntryError('details-not-json', `audit details ${path} ${why}`);
}
