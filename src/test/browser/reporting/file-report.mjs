// A teacher files a protection report on the web form (辦法 第2條) in headless Chromium, zh-TW:
// first with a wrong national ID (the API's field error shows beside the field, no case is opened),
// then corrected, and reads the case number and the handling county. Run by ReportingFormBrowserChecks
// (ReportingFormBrowserTest on H2, ReportingFormBrowserPostgresTest on PostgreSQL):
//   node file-report.mjs <base-url> <screenshot-dir> <child-national-id> <wrong-national-id>
// Prints one JSON line {"caseId", "handlingCounty", "mine"} on success; exits non-zero on any failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, screenshots, nationalId, wrongNationalId] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'reporting-form-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  locale: 'zh-TW',
  timezoneId: 'Asia/Taipei',
  viewport: { width: 1100, height: 1500 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-TW']
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(baseUrl + '/reporting');
  await page.getByRole('heading', { name: '兒童及少年保護事件網路通報' }).waitFor();

  // (no wrong password here: the engine then refuses every login of that user for a few seconds)
  await page.getByLabel('帳號').fill('teacher.tpe');
  await page.getByLabel('密碼').fill('demo');
  await page.getByRole('button', { name: '登入' }).click();
  await page.locator('#greeting').filter({ hasText: 'teacher.tpe' }).waitFor();

  await page.getByLabel('職業別').selectOption('EDUCATION');
  await page.getByLabel('服務單位').fill('臺北市立大安國民小學');
  await page.getByLabel('情況緊急').check();
  await page.getByLabel(/第3款/).check();
  await page.getByLabel('事由說明').fill('學童上課時手臂多處瘀傷，自述遭家長以衣架責打。');
  await page.getByLabel(/身分證統一編號/).fill(wrongNationalId);
  await page.locator('input[name="child.name"]').fill('王小明');
  await page.getByLabel('出生日期').fill('2018-05-01');
  await page.getByLabel('性別').selectOption('M');
  await page.locator('select[name="location.county"]').selectOption('TPE');
  await page.getByLabel('地址').fill('臺北市大安區信義路三段');
  await page.getByRole('button', { name: '送出通報' }).click();

  const fieldError = page.locator('[data-error-for="child.nationalId"]');
  await fieldError.waitFor();
  const errorText = await fieldError.textContent();
  if (!/檢查碼/.test(errorText)) {
    throw new Error('expected the check-digit error beside the national ID, got: ' + errorText);
  }
  await page.screenshot({ path: join(screenshots, 'reporting-form-field-error-zh.png'), fullPage: true });

  await page.getByLabel(/身分證統一編號/).fill(nationalId);
  await page.getByRole('button', { name: '送出通報' }).click();
  await page.locator('#result').waitFor({ state: 'visible' });
  const caseId = (await page.locator('#case-number').textContent()).trim();
  const handlingCounty = (await page.locator('#handling-county').textContent()).trim();
  await page.locator('#my-reports tr').filter({ hasText: caseId }).waitFor();
  const mine = await page.locator('#my-reports tr').count();
  await page.screenshot({ path: join(screenshots, 'reporting-form-case-number-zh.png'), fullPage: true });
  console.log(JSON.stringify({ caseId, handlingCounty, mine }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
