// export-hsds carries what a person asks of a service (issue #19): structured opening hours as HSDS
// schedules, languages, the fee's kind as a cost option, the verified date (assured_date), stated free
// places (wait_time) and step-free access on the service's places, never on a hidden one. Runs the built
// dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-hsds-facts-');

const dataset = {
  meta: { title: 'Vzorov' },
  providers: [{ id: 'charita', name: 'Charita Vzorov' }],
  services: [
    {
      id: 'poradna',
      providerId: 'charita',
      name: 'Poradna',
      type: 'odborne-socialni-poradenstvi',
      hours: [
        {
          weekly: [
            { days: ['mo', 'we'], opens: '08:00', closes: '12:00' },
            { days: ['th'], opens: '13:00', closes: '17:00', byAppointment: true },
          ],
          closures: [{ from: '2026-12-24', to: '2026-12-31' }],
        },
      ],
      openingHours: ['Po, St 8–12, Čt odpoledne po domluvě'],
      accessibility: { level: 'partial', note: 'Vchod se schodem' },
      languages: ['cs', 'uk', 'cse'],
      fee: { kind: 'free' },
      verified: '2026-03-10',
      locations: [{ address: { street: 'Náměstí', number: '1', city: 'Vzorov' }, lat: 49.56, lon: 15.93 }],
    },
    {
      id: 'domov',
      providerId: 'charita',
      name: 'Domov',
      type: 'domovy-pro-seniory',
      hours: [{ nonstop: true }],
      fee: { kind: 'priceList', note: 'Podle ceníku' },
      availability: { status: 'waitlist', date: '2026-10-01', note: 'Asi 6 měsíců' },
      accessibility: { level: 'full' },
      locations: [{ address: { city: 'Vzorov' }, hidden: true }],
    },
  ],
};

test('structured hours, languages, fee, verified date, free places and access reach HSDS', () => {
  const out = join(tmp, 'hsds.json');
  const r = run('export-hsds', write('vzorov.json', dataset), '-o', out);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  const org = doc.contents[0];
  const poradna = org.services.find((s) => s.name === 'Poradna');
  const weekly = poradna.schedules.filter((s) => s.freq === 'WEEKLY');
  assert.deepEqual(
    weekly.map((s) => [s.byday, s.opens_at, s.closes_at, s.description ?? '']),
    [
      ['MO,WE', '08:00:00', '12:00:00', ''],
      ['TH', '13:00:00', '17:00:00', 'Po domluvě'],
    ],
  );
  assert.ok(weekly.every((s) => s.service_id === poradna.id && s.notes === 'Zavřeno 2026-12-24/2026-12-31'));
  // The plain line stays beside them.
  assert.ok(poradna.schedules.some((s) => s.description === 'Po, St 8–12, Čt odpoledne po domluvě'));
  assert.deepEqual(
    poradna.languages.map((l) => [l.code, l.name]),
    [
      ['cs', 'čeština'],
      ['uk', 'ukrajinština'],
      ['cse', 'český znakový jazyk'],
    ],
  );
  assert.deepEqual(
    poradna.cost_options.map((c) => [c.option, c.amount]),
    [['Bezplatně', 0]],
  );
  assert.equal(poradna.assured_date, '2026-03-10');
  const place = poradna.service_at_locations[0].location;
  assert.deepEqual(
    place.accessibility.map((a) => a.description),
    ['Částečně bezbariérový přístup. Vchod se schodem'],
  );

  const domov = org.services.find((s) => s.name === 'Domov');
  assert.deepEqual(
    domov.schedules.map((s) => [s.byday, s.opens_at, s.closes_at]),
    [['MO,TU,WE,TH,FR,SA,SU', '00:00:00', '23:59:59']],
  );
  assert.equal(domov.wait_time, 'Pořadník čekatelů (stav k 2026-10-01). Asi 6 měsíců');
  assert.equal(domov.cost_options[0].amount_description, 'Podle ceníku');
  // A hidden place is not exported, and neither is its access.
  assert.deepEqual(domov.service_at_locations, []);
  assert.ok(org.locations.every((l) => !JSON.stringify(l).includes('Bezbariérový přístup"')));
});
