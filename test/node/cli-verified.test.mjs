// kpss-data validate and the new facts (issue #19): a service whose details were checked over a year ago
// is a warning naming record and field (exit 0), a recent date none; seasons of opening hours that end
// before they start are an error. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { run, write } = cliSandbox('kpss-verified-');
const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const service = (id, extra) => ({ id, name: `Služba ${id}`, type: 'odborne-socialni-poradenstvi', ...extra });

test('a verified date over a year old is a warning; a recent one is not', () => {
  const file = write('verified.json', {
    services: [service('stara', { verified: '2020-01-15' }), service('nova', { verified: daysAgo(30) })],
  });
  const r = run('validate', file);
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out + r.err,
    /služby\[0\] \(id „stara“\), pole „verified“: údaje služby byly naposledy ověřeny 2020-01-15/,
  );
  assert.doesNotMatch(r.out + r.err, /„nova“/);
});

test('opening hours valid until a date before they start are an error', () => {
  const file = write('hours.json', {
    services: [
      service('sezona', {
        hours: [
          {
            validFrom: '2026-12-01',
            validTo: '2026-02-28',
            weekly: [{ days: ['mo'], opens: '08:00', closes: '12:00' }],
          },
        ],
      }),
    ],
  });
  const r = run('validate', file);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out + r.err, /pole „hours\[0\]\.validFrom“: začátek je později než konec \(2026-12-01 > 2026-02-28\)/);
});
