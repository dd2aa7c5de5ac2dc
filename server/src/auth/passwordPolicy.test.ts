import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './passwordPolicy.ts';

const context = { username: 'lihua', current: 'Old-password-2026' };

describe('checkNewPassword', () => {
  it('accepts a long password of three character classes', () => {
    expect(checkNewPassword('Spring-river-2027', context)).toBeNull();
  });

  it('refuses short, simple, username-bearing and unchanged passwords', () => {
    expect(checkNewPassword('Ab-1', context)).toBe('too-short');
    expect(checkNewPassword('abcdefghijklmnop', context)).toBe('too-simple');
    expect(checkNewPassword('LiHua-2027-abcdef', context)).toBe('contains-username');
    expect(checkNewPassword('Old-password-2026', context)).toBe('unchanged');
  });
});
