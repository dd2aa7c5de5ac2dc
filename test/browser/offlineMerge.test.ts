import { describe, expect, it } from 'vitest';
import {
  annotate,
  annotationThread,
  artifactPath,
  documentText,
  ensureServiceWorker,
  eventually,
  goOffline,
  goOnline,
  highlightedText,
  openCase,
  placeCaretAfter,
  sectionEditor,
  syncStatus,
  typeText,
  waitForStatus,
} from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

/**
 * Field work with no network: 李强 goes offline, writes and comments on a sentence, reloads
 * the page still offline and finds it all (service worker + PouchDB), while 赵敏 edits the same
 * paragraph online. Back online, both pages hold the same merged text and the comment still
 * covers the words it was made on.
 */
describe('offline edits and annotations survive a reload and merge on reconnect', () => {
  const suite = useBrowserSuite();

  it('keeps every offline edit through a reload and merges them with the peer', async () => {
    const handler = await suite.signIn('handler');
    const handler2 = await suite.signIn('handler2');
    const a = handler.page;
    const b = handler2.page;
    await Promise.all([openCase(a, 'demo-0001'), openCase(b, 'demo-0001')]);
    // The app shell must come from the service worker for an offline reload.
    await ensureServiceWorker(a);
    await sectionEditor(a, '事实与调查').waitFor();

    const sentence = '经现场核实，安置房主体已完工，尚未通过竣工验收。';
    await sectionEditor(a, '事实与调查').click();
    await typeText(a, sentence);
    await eventually(
      () => documentText(b, '事实与调查'),
      (t) => t === sentence,
      'B sees A',
    );
    await Promise.all([waitForStatus(a, /^已同步/), waitForStatus(b, /^已同步/)]);

    // 李强 goes offline: no socket left open, the status says so.
    await goOffline(handler);
    const addedOffline = '开发单位承诺于年底前交房。';
    await placeCaretAfter(a, '事实与调查', sentence);
    await typeText(a, addedOffline);
    const quote = '安置房主体已完工';
    const comment = '请补充竣工验收的预计时间。';
    const threadId = await annotate(a, '事实与调查', quote, comment);
    await waitForStatus(a, /^离线（[1-9]\d* 条待同步）/);

    // Meanwhile 赵敏 inserts words into the same paragraph, right before the commented range.
    await placeCaretAfter(b, '事实与调查', '经现场核实，');
    await typeText(b, '幸福小区');
    await waitForStatus(b, /^已同步/);
    // Nothing of the offline work has leaked to her.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await documentText(b, '事实与调查')).toBe(
      '经现场核实，幸福小区安置房主体已完工，尚未通过竣工验收。',
    );
    expect(await annotationThread(b, quote).count()).toBe(0);
    expect(await documentText(a, '事实与调查')).toBe(sentence + addedOffline);

    // Reload with no network: the shell comes from the service worker, the text from PouchDB.
    await a.reload();
    await eventually(
      () => documentText(a, '事实与调查').catch(() => ''),
      (text) => text === sentence + addedOffline,
      'offline edits restored after the reload',
    );
    await a.getByText('离线模式：显示本机保存的登录信息。').waitFor();
    await annotationThread(a, quote).waitFor();
    await expect(annotationThread(a, quote).getByText(comment).count()).resolves.toBe(1);
    await eventually(
      () => highlightedText(a, '事实与调查', threadId),
      (text) => text === quote,
      'the highlight after the offline reload',
    );
    // Counted as changes, not keystrokes: the typed sentence and the annotation (its thread,
    // written in the notes a few seconds later) make two or three, never one per character.
    expect(await syncStatus(a)).toMatch(/^离线（[23] 条待同步）$/);
    expect(
      await a.evaluate(
        () => (globalThis as unknown as { navigator: { onLine: boolean } }).navigator.onLine,
      ),
    ).toBe(false);
    await a.screenshot({ path: artifactPath('offline-after-reload'), fullPage: true });

    // Back online: both converge on one text, and the comment covers the same words.
    await goOnline(handler);
    const merged = `经现场核实，幸福小区安置房主体已完工，尚未通过竣工验收。${addedOffline}`;
    await Promise.all([
      eventually(
        () => documentText(a, '事实与调查'),
        (t) => t === merged,
        'A merged',
        20_000,
      ),
      eventually(
        () => documentText(b, '事实与调查'),
        (t) => t === merged,
        'B merged',
        20_000,
      ),
    ]);
    await Promise.all([waitForStatus(a, /^已同步/), waitForStatus(b, /^已同步/)]);
    await annotationThread(b, quote).waitFor();
    for (const page of [a, b]) {
      await eventually(
        () => highlightedText(page, '事实与调查', threadId),
        (text) => text === quote,
        'the highlight covers the commented words',
      );
    }
    await expect(annotationThread(b, quote).getByText(comment).count()).resolves.toBe(1);
    await b.screenshot({ path: artifactPath('back-online-merged'), fullPage: true });
    expect([...handler.pageErrors, ...handler2.pageErrors]).toEqual([]);
  }, 60_000);
});
