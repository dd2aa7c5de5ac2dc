import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

describe('toolchain', () => {
  it('runs yjs', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, '信访');
    expect(doc.getText('t').toString()).toBe('信访');
  });
});
