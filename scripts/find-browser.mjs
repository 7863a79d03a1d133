// Finds a Chromium for the browser tests and benchmarks: CHROME_PATH, then
// /usr/bin/chromium, then google-chrome. On Debian as root it installs
// Debian's chromium package; a test tool never downloads a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function candidates() {
  return [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    onPath('chromium'),
    onPath('google-chrome'),
    onPath('google-chrome-stable'),
  ].filter(Boolean);
}

export function findBrowser() {
  let path = candidates().find((p) => existsSync(p));
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && onPath('apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    path = candidates().find((p) => existsSync(p));
    if (path) return path;
  }
  console.error(
    'No Chromium or Chrome was found: install one (on Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

/** Headless Chromium flags for this closed network (and for running as root). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
