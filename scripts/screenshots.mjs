// `npm run screenshots`: each element at 320, 375, 768 and 1280 px, light and dark, from the built
// dist/ and the sample data, into screenshots/ (git-ignored) for a visual review. Offline: the map's
// tiles are a local one-pixel image. `node scripts/screenshots.mjs catalogue` takes one element;
// `--first-screen` takes only what a visitor sees before scrolling (900 px high), easier to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';
import { serveFiles } from './static-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'screenshots');
const WIDTHS = [320, 375, 768, 1280];
const SCHEMES = ['light', 'dark'];
const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** Each element with sample data, as an admin would paste it. */
const ELEMENTS = {
  catalogue: (scheme) => `<kpss-catalogue src="/data/jirkov.json" color-scheme="${scheme}"></kpss-catalogue>`,
  map: (scheme) => `<kpss-map src="/data/jirkov.json" tiles="${TILE}" color-scheme="${scheme}"></kpss-map>`,
  roster: (scheme) => `<kpss-roster src="/data/kladno-plan.json" color-scheme="${scheme}"></kpss-roster>`,
  plan: (scheme) => `<kpss-plan src="/data/kladno-plan.json" color-scheme="${scheme}"></kpss-plan>`,
};
/** What shows that an element has rendered its data. */
const READY = {
  catalogue: '.results .card',
  map: '.kpss-marker, .kpss-cluster',
  roster: '.group, .member, section',
  plan: '.priority, .measure, section',
};

if (!existsSync(join(root, 'dist/kpss-widgets.js'))) {
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
mkdirSync(out, { recursive: true });

const { server, origin } = await serveFiles(root, (url) => {
  const name = url.pathname.slice(1);
  if (!ELEMENTS[name]) return undefined;
  const scheme = url.searchParams.get('scheme') ?? 'light';
  const background = scheme === 'dark' ? '#14181d' : '#ffffff';
  return {
    type: 'text/html; charset=utf-8',
    body:
      `<!doctype html><html lang="cs"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<body style="margin:0;padding:8px;background:${background};font-family:system-ui,sans-serif">` +
      `<script type="module" src="/dist/kpss-widgets.js"></script>${ELEMENTS[name](scheme)}</body></html>`,
  };
});

const args = process.argv.slice(2);
const firstScreen = args.includes('--first-screen');
const only = args.find((arg) => !arg.startsWith('--'));
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_ARGS });
let count = 0;
try {
  for (const name of Object.keys(ELEMENTS).filter((n) => !only || n === only)) {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1, isMobile: width < 768 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${origin}/${name}?scheme=${scheme}`, { waitUntil: 'load' });
        await page.waitForFunction(
          (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector),
          { timeout: 20_000 },
          `kpss-${name}`,
          READY[name],
        );
        // What follows the first render (the catalogue's facts, the map's tiles) and the fonts.
        await page.evaluate(() => document.fonts.ready);
        await new Promise((resolve) => setTimeout(resolve, 800));
        const file = join(out, `${name}-${width}-${scheme}${firstScreen ? '-top' : ''}.png`);
        await page.screenshot({ path: file, fullPage: !firstScreen });
        count++;
        await page.close();
      }
    }
  }
  console.log(`${count} screenshots in ${out}`);
} finally {
  await browser.close();
  server.close();
}
