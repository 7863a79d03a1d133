// Browser tests in the system's headless Chromium (found by scripts/test.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS } from './scripts/find-browser.mjs';

/**
 * Serves a .json file imported by a module as an ES module, as Vite does;
 * the same file fetched by fetch() stays plain JSON. Neither is stored by the
 * browser: a cached JSON answer reused for a module import fails to load.
 */
const jsonModules = {
  name: 'json-modules',
  // The server remembers transforms by URL: keep the module and the plain JSON apart.
  transformCacheKey(context) {
    return context.path.endsWith('.json') ? String(context.request.headers['sec-fetch-dest']) : undefined;
  },
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    const headers = { 'cache-control': 'no-store', vary: 'sec-fetch-dest' };
    if (context.request.headers['sec-fetch-dest'] === 'script') {
      return {
        body: `export default ${context.body};`,
        headers: { ...headers, 'content-type': 'application/javascript' },
      };
    }
    return { body: context.body, headers };
  },
};

/** Serves `x.css?inline` imports as a module exporting the CSS text, as Vite does. */
const inlineCss = {
  name: 'inline-css',
  transform(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      return {
        body: `export default ${JSON.stringify(context.body)};`,
        headers: { 'content-type': 'application/javascript' },
      };
    }
  },
};

/**
 * `emulate-timezone`: the visitor's clock in another time zone (the page's
 * Date and Intl defaults), for what must follow Czech time whatever it is.
 */
const timezoneCommand = {
  name: 'emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload.timezone);
    return true;
  },
};

/**
 * /copy-2/dist/… serves dist/… again under other URLs: the browser loads a second,
 * separate copy of the built library (its chunks too), as a page that includes it twice.
 */
const secondCopy = (context, next) => {
  if (context.url.startsWith('/copy-2/dist/')) context.url = context.url.slice('/copy-2'.length);
  return next();
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * The page each test file runs in: test/setup/lit-warnings.ts is loaded before the test framework
 * (so that it sees Lit's warnings from the start) and adds root hooks once Mocha exists, before the
 * test file is imported. A Lit dev-mode warning other than the "Lit is in dev mode" notice fails the run.
 */
const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <body>
    <script type="module">
      import { failOnLitWarnings } from '/test/setup/lit-warnings.ts';
      import '${testFramework}';
      failOnLitWarnings(window.mocha);
    </script>
  </body>
</html>`;

export default {
  rootDir: '.',
  middleware: [secondCopy],
  files: ['test/**/*.test.ts'],
  testRunnerHtml,
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  // a11ySnapshot: the accessibility tree as the browser exposes it (test/catalogue).
  plugins: [
    a11ySnapshotPlugin(),
    timezoneCommand,
    jsonModules,
    inlineCss,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
};
