export type * from './caseViews.ts';
export type * from './inboxViews.ts';
export type * from './repeatCandidate.ts';
