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
  // a busy machine's first page load can outlast Tasklist's module loader: load again, as a person would
  for (let attempt = 1; ; attempt++) {
    await page.goto(base + '/camunda/app/tasklist/default/');
    try {
      await page.waitForSelector('input[ng-model="username"]', {timeout: 30000});
      break;
    } catch (e) {
      if (attempt === 4) throw e;
      console.log('Tasklist did not load (attempt ' + attempt + '), loading again');
    }
  }
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.cpf-search', {timeout: 60000});
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
  const navbar = await social.textContent('.navbar-brand');
  check(navbar.includes('兒少保護') && navbar.includes('任務清單') && !navbar.includes('Tasklist'),
    'the header names the app in Chinese (' + navbar.replace(/\s+/g, ' ').trim() + ')');
  check(await social.locator('li.create-task-action').count() === 0, 'no 建立任務 button: nobody creates loose tasks');
  await social.click('text=鍵盤快速鍵');
  await social.waitForSelector('.modal-body td', {timeout: 10000});
  const shortcuts = await social.textContent('.modal-body');
  check(shortcuts.includes('認領目前選取的任務') && !/claims|focus/.test(shortcuts), 'the keyboard shortcuts read in Chinese');
  await social.click('.modal-footer button, .modal-footer a');
  await social.waitForTimeout(500);
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

  // fill the dispatch form and complete it
  await social.getByText('認領', {exact: true}).click();
  await social.waitForSelector('button:has-text("完成"):not([disabled])', {timeout: 15000}).catch(() => {});
  await social.getByLabel('社政（社工人員）').check();
  await social.getByLabel('與兒少面對面訪視（原則）').check();
  await social.getByLabel('派案說明').fill('已指派社工當日前往家訪');
  await social.getByLabel('學校').check();
  await social.getByLabel('否：依第4條進行安全評估及調查').check();
  await social.click('button:has-text("完成")');
  await social.waitForSelector('.cpf-done:has-text("接下來")', {timeout: 20000})
    .catch(async (e) => {
      await social.screenshot({path: shots + '/failed-complete.png', fullPage: true});
      throw e;
    });
  await social.screenshot({path: shots + '/completed.png'});
  const done = await social.textContent('.cpf-done');
  check(done.includes('已完成') && done.includes('接下來') && done.includes('安全評估'),
    'a confirmation says the task is done and what happens next (' + done + ')');

  // the case stays with its worker: the next step is in 我的任務, with the dispatch above its form
  await openFilter(social, '我的任務');
  await social.waitForSelector('li:has(.cpf-card:has-text("' + caseId + '"))', {timeout: 20000});
  await social.click('li:has(.cpf-card:has-text("' + caseId + '")) h4 a, li:has(.cpf-card:has-text("' + caseId
    + '")) .names');
  await social.waitForSelector('.cpf-case-header .cpf-findings', {timeout: 20000});
  const findings = await social.textContent('.cpf-case-header .cpf-findings');
  check(findings.includes('派案') && findings.includes('已指派社工當日前往家訪') && findings.includes('social.tpe'),
    'the next step shows the earlier findings above its form (' + findings.replace(/\s+/g, ' ') + ')');
  await social.screenshot({path: shots + '/task-earlier-findings.png'});

  // the 案件 tab: timeline and deadlines
  await social.click('.nav-tabs a:has-text("案件")');
  await social.waitForSelector('.cpf-folder', {timeout: 20000});
  const folder = await social.textContent('.cpf-folder');
  check(folder.includes('時間軸') && folder.includes('立案') && folder.includes('承接個案'), 'the case tab shows the timeline');
  check(folder.includes('CP_DISPATCH_24H') && folder.includes('已如期完成') && folder.includes('第4條'),
    'the case tab shows each deadline with its legal basis and status');
  await social.screenshot({path: shots + '/case-tab.png', fullPage: true});

  // the search: by the child's name for social.tpe
  const found = await search(social, childName);
  check(found.includes(caseId), 'social.tpe finds the case by the child\'s name');
  await social.screenshot({path: shots + '/search.png'});
  // two characters: a name's start (surname and first given character) or its end (the given name)
  const chars = [...childName];
  for (const two of [chars.slice(0, 2).join(''), chars.slice(-2).join('')]) {
    check((await search(social, two)).includes(caseId), 'social.tpe finds the case by two characters of the name');
  }
  await social.screenshot({path: shots + '/search-two-characters.png'});

  // Cockpit is for supervisors: a social worker who follows a link there gets a Chinese page, not Whitelabel
  const cockpit = await social.context().newPage();
  await cockpit.goto(base + '/camunda/app/cockpit/default/');
  const refusal = await cockpit.textContent('body');
  check(refusal.includes('您沒有使用此頁面的權限') && !refusal.includes('Whitelabel'),
    'the refused Cockpit page is in Chinese');
  await cockpit.screenshot({path: shots + '/cockpit-refused-zh.png'});
  await social.context().close();

  // a police officer starts no process: no 啟動流程 button
  const police = await login('police.tpe');
  await police.waitForTimeout(1500);
  check(!(await police.isVisible('li.start-process-action')), 'police.tpe sees no 啟動流程 button');
  await police.context().close();

  // and not for social.khh
  const khh = await login('social.khh');
  const notFound = await search(khh, childName);
  check(!notFound.includes(caseId) && notFound.includes('查無'), 'social.khh does not find a Taipei child');
  await khh.context().close();

  // supervisor.tpe moves all of social.tpe's cases to another worker, with a reason
  const supervisor = await login('supervisor.tpe');
  await search(supervisor, caseId);
  await supervisor.click('.cpf-found a');
  await supervisor.waitForSelector('.cpf-search-case .cpf-folder', {timeout: 20000});
  await supervisor.fill('.cpf-search-case .cpf-reassign-to', process.env.NEW_OWNER);
  await supervisor.fill('.cpf-search-case .cpf-reassign-reason', '原承辦社工長期病假');
  await supervisor.click('.cpf-search-case .cpf-reassign-worker');
  await supervisor.waitForSelector('.cpf-search-case .cpf-folder:has-text("承辦社工：' + process.env.NEW_OWNER + '")',
    {timeout: 20000});
  const after = await supervisor.textContent('.cpf-search-case .cpf-folder');
  check(after.includes('承辦社工：' + process.env.NEW_OWNER), 'the case now belongs to ' + process.env.NEW_OWNER);
  check(after.includes('原承辦社工長期病假') && after.includes('supervisor.tpe'),
    'the timeline records who reassigned it and why');
  await supervisor.screenshot({path: shots + '/reassigned.png', fullPage: true});
} finally {
  await browser.close();
}
