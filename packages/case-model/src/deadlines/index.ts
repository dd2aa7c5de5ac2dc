export * from './clockEvaluation.ts';
export * from './clockKindLabels.ts';
export * from './clockRun.ts';
export * from './clockStartLabels.ts';
export * from './dayCountingRules.ts';
export * from './evaluateClock.ts';
