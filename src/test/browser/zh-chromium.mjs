// What the browser checks share: headless Debian Chromium as a person in Taiwan has it (zh-TW, a fresh
// profile each run), checks that are counted rather than thrown so every one runs, and Cockpit's login.
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A zh-TW browser on a fresh profile of its own; {@code close()} removes the profile again. */
export async function zhBrowser(name, {viewport, timezoneId, timeout = 60000} = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cpf-' + name + '-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    locale: 'zh-TW',
    ...(timezoneId ? {timezoneId} : {}),
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-TW'],
    extraHTTPHeaders: {'Accept-Language': 'zh-TW,zh;q=0.9'}
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(timeout);
  return {page, close: async () => {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }};
}

/** check(condition, message) records a failure and goes on; end(what) exits non-zero when one failed. */
export function checks() {
  const failures = [];
  return {
    check(condition, message) {
      if (!condition) {
        failures.push(message);
        console.error('FAILED: ' + message);
      } else {
        console.log('ok: ' + message);
      }
    },
    fail(error) {
      failures.push(String(error && error.stack || error));
      console.error(error);
    },
    end(what) {
      if (failures.length) {
        console.error(failures.length + ' check(s) failed');
        process.exit(1);
      }
      console.log('all ' + what + ' checks passed');
    }
  };
}

/** Logs {@code user} (password demo) in to Cockpit; resolves once its dashboard shows our plugin. */
export async function cockpitLogin(page, base, user) {
  await page.goto(base + '/camunda/app/cockpit/default/');
  await page.locator('input[type=password]').waitFor();
  await page.locator('input:not([type=password]):not([type=hidden])').first().fill(user);
  await page.locator('input[type=password]').fill('demo');
  await page.locator('input[type=password]').press('Enter');
  await page.locator('.cpf-legal-deadlines.cpf-dashboard').waitFor();
}
