/** Arguments every server child script takes. */
export interface ChildArgs {
  /** Directory the server keeps its data in (survives a restart of the child). */
  dataDir: string;
  /** How many documents (cases, for our server) the load will use. */
  docs: number;
  /** Restarting on an existing data dir: create no fixtures. */
  reuse: boolean;
}

/** Parses `--data-dir D --docs N [--reuse]` from the child's argv. */
export function readChildArgs(argv: readonly string[]): ChildArgs {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dataDir = at('--data-dir');
  const docs = Number(at('--docs') ?? '1');
  if (!dataDir) throw new Error('--data-dir is required');
  if (!Number.isInteger(docs) || docs < 1) throw new Error('--docs must be a positive integer');
  return { dataDir, docs, reuse: argv.includes('--reuse') };
}
