/**
 * Child process for the cold floor: applies one encoded document state (the file named by the
 * first argument) to a new Y.Doc in a fresh process, JIT cold, and prints the time it took.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';

const update = readFileSync(process.argv[2] ?? '');
const start = performance.now();
Y.applyUpdate(new Y.Doc(), update);
const applyMs = performance.now() - start;
process.stdout.write(`${JSON.stringify({ applyMs })}\n`);
