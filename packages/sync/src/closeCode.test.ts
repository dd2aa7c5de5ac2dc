import { describe, expect, it } from 'vitest';
import { CloseCode, closeReason, isTerminalCloseCode } from './closeCode.ts';
import { decodeFailureCloseCode } from './decodeFailureCloseCode.ts';

// y-websocket 3.1.0 src/y-websocket.js `defaultShouldReconnect`, restated.
const stockClientReconnects = (code: number) => !(code >= 4400 && code < 4500);

describe('close codes', () => {
  it('are terminal exactly when a stock client stops reconnecting', () => {
    for (const code of [...Object.values(CloseCode), 1000, 1006, 4399, 4499, 4500, 4599]) {
      expect(isTerminalCloseCode(code)).toBe(!stockClientReconnects(code));
    }
    expect(Object.values(CloseCode).filter(isTerminalCloseCode).sort()).toEqual([
      4400, 4401, 4403, 4413, 4429,
    ]);
  });

  it('each have a short reason', () => {
    for (const code of Object.values(CloseCode)) {
      expect(new TextEncoder().encode(closeReason[code]).length).toBeGreaterThan(0);
      expect(new TextEncoder().encode(closeReason[code]).length).toBeLessThanOrEqual(123);
    }
  });

  it('map decode failures: too-large → 4413, anything else → 4400', () => {
    expect(decodeFailureCloseCode('too-large')).toBe(CloseCode.MessageTooLarge);
    expect(decodeFailureCloseCode('malformed-update')).toBe(CloseCode.BadMessage);
    expect(decodeFailureCloseCode('empty')).toBe(CloseCode.BadMessage);
  });
});
