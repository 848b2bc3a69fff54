// Cockpit as manager.tpe sees it, in headless Debian chromium (zh-TW): 「法定期限」 with Taipei's figures
// and none of Kaohsiung's, an overdue case followed from its link, and Cockpit without change buttons.
// Run by CockpitBrowserTest (./mvnw verify); by hand against a running demo:
//   BASE_URL=http://localhost:8080 SCREENSHOTS=docs/screenshots node src/test/browser/cockpit.mjs
// EXPECT (JSON, optional): {"codes": {CODE: {pending, dueWithin24h, met, breached}}, "overdueCase": "CP-TPE-…",
//   "otherCountyCases": ["CP-KHH-…"]} — the figures the plugin's API gave manager.tpe.
import path from 'node:path';
import fs from 'node:fs';
import {checks, cockpitLogin, zhBrowser} from './zh-chromium.mjs';

const base = process.env.BASE_URL || 'http://localhost:8080';
const shots = process.env.SCREENSHOTS || 'target/screenshots/cockpit';
const expect = process.env.EXPECT ? JSON.parse(process.env.EXPECT) : null;
const user = process.env.COCKPIT_USER || 'manager.tpe';
fs.mkdirSync(shots, {recursive: true});

const {check, fail, end} = checks();
const {page, close} = await zhBrowser('cockpit', {viewport: {width: 1400, height: 1000}});

try {
  await cockpitLogin(page, base, user);

  const dashboard = page.locator('.cpf-legal-deadlines.cpf-dashboard');
  await dashboard.locator('table.cpf-codes').waitFor();
  check((await dashboard.locator('h3').innerText()).includes('法定期限'), 'the dashboard shows 「法定期限」');
  check((await dashboard.innerText()).includes('兒童及少年保護通報及處理辦法 第4條'), 'each deadline with its legal basis');
  await page.screenshot({path: path.join(shots, 'cockpit-dashboard-legal-deadlines-zh.png'), fullPage: true});

  await page.goto(base + '/camunda/app/cockpit/default/#/legal-deadlines');
  const report = page.locator('.cpf-legal-deadlines.cpf-page');
  await report.locator('table.cpf-codes').waitFor();
  await report.locator('svg.cpf-chart').waitFor();
  const text = await report.innerText();
  check(text.includes('臺北') || text.includes('TPE'), 'the page names the manager\'s county');
  check(!/\bKHH\b/.test(text) && !text.includes('高雄'), 'no Kaohsiung figure or case on the page');
  check(await report.locator('table.cpf-counties').count() === 0, 'no county-by-county table for one county');
  check((await report.locator('svg.cpf-chart g.cpf-month').count()) === 12, 'compliance per month for 12 months');
  if (expect) {
    for (const [code, figures] of Object.entries(expect.codes)) {
      const row = report.locator('table.cpf-codes tr[data-code="' + code + '"]');
      for (const [cls, key] of [['cpf-pending', 'pending'], ['cpf-due-soon', 'dueWithin24h'], ['cpf-met', 'met'],
        ['cpf-breached', 'breached']]) {
        const shown = (await row.locator('td.' + cls).innerText()).trim();
        check(shown === String(figures[key]), code + ' ' + key + ' shows ' + figures[key] + ' (got ' + shown + ')');
      }
    }
    for (const other of expect.otherCountyCases) {
      check(!text.includes(other), 'another county\'s case ' + other + ' is not listed');
    }
  }
  await page.screenshot({path: path.join(shots, 'cockpit-legal-deadlines-page-zh.png'), fullPage: true});

  const link = expect
    ? report.locator('a.cpf-case-link', {hasText: expect.overdueCase})
    : report.locator('a.cpf-case-link').first();
  check(await link.count() === 1, 'the overdue case is listed with a link');
  const caseId = (await link.innerText()).trim();
  await link.click();
  const detail = page.locator('.cpf-legal-deadlines.cpf-case');
  await detail.locator('.cpf-case-id').waitFor();
  check((await detail.locator('.cpf-case-id').innerText()).trim() === caseId, 'the link opens case ' + caseId);
  check(await detail.locator('tr.cpf-status-BREACHED').count() > 0, 'the case shows its breached deadline');
  await page.screenshot({path: path.join(shots, 'cockpit-case-deadlines-zh.png'), fullPage: true});

  check(await page.evaluate(() => document.body.classList.contains('cpf-read-only')),
    'Cockpit knows ' + user + ' may only read');
  const running = detail.locator('a.cpf-instance-link');
  if (await running.count() > 0) {
    await running.first().click();
    await page.locator('.ctn-fixed-view').waitFor();
    await page.waitForTimeout(3000);
    check(!(await page.locator('.ctn-toolbar').isVisible()), 'no cancel, suspend, add-variable or modify buttons');
    await page.locator('table.cam-table tbody tr').first().waitFor();
    check(await page.locator('table.cam-table .glyphicon-pencil:visible, table.cam-table .glyphicon-trash:visible')
      .count() === 0, 'no edit or delete buttons on the variables');
    await page.screenshot({path: path.join(shots, 'cockpit-process-instance-read-only-zh.png')});
  }
  if (expect && expect.otherCountyCases.length) {
    await page.goto(base + '/camunda/app/cockpit/default/#/legal-deadlines-case?caseId='
      + encodeURIComponent(expect.otherCountyCases[0]));
    await page.locator('.cpf-legal-deadlines.cpf-case .alert').waitFor();
    check((await page.locator('.cpf-legal-deadlines.cpf-case').innerText()).includes('查無此案件'),
      'another county\'s case cannot be opened by its number');
  }
} catch (e) {
  fail(e);
  await page.screenshot({path: path.join(shots, 'failure.png'), fullPage: true}).catch(() => {});
} finally {
  await close();
}
end('Cockpit browser');
