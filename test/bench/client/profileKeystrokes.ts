/**
 * Where a keystroke's main-thread time goes: types in the facts of a case file of 200 pages (as
 * the client bench seeds it) under Chrome's sampling profiler, prints the functions with the most
 * self and total time, and writes the .cpuprofile (open it in DevTools' Performance panel).
 * Chromium's own work shows here only as "(program)": traceKeystrokes.ts breaks it down.
 * Build the client unminified for readable names:
 *   (cd client && node_modules/.bin/vite build --minify false --outDir /tmp/lianban-unminified)
 * Run: node --import tsx test/bench/client/profileKeystrokes.ts [--keys N] [--client-dir DIR]
 *      [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../../browser/support/browser.ts';
import { startTestServer } from '../../support/testServer.ts';
import { progress, sleep } from './benchPage.ts';
import { openLargeFactsForTyping } from './largeFactsPage.ts';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples?: number[];
  readonly timeDeltas?: number[];
}

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const keys = Number(option('keys') ?? 40);
const clientDir = option('client-dir');
const out = option('out') ?? `keystrokes-${Date.now()}.cpuprofile`;

/** Self and total (inclusive) milliseconds per function, over the whole profile. */
function timePerFunction(profile: CpuProfile): {
  self: Map<string, number>;
  total: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = ({ callFrame: f }: ProfileNode) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    let node = byId.get(id);
    if (node) add(self, name(node), ms);
    const counted = new Set<string>(); // recursion counts once
    for (; node; node = byId.get(parent.get(node.id) ?? -1)) {
      if (counted.has(name(node))) continue;
      counted.add(name(node));
      add(total, name(node), ms);
    }
  });
  return { self, total };
}

const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${(ms / keys).toFixed(2).padStart(7)} ms/key  ${key}`)
    .join('\n');

const server = await startTestServer(clientDir ? { CLIENT_DIR: clientDir } : {});
const browser = await launchChromium();
try {
  const page = await openLargeFactsForTyping(server, browser, 200);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  progress(`typing ${keys} keys (Latin and Chinese in turn) under the profiler`);
  for (let i = 0; i < keys; i++) {
    if (i % 2) await page.keyboard.insertText('信');
    else await page.keyboard.press('a');
    await sleep(100);
  }
  await sleep(500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(out, JSON.stringify(profile));
  const { self, total } = timePerFunction(profile);
  process.stdout.write(`## Self time\n${top(self, 30)}\n\n## Total time\n${top(total, 60)}\n`);
  process.stdout.write(`\nProfile: ${out}\n`);
  await page.context().close();
} finally {
  await browser.close();
  await server.stop();
}
