import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { eventually, type StockClient } from '../support/stockClient.ts';
import { useSyncServer } from '../support/useSyncServer.ts';

const room = 'case/demo-0001/file';

/** What `observer` currently knows of `subject`'s awareness state. */
function stateSeen(
  observer: StockClient,
  subject: StockClient,
): Record<string, unknown> | undefined {
  return observer.provider.awareness.getStates().get(subject.doc.clientID);
}

/**
 * Presence names who signed in, not who a client claims to be: the server overwrites the
 * identity in every awareness `user` field (user id, name, unit id, unit name) from the session
 * and leaves the other fields as the client set them.
 */
describe('awareness identity', () => {
  const suite = useSyncServer();

  async function join(token: string): Promise<StockClient> {
    const client = suite.connect(room, token);
    await client.synced();
    return client;
  }

  async function userIdOf(token: string): Promise<string> {
    const response = await fetch(`${suite.server().server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as { userId: string }).userId;
  }

  it('a client claiming to be someone else is shown as itself, its other fields intact', async () => {
    const spoofToken = await suite.server().login('handler');
    const spoofer = await join(spoofToken);
    const observer = await join(await suite.server().login('handler2'));
    const cursor = { anchor: { type: null, tname: 'summary', item: null, assoc: 0 }, head: null };
    spoofer.provider.awareness.setLocalState({
      user: {
        userId: await userIdOf(await suite.server().login('supervisor')),
        name: '督查专员 刘洋',
        unitId: 'p-xfj',
        unit: '云岭省信访局',
        color: '#c0392b',
      },
      cursor,
    });
    const shown = {
      user: {
        userId: await userIdOf(spoofToken),
        name: '承办人 李强',
        unitId: 'c1-zj',
        unit: '青川市住房和城乡建设局',
        color: '#c0392b',
      },
      cursor,
    };
    // Poll for a while, then assert (a clear diff if the stamped state never arrives).
    const arrived = () => isDeepStrictEqual(stateSeen(observer, spoofer), shown);
    await eventually(arrived, 'stamped state forwarded', 3_000).catch(() => {});
    expect(stateSeen(observer, spoofer)).toEqual(shown);

    // A newcomer learns the same from the room's full awareness.
    const newcomer = await join(await suite.server().login('unithead'));
    await eventually(() => stateSeen(newcomer, spoofer) !== undefined, 'full awareness', 3_000);
    expect(stateSeen(newcomer, spoofer)).toEqual(shown);
  });
});
