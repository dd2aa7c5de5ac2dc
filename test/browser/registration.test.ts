import { describe, expect, it } from 'vitest';
import { artifactPath, sectionEditor } from './support/browser.ts';
import { useBrowserSuite } from './support/browserSuite.ts';

/**
 * The reception clerk registers a petition of a person who petitioned before (demo-0001, 张建国,
 * same ID number): the form names the accused unit from the unit directory and an accused person
 * from the people of their unit, shows the earlier case as a likely repeat with the reasons
 * before saving, and once saved the new case opens, linked to the earlier one.
 */
describe('registering a petition in the browser', () => {
  const suite = useBrowserSuite();

  it('suggests the earlier petition before saving, and links it', async () => {
    const clerk = await suite.signIn('clerk');
    const page = clerk.page;
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '登记' })
      .click();
    const form = page.locator('form.register-form');
    await form.getByLabel('事项标题').fill('幸福小区安置房仍未交付，补偿款仍未支付');
    await form.getByLabel('问题类别').selectOption({ label: '城市建设拆迁' });
    await form.getByLabel('问题属地区划代码').fill('990102');
    const petitioner = form.getByRole('group', { name: '信访人 1' });
    await petitioner.getByLabel('姓名（名称）').fill('张建国');
    await petitioner.getByLabel('身份证号').fill('99010219700101001X');
    await petitioner.getByLabel('住址').fill('云岭省青川市河东区幸福路1号');
    await form
      .getByRole('group', { name: '诉求 1' })
      .getByLabel('诉求内容')
      .fill('按照安置协议支付剩余补偿款并交付安置房');

    // The accused unit comes from the directory: a name it lacks is flagged, its name is taken.
    await form.getByRole('button', { name: '添加被反映对象' }).click();
    const accused = form.getByRole('group', { name: '被反映对象 1' });
    await accused.getByLabel('姓名（名称）').fill('河东区生态环境分局');
    const unit = accused.getByRole('combobox', { name: '单位' });
    await unit.fill('河东区环保局');
    await expect.poll(() => unit.getAttribute('aria-invalid')).toBe('true');
    await accused.getByText('单位名录中没有这个单位，请从建议中选择。').waitFor();
    await unit.fill('青川市河东区生态环境分局');
    await accused.getByText('单位编号 k1-sthj').waitFor();
    expect(await unit.getAttribute('aria-invalid')).toBeNull();

    // An accused person is picked from the people of their unit: an exact name is their account.
    await form.getByRole('button', { name: '添加被反映对象' }).click();
    const person = form.getByRole('group', { name: '被反映对象 2' });
    await person.getByLabel('类型').selectOption({ label: '个人' });
    await person.getByText('选择其所在单位后，可从该单位人员中选择。').waitFor();
    await person.getByRole('combobox', { name: '单位' }).fill('青川市自然资源局');
    await person.getByText('可从该单位人员中选择。', { exact: true }).waitFor();
    const name = person.getByRole('combobox', { name: '姓名（名称）' });
    await name.fill('赵敏');
    await person.getByText('该单位人员中没有这个姓名，只记录姓名。').waitFor();
    await name.fill('承办人 赵敏');
    await person.getByText('已关联其账户：本人不能查看本案。').waitFor();

    // The first 登记 looks for repeats and stops to show them.
    await form.getByRole('button', { name: '登记', exact: true }).click();
    const repeats = page.getByRole('region', { name: /疑似重复信访/ });
    await repeats.getByRole('link', { name: '河东区幸福小区拆迁安置补偿未落实' }).waitFor();
    expect(await repeats.getByRole('list', { name: '判断依据' }).first().textContent()).toMatch(
      /身份证/,
    );
    await page.screenshot({ path: artifactPath('registration-repeats'), fullPage: true });
    await repeats.getByRole('checkbox').check();

    // The second saves; the new case opens, and the link reaches its record.
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await page.waitForURL(/\/cases\/(?!demo-)[\w-]+$/);
    await sectionEditor(page, '诉求').waitFor();
    await page.getByRole('heading', { name: '幸福小区安置房仍未交付，补偿款仍未支付' }).waitFor();
    await page.getByText('关联重复信访').first().waitFor({ timeout: 20_000 });

    // The clerk transfers it, naming the lead unit as officials know it; the record names it too.
    await page
      .getByRole('group', { name: '可办理的行为' })
      .getByRole('button', { name: '转送' })
      .click();
    const act = page.getByRole('form', { name: '转送' });
    await act.getByRole('combobox', { name: '主办单位' }).fill('青川市住房和城乡建设局');
    await act.getByText('单位编号 c1-zj').waitFor();
    await act.getByRole('button', { name: '提交' }).click();
    const timeline = page.getByRole('region', { name: '办理记录' });
    await timeline.getByText('青川市住房和城乡建设局').first().waitFor({ timeout: 20_000 });
    expect(clerk.pageErrors).toEqual([]);
  }, 90_000);
});
