// Each process's diagram as Cockpit draws it on a 1440×900 screen (zh-TW, headless Debian chromium): the
// process-definition view at Cockpit's own default zoom, a screenshot of it, and the zoom it chose.
// Run by DiagramScreenshotBrowserTest (./mvnw verify); by hand against a running demo:
//   BASE_URL=http://localhost:8080 SCREENSHOTS=docs/screenshots KEYS=activeCareCase node src/test/browser/diagrams.mjs
// KEYS: comma-separated process keys. ELEMENTS (JSON, optional): {"activeCareCase": 123} — how many shapes and
// flows the diagram's main plane has; Cockpit must draw at least these. MIN_ZOOM (JSON, optional):
// {"activeCareCase": 0.8} — the least zoom at which a diagram must open. Prints "zoom <key> <scale>" per diagram.
import fs from 'node:fs';
import path from 'node:path';
import {checks, cockpitLogin, zhBrowser} from './zh-chromium.mjs';

const base = process.env.BASE_URL || 'http://localhost:8080';
const shots = process.env.SCREENSHOTS || 'target/screenshots/diagrams';
const keys = (process.env.KEYS || 'childProtectionCase,emergencyPlacement,activeCareCase').split(',');
const minZoom = process.env.MIN_ZOOM ? JSON.parse(process.env.MIN_ZOOM) : {};
const elements = process.env.ELEMENTS ? JSON.parse(process.env.ELEMENTS) : {};
const user = process.env.COCKPIT_USER || 'manager.tpe';
fs.mkdirSync(shots, {recursive: true});

const {check, fail, end} = checks();
// a loaded build machine can take a minute for Cockpit's first page
const {page, close} = await zhBrowser('diagrams', {viewport: {width: 1440, height: 900}, timeout: 120000});

try {
  await cockpitLogin(page, base, user);
  for (const key of keys) {
    const definitions = await page.evaluate(async (k) => {
      const r = await fetch('/camunda/api/engine/engine/default/process-definition?latestVersion=true&key=' + k,
        {headers: {Accept: 'application/json'}});
      return r.json();
    }, key);
    check(definitions.length === 1, key + ' is deployed and ' + user + ' may read it');
    if (definitions.length !== 1) continue;
    await page.goto(base + '/camunda/app/cockpit/default/#/process-definition/' + definitions[0].id + '/runtime');
    const viewport = page.locator('.djs-container svg .viewport');
    await viewport.waitFor({state: 'attached'});
    await page.locator('.djs-container .djs-shape').first().waitFor();
    // Cockpit zooms to fit once the diagram and its overlays (instance statistics) are in
    await page.waitForFunction(() => !document.body.innerText.includes('載入中'), null, {timeout: 30000}).catch(() => {});
    await page.waitForTimeout(1500);
    const view = await page.evaluate(() => {
      const vp = document.querySelector('.djs-container svg .viewport');
      const m = vp.transform.baseVal.consolidate();
      const box = document.querySelector('.djs-container').getBoundingClientRect();
      const ids = new Set([...document.querySelectorAll('.djs-container [data-element-id]')]
        .map((e) => e.getAttribute('data-element-id'))
        .filter((id) => !id.endsWith('_label')));
      return {scale: m ? m.matrix.a : 1, width: Math.round(box.width), height: Math.round(box.height), drawn: ids.size};
    });
    console.log('zoom ' + key + ' ' + view.scale.toFixed(3) + ' (viewer ' + view.width + 'x' + view.height + ')');
    if (elements[key]) {
      check(view.drawn >= elements[key], key + ': Cockpit draws all ' + elements[key] + ' shapes and flows of its main plane (drew '
        + view.drawn + ')');
    }
    if (minZoom[key]) {
      check(view.scale >= minZoom[key] - 1e-3,
        key + ' opens at ' + Math.round(view.scale * 100) + ' % (at least ' + Math.round(minZoom[key] * 100) + ' %)');
    }
    await page.screenshot({path: path.join(shots, 'cockpit-diagram-' + key + '-zh.png')});
  }
} catch (e) {
  fail(e);
  await page.screenshot({path: path.join(shots, 'failure.png'), fullPage: true}).catch(() => {});
} finally {
  await close();
}
end('diagram');
