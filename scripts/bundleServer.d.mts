/** Bundles `entry` (a TypeScript module) into the ES module `outfile`, workers beside it. */
export function bundleServer(entry: string, outfile: string): Promise<void>;
