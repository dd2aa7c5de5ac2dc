import { createRoot, createSignal } from 'solid-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadUnitDirectory } from './unitDirectory.ts';
import { createUnitPeople, peopleNamed } from './unitPeople.ts';

const people = [
  { userId: 'u-chen', name: '陈军' },
  { userId: 'u-li', name: '李强' },
  { userId: 'u-li2', name: '李强' },
];

describe('peopleNamed', () => {
  it('finds the people whose display name is exactly the typed name', () => {
    expect(peopleNamed(people, ' 陈军 ')).toEqual([people[0]]);
    expect(peopleNamed(people, '李强')).toEqual([people[1], people[2]]);
    expect(peopleNamed(people, '陈')).toEqual([]);
    expect(peopleNamed(people, '')).toEqual([]);
  });
});

describe('createUnitPeople', () => {
  const asked: string[] = [];
  beforeAll(async () => {
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      const body =
        path === '/api/units'
          ? {
              units: [
                {
                  id: 'k1-zj',
                  name: '河东区住建局',
                  level: 'county',
                  divisionCode: '990102',
                  parentId: null,
                },
              ],
            }
          : { people };
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    });
    await loadUnitDirectory();
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the people of a directory unit only, and empties when the unit changes', async () => {
    const [unitId, setUnitId] = createSignal('');
    const { listed, dispose } = createRoot((dispose) => ({
      listed: createUnitPeople(unitId),
      dispose,
    }));
    setUnitId('河东');
    await vi.waitFor(() => expect(asked).toEqual(['/api/units']));
    setUnitId('k1-zj');
    await vi.waitFor(() => expect(listed()).toEqual(people));
    expect(asked).toEqual(['/api/units', '/api/units/k1-zj/people']);
    setUnitId('');
    expect(listed()).toEqual([]);
    dispose();
  });
});
