export * from './scoreRepeat.ts';
export * from './sharedAccused.ts';
export * from './sharedPetitioner.ts';
export * from './textSimilarity.ts';
