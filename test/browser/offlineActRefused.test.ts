import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  artifactPath,
  ensureServiceWorker,
  goOffline,
  goOnline,
  openCase,
  syncStatus,
  waitForStatus,
} from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

/** The act buttons of the case page's 办理 panel. */
const actButtons = (page: Page) => page.getByRole('group', { name: '可办理的行为' });

/**
 * Field work offline (带案下访): the handler serves the acceptance notice of demo-0002 with no
 * network; the act waits in the device's outbox, through a reload. Meanwhile the clerk records
 * the petitioner's withdrawal at the office. Back online the act is sent, the server refuses
 * it, and the handler is told which act, on which case, and why.
 */
describe('a workflow act queued offline that became invalid', () => {
  const suite = useBrowserSuite();

  it('comes back refused, with the reason, once the device is online', async () => {
    const handler = await suite.signIn('handler');
    const clerk = await suite.signIn('clerk');
    const h = handler.page;
    const c = clerk.page;
    await openCase(h, 'demo-0002');
    await ensureServiceWorker(h);
    await actButtons(h).getByRole('button', { name: '送达受理告知书' }).waitFor();
    await waitForStatus(h, /^已同步/);
    // Let PouchDB finish writing what arrived, so the offline reload below shows the case file.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // Offline, the handler serves the acceptance notice: stored on the device, not sent.
    await goOffline(handler);
    await actButtons(h).getByRole('button', { name: '送达受理告知书' }).click();
    const form = h.getByRole('form', { name: '送达受理告知书' });
    await form.getByText('确认“送达受理告知书”？').waitFor();
    await form.getByRole('button', { name: '提交' }).click();
    await h
      .getByTestId('act-status')
      .getByText('“送达受理告知书”已保存在本机，等待发送。')
      .waitFor();
    const outbox = h.getByTestId('case-outbox');
    await outbox.getByText('本机待发送（1）').waitFor();
    expect(await syncStatus(h)).toMatch(/^离线（[1-9]\d* 条待同步）$/);

    // The queued act survives a reload with no network.
    await h.reload();
    await outbox.getByText('本机待发送（1）').waitFor();
    expect(await outbox.getByRole('listitem').textContent()).toContain('送达受理告知书');
    await h
      .getByRole('heading', { name: '反映河东区化工厂夜间偷排废水，环保部门查处不力' })
      .waitFor();
    await h.screenshot({ path: artifactPath('act-queued-offline'), fullPage: true });

    // Meanwhile, online, the clerk records the withdrawal.
    await openCase(c, 'demo-0002');
    await actButtons(c).getByRole('button', { name: '撤回' }).click();
    const withdraw = c.getByRole('form', { name: '撤回' });
    await withdraw.getByLabel('理由').fill('信访人书面撤回');
    await withdraw.getByRole('button', { name: '提交' }).click();
    await c.getByTestId('act-status').getByText('“撤回”已记入案件记录。').waitFor();

    // Back online: the act is delivered, refused, and the handler reads why.
    await goOnline(handler);
    const refusal = h
      .getByRole('alert')
      .filter({ hasText: '“送达受理告知书”未被记录（案件 demo-0002）' });
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('送达受理告知书所依据的案件状态已被「撤回」改变');
    await outbox.waitFor({ state: 'detached' });
    await waitForStatus(h, /^已同步/);
    // The case as the server has it: withdrawn, no acceptance notice served.
    await expect(
      actButtons(h).getByRole('button', { name: '送达受理告知书' }).count(),
    ).resolves.toBe(0);
    await h.screenshot({ path: artifactPath('act-refused'), fullPage: true });

    // The user has read it: the notice goes, and stays gone after a reload.
    await refusal.getByRole('button', { name: '知道了' }).click();
    await refusal.waitFor({ state: 'detached' });
    await h.reload();
    await actButtons(h).waitFor();
    expect(await refusal.count()).toBe(0);
    expect([...handler.pageErrors, ...clerk.pageErrors]).toEqual([]);
  }, 60_000);
});
