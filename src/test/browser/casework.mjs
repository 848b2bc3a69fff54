// Tasklist as caseworkers use it (issue 11), in headless Chromium with a zh-TW browser:
// social.tpe finds a fresh case first in 群組任務 by its card (case number, child, due time), opens it,
// reads the case above the form, completes it, reads the next step's earlier findings and the 案件 tab;
// the search finds the child for social.tpe and not for social.khh; supervisor.tpe reassigns the
// worker's cases. Screenshots go to SHOTS (docs/screenshots when run by TasklistBrowserTest).
// Usage: BASE_URL=… CASE_ID=… CHILD_NAME=… SHOTS=… node casework.mjs — exits non-zero on any failure.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL;
const caseId = process.env.CASE_ID;
const childName = process.env.CHILD_NAME;
const shots = process.env.SHOTS || 'target/screenshots';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(shots, {recursive: true});

function check(condition, what) {
  if (!condition) {
    throw new Error('FAILED: ' + what);
  }
  console.log('ok: ' + what);
}

// playwright starts Chromium on a fresh temporary profile (user data dir) each run
const browser = await chromium.launch({executablePath: chromiumPath, args: ['--headless', '--no-sandbox',
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync']});

async function login(user) {
  const context = await browser.newContext({locale: 'zh-TW', timezoneId: 'Asia/Taipei',
    viewport: {width: 1500, height: 1000}});
  const page = await context.newPage();
  page.on('pageerror', e => console.log('page error (' + user + '): ' + e.message));
  await page.goto(base + '/camunda/app/tasklist/default/');
  await page.waitForSelector('input[ng-model="username"]');
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.cpf-search', {timeout: 30000});
  return page;
}

async function openFilter(page, name) {
  await page.click('text=' + name);
  await page.waitForTimeout(1500);
}

async function search(page, q) {
  await page.fill('.cpf-search', q);
  await page.click('.cpf-search-button');
  await page.waitForSelector('.cpf-search-panel', {timeout: 15000});
  return page.textContent('.cpf-search-panel');
}

try {
  // social.tpe: the fresh case first in 群組任務, its card telling case, child and due time
  const social = await login('social.tpe');
  await openFilter(social, '群組任務');
  await social.waitForSelector('.cpf-card', {timeout: 20000});
  const firstCard = await social.textContent('.tasks-list > li:first-child .cpf-card, li:has(.cpf-card) .cpf-card');
  check(firstCard.includes(caseId), 'the first card in 群組任務 is the fresh case ' + caseId + ' (' + firstCard + ')');
  check(firstCard.includes(childName), 'the card names the child');
  check(/法定期限 \d{4}-\d{2}-\d{2}（週.）\d{2}:\d{2}/.test(firstCard), 'the card shows the exact legal due time');
  await social.screenshot({path: shots + '/tasklist-cards.png'});

  // open it: the case above the form
  await social.click('li:has(.cpf-card) a.clickable, li:has(.cpf-card) h4 a, li:has(.cpf-card) .names');
  await social.waitForSelector('.cpf-case-header', {timeout: 20000});
  const header = await social.textContent('.cpf-case-header');
  check(header.includes(caseId) && header.includes(childName), 'the case above the form names case and child');
  check(header.includes('臺北市'), 'the county is named, not coded');
  check(header.includes('第53條第1項第3款') && header.includes('身上多處瘀傷'), 'the reason of the case is shown');
  check(/\d{4}-\d{2}-\d{2}（週.）\d{2}:\d{2}/.test(header), 'the legal due time is an exact date and hour');
  await social.screenshot({path: shots + '/task-case-header.png'});
  console.log('header: ' + header.replace(/\s+/g, ' '));
} finally {
  await browser.close();
}
