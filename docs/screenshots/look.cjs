// Opens pages in headless Chromium as a person would, fails on any console error, and saves a screenshot of each.
// Run by take-screenshots.sh (which installs playwright-core and says why); not on its own.
//
//   node look.cjs PAGES.json
//
// PAGES.json: [{"name": "index", "file": "/abs/site/index.html", "png": "/abs/out/index.png"}, ...]
// Environment: PLAYWRIGHT_CORE (the playwright-core package's directory), CHROMIUM (the browser),
// FULL_PAGE=1 for whole-page screenshots (otherwise the 1280x1600 window).
//
// What counts as an error on a page, each reported as "PAGE: message":
//   - a console message of type error (console.error, and Chromium's own errors such as a refused inline script);
//   - an uncaught exception in a script;
//   - a request that failed: a missing file (an image, a style sheet, a linked script), or any request off the
//     machine, which is refused here on purpose, since the pages must need no network;
//   - an HTTP status of 400 or more (a page served rather than opened from a file).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const { chromium } = require(process.env.PLAYWRIGHT_CORE);

async function main() {
  const pages = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const problems = [];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'conduct-screenshots-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      // The network is closed here: without these Chromium keeps trying to reach its services.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 1600 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      colorScheme: 'light',
    });
    // The pages must be self-contained: refuse every request that is not for a local file (reported as failed).
    await context.route(url => url.protocol !== 'file:', route => route.abort('blockedbyclient'));
    for (const p of pages) {
      if (!fs.existsSync(p.file)) {
        problems.push(`${p.name}: no such page ${p.file}`);
        continue;
      }
      const page = await context.newPage();
      const report = message => problems.push(`${p.name} (${path.basename(p.file)}): ${message}`);
      page.on('console', m => {
        if (m.type() === 'error') {
          // Playwright's line numbers start at 0
          const at = m.location() && m.location().url ? ` at ${m.location().url}:${m.location().lineNumber + 1}` : '';
          report(`console error: ${m.text()}${at}`);
        }
      });
      page.on('pageerror', e => report(`uncaught exception: ${e.message}`));
      page.on('requestfailed', r => report(`failed to load ${r.url()}: ${r.failure() ? r.failure().errorText : 'failed'}`));
      page.on('response', r => {
        if (r.status() >= 400) {
          report(`HTTP ${r.status()} for ${r.url()}`);
        }
      });
      await page.goto(pathToFileURL(p.file).href, { waitUntil: 'load' });
      // fonts and images settled before the picture is taken
      await page.evaluate(() => document.fonts.ready.then(() => true));
      fs.mkdirSync(path.dirname(p.png), { recursive: true });
      await page.screenshot({ path: p.png, fullPage: process.env.FULL_PAGE === '1' });
      await page.close();
      console.log(`took ${p.png} of ${p.file}`);
    }
  } finally {
    if (context) {
      await context.close();
    }
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const m of problems) {
    console.error(`take-screenshots: ${m}`);
  }
  return problems.length === 0 ? 0 : 1;
}

main().then(code => process.exit(code), e => {
  console.error(`take-screenshots: ${e && e.stack ? e.stack : e}`);
  process.exit(3);
});
