import { describe, expect, it } from 'vitest';
import {
  artifactPath,
  type BrowserUser,
  caretLabels,
  documentText,
  eventually,
  placeCaretAfter,
  sectionEditor,
  typeText,
  waitForStatus,
} from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

/**
 * Two handlers of the co-handled case demo-0001, each in a browser of their own, write in the
 * same section: each sees the other's text, and the other's caret labelled with their name.
 */
describe('co-editing a section in two browsers', () => {
  const suite = useBrowserSuite();

  it("shows each user the other's text and caret", async () => {
    const handler: BrowserUser = await suite.signIn('handler');
    const handler2: BrowserUser = await suite.signIn('handler2');
    const a = handler.page;
    const b = handler2.page;

    // The start page (inbox) lists the case (once per running deadline); so does the case list,
    // from which A opens it.
    const title = '河东区幸福小区拆迁安置补偿未落实';
    await a.getByRole('link', { name: title }).first().waitFor();
    await a.screenshot({ path: artifactPath('inbox'), fullPage: true });
    await a.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件' }).click();
    await a.waitForURL('**/cases');
    const caseLink = a.getByRole('table').getByRole('link', { name: title });
    await caseLink.waitFor();
    await a.screenshot({ path: artifactPath('case-list'), fullPage: true });
    await caseLink.click();
    await a.waitForURL('**/cases/demo-0001');
    await b.getByRole('link', { name: title }).first().click();
    const factsA = sectionEditor(a, '事实与调查');
    const factsB = sectionEditor(b, '事实与调查');
    await Promise.all([factsA.waitFor(), factsB.waitFor()]);
    expect(await factsA.getAttribute('contenteditable')).toBe('true');
    await Promise.all([waitForStatus(a, /^已同步/), waitForStatus(b, /^已同步/)]);

    // 李强 writes the first sentence of the facts.
    const first = '经现场核实，安置房主体已完工，尚未通过竣工验收。';
    await factsA.click();
    await typeText(a, first);
    await eventually(
      () => documentText(b, '事实与调查'),
      (text) => text === first,
      'B sees A',
    );

    // 赵敏 continues the same paragraph.
    const second = '开发单位承诺于年底前交房。';
    await placeCaretAfter(b, '事实与调查', first);
    await typeText(b, second);
    await eventually(
      () => documentText(a, '事实与调查'),
      (text) => text === first + second,
      'A sees B after its own sentence',
    );
    expect(await documentText(b, '事实与调查')).toBe(first + second);

    // Carets: each page shows the other's, labelled "name · unit", in the facts editor.
    await placeCaretAfter(a, '事实与调查', '安置房主体已完工');
    await eventually(
      () => caretLabels(b, '事实与调查'),
      (labels) => labels.includes('承办人 李强 · 青川市住房和城乡建设局'),
      "A's caret in B's page",
    );
    await eventually(
      () => caretLabels(a, '事实与调查'),
      (labels) => labels.includes('承办人 赵敏 · 青川市自然资源局'),
      "B's caret in A's page",
    );
    // Screen readers hear the page's list of who is here, not the caret labels in the text.
    const present = a.getByRole('region', { name: '正在查看本案的其他人员' });
    await present
      .getByRole('listitem')
      .filter({ hasText: '承办人 赵敏 · 青川市自然资源局' })
      .waitFor();
    expect(await present.getByRole('listitem').count()).toBe(1);
    expect(await a.locator('.collab-caret').first().getAttribute('aria-hidden')).toBe('true');
    // Only the other's caret: nobody sees their own.
    expect(await caretLabels(a, '事实与调查')).toEqual(['承办人 赵敏 · 青川市自然资源局']);
    expect(await caretLabels(b, '事实与调查')).toEqual(['承办人 李强 · 青川市住房和城乡建设局']);
    // The caret sits where 赵敏 stopped typing: right after her sentence.
    const caretContext = await a
      .locator('.collab-caret')
      .evaluate(
        (caret) =>
          `${caret.previousSibling?.textContent ?? ''}|${caret.nextSibling?.textContent ?? ''}`,
      );
    expect(caretContext.split('|')[0]).toMatch(/交房。$/);

    await Promise.all([waitForStatus(a, /^已同步/), waitForStatus(b, /^已同步/)]);
    await a.screenshot({ path: artifactPath('case-page-co-editing'), fullPage: true });
    expect([...handler.pageErrors, ...handler2.pageErrors]).toEqual([]);
  }, 60_000);
});
