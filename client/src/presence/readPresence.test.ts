import { describe, expect, it } from 'vitest';
import { readPresence } from './readPresence.ts';

const state = (userId: unknown, name: unknown, extra: Record<string, unknown> = {}) => ({
  user: { userId, name, unit: '市信访局', color: '#1d4ed8', ...extra },
});

describe('readPresence', () => {
  it('lists the other users once each, without this device or this user, by name', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, state('me', '我')],
      [2, state('u-b', '王五')],
      [3, state('u-a', '李四')],
      [4, state('u-b', '王五')],
      [5, state('me', '我')],
    ]);
    expect(readPresence(states, 1, 'me').map((user) => user.userId)).toEqual(['u-a', 'u-b']);
  });

  it('treats peer values as untrusted: no user id is skipped, long text cut, bad colours grey', () => {
    const states = new Map<number, Record<string, unknown>>([
      [2, { cursor: null }],
      [3, state(42, 'x')],
      [4, state('u-c', '长'.repeat(100), { color: 'red; background: url(x)' })],
    ]);
    const [user, ...rest] = readPresence(states, 1, 'me');
    expect(rest).toEqual([]);
    expect(user?.name).toHaveLength(40);
    expect(user?.color).toBe('#4b5563');
  });
});
