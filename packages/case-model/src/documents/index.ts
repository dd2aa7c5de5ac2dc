export * from './roomName.ts';
