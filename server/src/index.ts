export { composeServer, type ServerParts } from './composeServer.ts';
export { demoPassword, demoUsers } from './seed/demoOrganisation.ts';
export type { Fixtures } from './seed/fixtures.ts';
export { type RunningServer, type ServerOptions, startServer } from './startServer.ts';
