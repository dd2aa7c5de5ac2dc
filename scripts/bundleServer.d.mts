/** Bundles `entry` (a TypeScript module) into the ES module `outfile`, workers beside it. */
export function bundleServer(entry: string, outfile: string): Promise<void>;
/** What the start command runs: the bundle of `server/src/main.ts`. */
export const mainBundle: string;
/** Bundles the server's entry into `mainBundle`. */
export function bundleMain(): Promise<void>;
