import { describe, expect, it } from 'vitest';
import { computeSyncStatus, type DocumentStatusInput } from './computeSyncStatus.ts';

const synced: DocumentStatusInput = {
  connection: 'connected',
  received: true,
  pending: 0,
  refused: false,
};

describe('computeSyncStatus', () => {
  it('is synced when every document is connected, received and confirmed', () => {
    expect(computeSyncStatus([synced, synced], 0, true)).toEqual({ kind: 'synced' });
    expect(computeSyncStatus([], 0, true)).toEqual({ kind: 'synced' });
  });

  it('is offline with the total of waiting changes when any connection is down', () => {
    const down: DocumentStatusInput = { ...synced, connection: 'offline', received: false };
    expect(
      computeSyncStatus(
        [
          { ...down, pending: 2 },
          { ...synced, pending: 1 },
        ],
        4,
        true,
      ),
    ).toEqual({ kind: 'offline', pending: 7 });
  });

  it('is offline when the browser says so, even with nothing open', () => {
    expect(computeSyncStatus([], 3, false)).toEqual({ kind: 'offline', pending: 3 });
  });

  it('is syncing while connecting, before the server state arrived, or while unconfirmed', () => {
    expect(computeSyncStatus([{ ...synced, connection: 'connecting' }], 0, true).kind).toBe(
      'syncing',
    );
    expect(computeSyncStatus([{ ...synced, received: false }], 0, true).kind).toBe('syncing');
    expect(computeSyncStatus([{ ...synced, pending: 1 }], 0, true)).toEqual({
      kind: 'syncing',
      pending: 1,
    });
    expect(computeSyncStatus([synced], 2, true)).toEqual({ kind: 'syncing', pending: 2 });
  });

  it('shows changes the server refused as refused, not as a sync that never ends', () => {
    const readOnly: DocumentStatusInput = { ...synced, pending: 3, refused: true };
    expect(computeSyncStatus([readOnly, { ...synced, pending: 1 }], 2, true)).toEqual({
      kind: 'refused',
      pending: 3,
      waiting: 3,
    });
  });

  it('does not call the device offline because a refused document was closed', () => {
    const closed: DocumentStatusInput = {
      connection: 'offline',
      received: false,
      pending: 2,
      refused: true,
    };
    expect(computeSyncStatus([closed, synced], 0, true)).toEqual({
      kind: 'refused',
      pending: 2,
      waiting: 0,
    });
    expect(computeSyncStatus([{ ...closed, pending: 0 }, synced], 0, true)).toEqual({
      kind: 'synced',
    });
  });

  it('still counts refused changes among those waiting when the device is offline', () => {
    const refused: DocumentStatusInput = { ...synced, pending: 2, refused: true };
    expect(computeSyncStatus([refused, { ...synced, pending: 1 }], 0, false)).toEqual({
      kind: 'offline',
      pending: 3,
    });
  });
});
