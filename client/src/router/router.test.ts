import { describe, expect, it } from 'vitest';
import { matchRoute } from './router.ts';

describe('matchRoute', () => {
  it('reads the routes of the app', () => {
    expect(matchRoute('/')).toEqual({ name: 'inbox' });
    expect(matchRoute('/cases')).toEqual({ name: 'cases' });
    expect(matchRoute('/register')).toEqual({ name: 'register' });
    expect(matchRoute('/login')).toEqual({ name: 'login' });
    expect(matchRoute('/cases/demo-0001')).toEqual({ name: 'case', caseId: 'demo-0001' });
    expect(matchRoute('/cases/demo-0001/')).toEqual({ name: 'case', caseId: 'demo-0001' });
  });

  it('refuses ids that are not document ids', () => {
    expect(matchRoute('/cases/a%2Fb')).toEqual({ name: 'notFound' });
    expect(matchRoute('/elsewhere')).toEqual({ name: 'notFound' });
  });
});
