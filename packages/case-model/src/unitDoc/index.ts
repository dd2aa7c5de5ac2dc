export * from './opinion.ts';
export * from './unitMeta.ts';
