export { startServer, type RunningServer, type ServerOptions } from './startServer.ts';
export type { Fixtures } from './seed/fixtures.ts';
export { demoPassword, demoUsers } from './seed/demoOrganisation.ts';
