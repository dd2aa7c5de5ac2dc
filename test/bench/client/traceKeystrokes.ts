/**
 * Where a keystroke's main-thread time goes inside Chromium (the JS profiler shows it only as
 * "(program)"): types in the facts of a case file of `--pages` pages (as the client bench seeds
 * it) under a Chrome trace, and prints the renderer main thread's tasks by kind (the keystroke's
 * event task, the frame, timers…) and the Blink phases that cost most, per key.
 * Run: node --import tsx test/bench/client/traceKeystrokes.ts [--keys N] [--pages N]
 *      [--client-dir DIR]
 */
import { launchChromium } from '../../browser/support/browser.ts';
import { startTestServer } from '../../support/testServer.ts';
import { progress, sleep } from './benchPage.ts';
import { openLargeFactsForTyping } from './largeFactsPage.ts';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { name?: string; data?: { type?: string } };
}

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const keys = option('keys', 40);
const pages = option('pages', 200);
const clientDirIndex = argv.indexOf('--client-dir');
const clientDir = clientDirIndex >= 0 ? argv[clientDirIndex + 1] : undefined;

/** Blink phases worth watching per keystroke (durations include what runs inside them). */
const phases = [
  'TypingCommand::InsertText',
  'Document::UpdateStyleAndLayout',
  'Layout',
  'IntersectionObserverController::computeIntersections',
  'LocalFrameView::RunPaintLifecyclePhase',
  'FrameSelection::SetSelection',
  'FunctionCall',
];

/** What a main-thread task mostly was: an input event, a frame, a timer or other work. */
function kindOf(task: TraceEvent, inside: readonly TraceEvent[]): string {
  const event = inside.find((e) => e.name === 'EventDispatch');
  if (event) return `event ${event.args?.data?.type ?? '?'}`;
  if (inside.some((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle')) return 'frame';
  if (inside.some((e) => e.name === 'TimerFire')) return 'timer';
  return task.dur && task.dur > 1000 ? 'other (≥ 1 ms)' : 'other';
}

function summarize(events: readonly TraceEvent[]): string {
  const thread = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const complete = events
    .filter((e) => e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid)
    .sort((a, b) => a.ts - b.ts);
  const kinds = new Map<string, { count: number; ms: number }>();
  let next = 0;
  for (const task of complete.filter((e) => e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    while (next < complete.length && complete[next]!.ts < task.ts) next++;
    const inside: TraceEvent[] = [];
    for (let i = next; i < complete.length && complete[i]!.ts <= end; i++)
      if (complete[i] !== task) inside.push(complete[i]!);
    const kind = kindOf(task, inside);
    const entry = kinds.get(kind) ?? { count: 0, ms: 0 };
    kinds.set(kind, { count: entry.count + 1, ms: entry.ms + (task.dur ?? 0) / 1000 });
  }
  const rows = [...kinds]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([kind, { count, ms }]) =>
        `${(ms / keys).toFixed(2).padStart(7)} ms/key  ${kind} (${count} tasks, ${(ms / count).toFixed(2)} ms each)`,
    );
  const phaseRows = phases.map((phase) => {
    const ms = complete
      .filter((e) => e.name === phase)
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    return `${(ms / keys).toFixed(2).padStart(7)} ms/key  ${phase}`;
  });
  return `## Main-thread tasks\n${rows.join('\n')}\n\n## Blink phases\n${phaseRows.join('\n')}\n`;
}

const server = await startTestServer(clientDir ? { CLIENT_DIR: clientDir } : {});
const browser = await launchChromium();
try {
  const page = await openLargeFactsForTyping(server, browser, pages);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink',
    transferMode: 'ReportEvents',
  });
  progress(`typing ${keys} keys (Latin and Chinese in turn) under a trace, ${pages} pages`);
  for (let i = 0; i < keys; i++) {
    if (i % 2) await page.keyboard.insertText('信');
    else await page.keyboard.press('a');
    await sleep(100);
  }
  await sleep(300);
  await cdp.send('Tracing.end');
  await complete;
  process.stdout.write(summarize(events));
  await page.context().close();
} finally {
  await browser.close();
  await server.stop();
}
