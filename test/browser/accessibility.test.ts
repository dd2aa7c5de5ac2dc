import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  artifactPath,
  type BrowserUser,
  openCase,
  sectionEditor,
  waitForStatus,
} from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The screens the issue names: a laptop and a tablet (portrait, touch). */
const screens = {
  laptop: { width: 1366, height: 768 },
  tablet: { width: 768, height: 1024, touch: true },
} as const;

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly where: string[];
}

/** WCAG 2.1 A and AA findings of axe-core on the page as it stands, serious or critical only. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        where: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
}

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      }
    ).document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/** What the focused element is, as a screen reader would name it. */
function focused(page: Page): Promise<{ role: string; name: string; inEditor: boolean }> {
  return page.evaluate(() => {
    const element = (
      globalThis as unknown as {
        document: {
          activeElement: {
            tagName: string;
            getAttribute(name: string): string | null;
            closest(selector: string): unknown;
            textContent: string | null;
          } | null;
        };
      }
    ).document.activeElement;
    if (!element) return { role: '', name: '', inEditor: false };
    return {
      role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
      inEditor: element.closest('.ProseMirror') !== null,
    };
  });
}

/**
 * The pages an official uses, on a laptop and on a tablet: no serious or critical WCAG 2.1 AA
 * finding from axe-core, nothing wider than the screen, and the case page's editor and workflow
 * acts reachable with the Tab key alone.
 */
describe('for people: accessible on a laptop and a tablet', () => {
  const suite = useBrowserSuite();
  const users: BrowserUser[] = [];

  it('has an accessible login page', async () => {
    const context = await suite.browser.newContext({
      baseURL: suite.server.server.url,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('用户名').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await context.close();
  });

  for (const [screenName, screen] of Object.entries(screens)) {
    it(`passes on a ${screenName} screen`, async () => {
      const results: Record<string, { findings: Finding[]; overflow: number }> = {};
      const check = async (page: Page, name: string) => {
        results[name] = {
          findings: await seriousFindings(page),
          overflow: await sidewaysOverflow(page),
        };
        await page.screenshot({ path: artifactPath(`${screenName}-${name}`), fullPage: true });
      };

      const handler = await suite.signIn('handler', screen);
      const clerk = await suite.signIn('clerk', screen);
      users.push(handler, clerk);
      const h = handler.page;
      await h.getByRole('link', { name: '河东区幸福小区拆迁安置补偿未落实' }).first().waitFor();
      await check(h, 'inbox');
      await h.goto('/cases');
      await h.getByRole('table').waitFor();
      await check(h, 'cases');
      await openCase(h, 'demo-0001');
      await waitForStatus(h, /^已同步/);
      await check(h, 'case');
      const c = clerk.page;
      await c.goto('/register');
      await c.getByRole('button', { name: '登记', exact: true }).waitFor();
      await check(c, 'register');

      const failing = Object.entries(results).filter(
        ([, result]) => result.findings.length > 0 || result.overflow > 0,
      );
      expect(Object.fromEntries(failing)).toEqual({});
    }, 120_000);
  }

  it('reaches the case file and the workflow acts with the keyboard alone', async () => {
    const user = await suite.signIn('handler', screens.laptop);
    users.push(user);
    const { page } = user;
    await openCase(page, 'demo-0002');
    await sectionEditor(page, '事实与调查').waitFor();
    await page.getByRole('group', { name: '可办理的行为' }).getByRole('button').first().waitFor();
    await page.evaluate(() =>
      (
        globalThis as unknown as { document: { activeElement: { blur(): void } | null } }
      ).document.activeElement?.blur(),
    );

    const visited: { role: string; name: string; inEditor: boolean }[] = [];
    for (let step = 0; step < 150; step++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      visited.push(now);
    }
    const names = visited.map((entry) => entry.name);
    expect(visited.some((entry) => entry.inEditor && entry.name === '事实与调查正文')).toBe(true);
    expect(names).toContain('送达受理告知书');
    const unnamed = visited.filter((entry) => entry.name === '' && entry.role !== 'body');
    expect(unnamed).toEqual([]);
  });
});
