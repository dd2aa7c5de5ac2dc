export * from './adminLevel.ts';
export * from './category.ts';
export * from './channel.ts';
export * from './label.ts';
export * from './matterClass.ts';
export * from './outcome.ts';
export * from './role.ts';
