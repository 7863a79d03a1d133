// `npm test`: type-check, Node tests (schema, data files, tools), then the
// browser tests in headless Chromium. Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';
import { nodeTestFiles, ROOT } from './node-tests.mjs';

const browserOnly = process.argv.includes('--browser-only');
let passed = 0;
let failed = 0;
let broken = false;

function run(label, command, args, env = {}, cwd = undefined) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) broken = true;
  return `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
}

// Strips terminal control codes so that summaries can be read.
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
const plain = (text) => text.replace(ESCAPE, '');

if (browserOnly) {
  // The browser tests also load the built bundle.
  run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
} else {
  run('Type check', 'npx', ['tsc', '--noEmit']);
  run('Type check (command line tool, Node)', 'npx', ['tsc', '--noEmit', '-p', 'src/cli']);
  // The whole build: bundles, types, manifest, command line tool; the Node tests check what it gives users.
  run('Build', 'npm', ['run', 'build', '--silent']);
  // Named file by file (scripts/node-tests.mjs): `node --test test/node/` runs nothing on Node 22 and later.
  const node = plain(
    run('Node tests', process.execPath, ['--test', '--test-reporter=spec', ...nodeTestFiles()], {}, ROOT),
  );
  const nodePassed = /^ℹ pass (\d+)/m.exec(node);
  const nodeFailed = /^ℹ fail (\d+)/m.exec(node);
  // No summary, or no test run at all, is a failure too: it never passes for green.
  if (!nodePassed || !nodeFailed || Number(nodePassed[1]) + Number(nodeFailed[1]) === 0) broken = true;
  passed += Number(nodePassed?.[1] ?? 0);
  failed += Number(nodeFailed?.[1] ?? 0);
}

const chrome = findBrowser();
const wtr = plain(
  run('Browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    CHROME_PATH: chrome,
  }),
);
const summaries = [...wtr.matchAll(/(\d+) passed, (\d+) failed/g)];
const last = summaries.at(-1);
if (last) {
  passed += Number(last[1]);
  failed += Number(last[2]);
} else {
  broken = true;
}
// A test file that cannot even be loaded runs no test: count it as a failure, so the summary shows it.
const unloadable = new Set();
let file = '';
for (const line of wtr.split('\n')) {
  const heading = /^(test\/\S+\.test\.ts):$/.exec(line.trim());
  if (heading) file = heading[1];
  else if (line.includes('Could not import your test module')) unloadable.add(file);
}
failed += unloadable.size;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
