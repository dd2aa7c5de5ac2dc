/**
 * Child process for the cold floor: applies one encoded document state (the file named by the
 * first argument) to a new Y.Doc in a fresh process, JIT cold, and prints the time it took. The
 * doc listens for updates, as a syncing client's does (see `applyState`).
 */
import { readFileSync } from 'node:fs';
import { applyState } from './applyState.ts';

const { ms } = applyState(new Uint8Array(readFileSync(process.argv[2] ?? '')));
process.stdout.write(`${JSON.stringify({ applyMs: ms })}\n`);
