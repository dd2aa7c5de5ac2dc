import { describe, expect, it } from 'vitest';
import { computeSyncStatus, type DocumentSyncState } from './computeSyncStatus.ts';

const synced: DocumentSyncState = { connection: 'connected', received: true, pending: 0 };

describe('computeSyncStatus', () => {
  it('is synced when every document is connected, received and confirmed', () => {
    expect(computeSyncStatus([synced, synced], 0, true)).toEqual({ kind: 'synced' });
    expect(computeSyncStatus([], 0, true)).toEqual({ kind: 'synced' });
  });

  it('is offline with the total of waiting changes when any connection is down', () => {
    const down: DocumentSyncState = { connection: 'offline', received: false, pending: 2 };
    expect(computeSyncStatus([down, { ...synced, pending: 1 }], 4, true)).toEqual({
      kind: 'offline',
      pending: 7,
    });
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
});
