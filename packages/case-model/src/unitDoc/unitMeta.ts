import type * as Y from 'yjs';
import { isDocumentId } from '../documents/roomName.ts';
import { isIsoInstant } from '../schema/isoInstant.ts';
import { CURRENT_SCHEMA_VERSION, META_MAP, writeSchemaVersion } from '../schema/schemaVersion.ts';

/** The handler who signed a unit's countersign opinion. */
export interface Signer {
  readonly userId: string;
  readonly name: string;
}

/** Who the unit document belongs to and whether its opinion is signed. */
export interface UnitMeta {
  readonly unitId: string;
  readonly signedBy?: Signer;
  /** ISO instant, given by the caller. */
  readonly signedAt?: string;
}

/**
 * Creates a unit's countersign document (会签意见): records the unit and stamps the schema
 * version. Safe to run on several replicas at once (they write the same values); throws if the
 * document belongs to another unit.
 */
export function createUnitDocument(doc: Y.Doc, unitId: string): void {
  if (!isDocumentId(unitId)) throw new RangeError(`invalid unit id ${JSON.stringify(unitId)}`);
  const meta = doc.getMap<unknown>(META_MAP);
  const existing = meta.get('unitId');
  if (existing !== undefined && existing !== unitId) {
    throw new Error(`this document belongs to unit ${String(existing)}`);
  }
  doc.transact(() => {
    if (existing === undefined) meta.set('unitId', unitId);
    writeSchemaVersion(doc, CURRENT_SCHEMA_VERSION);
  });
}

/** Reads the unit document's metadata, or `null` if it was not created (or is malformed). */
export function readUnitMeta(doc: Y.Doc): UnitMeta | null {
  const meta = doc.getMap<unknown>(META_MAP);
  const unitId = meta.get('unitId');
  if (!isDocumentId(unitId)) return null;
  const signedBy = meta.get('signedBy');
  const signedAt = meta.get('signedAt');
  if (!isSigner(signedBy) || !isIsoInstant(signedAt)) return { unitId };
  return { unitId, signedBy: { userId: signedBy.userId, name: signedBy.name }, signedAt };
}

/**
 * Signs the opinion. Signer and time are written in one transaction; concurrent signatures
 * settle on one signer with its own time on every replica.
 */
export function signOpinion(doc: Y.Doc, signer: Signer, at: string): void {
  if (!isSigner(signer) || !isIsoInstant(at)) throw new TypeError('malformed signer or time');
  if (readUnitMeta(doc) === null) throw new Error('the unit document has not been created');
  const meta = doc.getMap<unknown>(META_MAP);
  doc.transact(() => {
    meta.set('signedBy', { userId: signer.userId, name: signer.name });
    meta.set('signedAt', at);
  });
}

/** Withdraws the signature, e.g. when the opinion is edited again after signing. */
export function clearSignature(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(META_MAP);
  doc.transact(() => {
    if (meta.has('signedBy')) meta.delete('signedBy');
    if (meta.has('signedAt')) meta.delete('signedAt');
  });
}

function isSigner(value: unknown): value is Signer {
  if (typeof value !== 'object' || value === null) return false;
  const { userId, name } = value as Record<string, unknown>;
  return typeof userId === 'string' && userId !== '' && typeof name === 'string';
}
