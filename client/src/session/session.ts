import { createRoot, createSignal } from 'solid-js';
import * as api from '../api/api.ts';
import type { ApiFailure, Me } from '../api/types.ts';
import { openLocalDatabase } from '../offline/openLocalDatabase.ts';
import {
  closeAllDocuments,
  configureDocuments,
  syncInBackground,
} from '../sync/documentRegistry.ts';
import { syncServerUrl } from '../sync/online.ts';
import { closeOutbox, flushOutbox, openOutbox } from '../sync/outboxStore.ts';
import { loadPendingRooms, pendingRooms, recordPending } from '../sync/pendingRooms.ts';
import { loadUnitDirectory } from '../units/unitDirectory.ts';

/** Where the session stands: checking, signed out, signed in (online) or from the device cache. */
export type SessionState = 'checking' | 'signedOut' | 'online' | 'offline';

const cacheKey = 'lianban.me';
const [me, setMe] = createRoot(() => createSignal<Me | null>(null));
const [sessionState, setSessionState] = createRoot(() => createSignal<SessionState>('checking'));
const [sessionExpired, setSessionExpired] = createRoot(() => createSignal(false));

/** The signed-in user (reactive), how we know, and whether the last session expired. */
export { me, sessionExpired, sessionState };

function cachedMe(): Me | null {
  try {
    const value = JSON.parse(localStorage.getItem(cacheKey) ?? 'null') as Me | null;
    return value && typeof value.userId === 'string' ? value : null;
  } catch {
    return null;
  }
}

function start(user: Me, state: 'online' | 'offline'): void {
  if (me()?.userId !== user.userId) {
    loadPendingRooms(user.userId);
    const db = openLocalDatabase(user.userId);
    openOutbox(db, () => void expire());
    configureDocuments({
      db,
      serverUrl: syncServerUrl(),
      onPending: recordPending,
      onUnauthorized: () => void expire(),
    });
    void loadUnitDirectory();
  }
  setMe(user);
  setSessionExpired(false);
  setSessionState(state);
  if (state === 'online') {
    syncInBackground(Object.keys(pendingRooms()));
    void flushOutbox();
  }
}

/**
 * Finds out who is signed in: asks the server, and when it cannot be reached uses the user
 * remembered on this device so the app (and its offline copies) still opens.
 */
export async function checkSession(): Promise<void> {
  const result = await api.me();
  if (result.ok && typeof result.data?.userId === 'string') {
    localStorage.setItem(cacheKey, JSON.stringify(result.data));
    start(result.data, 'online');
    return;
  }
  const cached = cachedMe();
  if (!result.ok && result.code === 'network' && cached) start(cached, 'offline');
  else setSessionState('signedOut');
}

/** Signs in; resolves to the failure to show, or null on success. */
export async function signIn(username: string, password: string): Promise<ApiFailure | null> {
  const result = await api.login(username, password);
  if (!result.ok) return result;
  await checkSession();
  return null;
}

/** Signs out: ends the server session and forgets the user here; offline copies stay stored. */
export async function signOut(): Promise<void> {
  await api.logout();
  localStorage.removeItem(cacheKey);
  closeOutbox();
  await closeAllDocuments();
  setMe(null);
  setSessionState('signedOut');
}

/** The server no longer knows the session: back to sign-in; stored changes stay. */
async function expire(): Promise<void> {
  if (sessionState() !== 'online') return;
  closeOutbox();
  await closeAllDocuments();
  setMe(null);
  setSessionExpired(true);
  setSessionState('signedOut');
}

/** Re-checks the session when the network comes back (offline → online). */
export function watchConnectivity(): void {
  window.addEventListener('online', () => {
    if (sessionState() === 'offline') void checkSession();
    else if (sessionState() === 'online') {
      syncInBackground(Object.keys(pendingRooms()));
      void flushOutbox();
    }
  });
}
