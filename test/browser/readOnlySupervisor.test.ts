import { readSectionText } from '@lianban/case-model';
import { afterAll, describe, expect, it } from 'vitest';
import { connectStockClient, type StockClient } from '../support/stockClient.ts';
import {
  annotate,
  annotationThread,
  artifactPath,
  documentText,
  eventually,
  highlightedText,
  openCase,
  placeCaretAfter,
  sectionEditor,
  typeText,
  waitForStatus,
} from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

/**
 * The supervisor reads the case file but may not write it. Typing into it changes nothing
 * anywhere: the editor is read-only for them, and a client that did not know (its case
 * detail request failed) has its write refused by the server. Their comments do sync.
 */
describe('a supervisor on the case file', () => {
  const suite = useBrowserSuite();
  const stockClients: StockClient[] = [];

  afterAll(async () => {
    for (const client of stockClients) {
      client.destroy();
      client.doc.destroy(); // and with it the awareness timer
    }
  }, 30_000);

  /** The facts as a fresh stock y-websocket client gets them from the server. */
  const factsOnServer = async (): Promise<string> => {
    const client = connectStockClient(
      suite.server.syncUrl,
      'case/demo-0001/file',
      await suite.server.login('handler'),
    );
    stockClients.push(client);
    await client.synced();
    return readSectionText(client.doc, 'facts');
  };

  it('cannot change the file, and their annotation reaches the handler', async () => {
    const handler = await suite.signIn('handler');
    const supervisor = await suite.signIn('supervisor');
    const h = handler.page;
    const s = supervisor.page;
    await openCase(h, 'demo-0001');
    const sentence = '经现场核实，安置房主体已完工，尚未通过竣工验收。';
    await sectionEditor(h, '事实与调查').click();
    await typeText(h, sentence);
    await waitForStatus(h, /^已同步/);

    await openCase(s, 'demo-0001');
    const facts = s.getByRole('textbox', { name: '事实与调查正文（只读）', exact: true });
    await eventually(
      () => documentText(s, '事实与调查'),
      (t) => t === sentence,
      'S reads',
    );
    await s.getByText('您对本案卷宗只有查看权限。').waitFor();
    expect(await facts.getAttribute('contenteditable')).toBe('false');
    expect(await facts.getAttribute('aria-readonly')).toBe('true');

    // Typing into the read-only editor: nothing happens, here or anywhere.
    await facts.click();
    await placeCaretAfter(s, '事实与调查', '尚未通过竣工验收');
    await s.keyboard.type('督查补充', { delay: 15 });
    await s.keyboard.press('Enter');
    await s.keyboard.press('Backspace');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await documentText(s, '事实与调查')).toBe(sentence);
    expect(await documentText(h, '事实与调查')).toBe(sentence);
    expect(await factsOnServer()).toBe(sentence);
    await waitForStatus(s, /^已同步/);

    // The supervisor's comment on the read-only text reaches the handler, on the same words.
    const quote = '尚未通过竣工验收';
    const comment = '请核实竣工验收进度，本周内报送。';
    const threadId = await annotate(s, '事实与调查', quote, comment);
    await waitForStatus(s, /^已同步/);
    await annotationThread(h, quote).getByText(comment).waitFor();
    await annotationThread(h, quote)
      .getByText(/督查专员 刘洋/)
      .waitFor();
    await eventually(
      () => highlightedText(h, '事实与调查', threadId),
      (text) => text === quote,
      "the supervisor's highlight in the handler's page",
    );
    await s.screenshot({ path: artifactPath('supervisor-read-only'), fullPage: true });

    // A supervisor client that never learnt it is read-only (its case detail request fails):
    // the editor takes the keystrokes, the server refuses them, the client says so.
    const unaware = await suite.signIn('supervisor');
    const u = unaware.page;
    await u.route('**/api/cases/demo-0001', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    await openCase(u, 'demo-0001');
    const editable = u.getByRole('textbox', { name: '事实与调查正文', exact: true });
    await eventually(
      () => documentText(u, '事实与调查'),
      (t) => t === sentence,
      'U reads',
    );
    expect(await editable.getAttribute('contenteditable')).toBe('true');
    await placeCaretAfter(u, '事实与调查', sentence);
    await typeText(u, '督查越权修改');
    const refusal = u.getByRole('alert').filter({ hasText: '服务器拒绝了本机的修改' });
    await refusal.waitFor();
    await u.getByRole('textbox', { name: '事实与调查正文（只读）', exact: true }).waitFor();
    // Only the refused client holds its text (the editor locked after the first refusal, so
    // the rest of the keystrokes went nowhere); the handler and the server never do.
    const local = await documentText(u, '事实与调查');
    expect(local.startsWith(`${sentence}督`)).toBe(true);
    expect(`${sentence}督查越权修改`.startsWith(local)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await documentText(h, '事实与调查')).toBe(sentence);
    expect(await factsOnServer()).toBe(sentence);
    await u.screenshot({ path: artifactPath('supervisor-write-refused'), fullPage: true });

    // Discarding the local copy brings the server's text back.
    await refusal.getByRole('button', { name: '放弃本机的修改并重新载入' }).click();
    await eventually(
      () => documentText(u, '事实与调查').catch(() => ''),
      (t) => t === sentence,
      'the local copy discarded',
    );
    expect([...handler.pageErrors, ...supervisor.pageErrors, ...unaware.pageErrors]).toEqual([]);
  }, 60_000);
});
