import { describe, expect, it } from 'vitest';
import { documentAccessOf } from './documentAccess.ts';

describe('documentAccessOf', () => {
  const room = 'case/demo-0001/file';

  it('reads a list of documents by room name or kind', () => {
    const detail = {
      caseId: 'demo-0001',
      documents: [
        { name: room, kind: 'file', access: 'read' },
        { kind: 'notes', access: 'write' },
      ],
    };
    expect(documentAccessOf(detail, room, 'file')).toBe('read');
    expect(documentAccessOf(detail, 'case/demo-0001/notes', 'notes')).toBe('write');
  });

  it('reads a map by kind', () => {
    expect(documentAccessOf({ caseId: 'x', documents: { file: 'write' } }, room, 'file')).toBe(
      'write',
    );
  });

  it('says nothing when the answer has no documents or an unknown access', () => {
    expect(documentAccessOf(null, room, 'file')).toBeUndefined();
    expect(documentAccessOf({ caseId: 'x' }, room, 'file')).toBeUndefined();
    expect(documentAccessOf({ caseId: 'x', documents: { file: 'admin' } }, room, 'file')).toBe(
      undefined,
    );
  });
});
