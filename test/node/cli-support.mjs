// What the kpss-data tests share: a temporary folder removed after the file's tests, the built tool run
// in Czech as CI runs it, and files written into the folder. (Not a test file: no `.test.mjs`.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export const CLI = 'dist/cli/kpss-data.js';

/** A temporary folder for one test file, with `run` for the built tool and `write` for files in the folder. */
export function cliSandbox(prefix) {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const run = (...args) => {
    const env = { ...process.env, CI: 'true' };
    delete env.KPSS_LANG;
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  const write = (name, content) => {
    const path = join(tmp, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };
  return { tmp, run, write };
}
