export * from './anchor.ts';
export * from './createAnchor.ts';
export * from './resolveAnchor.ts';
