// kpss-data validate warns of what citizens would meet though the file is valid (issue #16): many
// services at one exact point, a place far from the others, two services of a provider with one name,
// and a service nobody can reach. Warnings, exit 0. Runs the built dist/cli/kpss-data.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { run, write } = cliSandbox('kpss-warnings-');
const phone = { phone: ['+420 566 123 456'] };
const at = (lat, lon) => [{ address: { city: 'Vzorov' }, lat, lon }];
const service = (id, extra) => ({
  id,
  name: `Služba ${id}`,
  type: 'odborne-socialni-poradenstvi',
  contact: phone,
  ...extra,
});

test('many services at one point, a far place, one name twice and no contact are warnings naming record and field', () => {
  const file = write('vzorov.json', {
    meta: { area: { name: 'Vzorov', level: 'obec' } },
    providers: [
      { id: 'charita', name: 'Charita', contact: phone },
      { id: 'tichy', name: 'Tichý spolek' },
    ],
    services: [
      // Four at the provider's seat.
      ...['a', 'b', 'c', 'd'].map((id) => service(id, { providerId: 'charita', locations: at(49.5612, 15.9387) })),
      service('e', { locations: at(49.57, 15.95) }),
      // Swapped digits: 94 km away from a town's other places.
      service('f', { locations: at(49.5612, 17.2387) }),
      service('g', { providerId: 'charita', name: 'Služba a', locations: at(49.562, 15.94) }),
      // No contact of its own, nor its provider's.
      { id: 'h', name: 'Tichá služba', type: 'osobni-asistence', providerId: 'tichy' },
      // No contact of its own, but its provider's.
      { id: 'i', name: 'Služba charity', type: 'osobni-asistence', providerId: 'charita' },
    ],
  });
  const r = run('validate', file);
  assert.equal(r.code, 0, r.out + r.err);
  const lines = (r.out + r.err).split('\n').filter((line) => line.startsWith('upozornění'));
  const has = (pattern) => lines.filter((line) => pattern.test(line));
  assert.equal(has(/na stejném bodě \(49\.56120, 15\.93870\) je 4 služeb/).length, 1, lines.join('\n'));
  assert.match(has(/na stejném bodě/)[0], /služby\[0\] \(id „a“\), pole „locations\[0\]“/);
  assert.equal(has(/km od ostatních míst/).length, 1, lines.join('\n'));
  assert.match(has(/km od ostatních míst/)[0], /\(id „f“\), pole „locations\[0\]\.lat“: místo je 9\d km/);
  assert.equal(has(/víc služeb s názvem „Služba a“/).length, 1);
  assert.match(has(/víc služeb s názvem/)[0], /\(id „g“\), pole „name“/);
  assert.deepEqual(
    has(/nemá telefon, e-mail ani web/).map((line) => /id „(\w)“/.exec(line)?.[1]),
    ['h'],
  );
});

test('three services in one building and a regional file spread over a region are no warnings', () => {
  const file = write('kraj.json', {
    meta: { area: { name: 'Kraj Vysočina', level: 'kraj' } },
    services: [
      ...['a', 'b', 'c'].map((id) => service(id, { locations: at(49.5612, 15.9387) })),
      service('d', { locations: at(49.4, 15.59) }),
      service('e', { locations: at(49.2, 16.1) }),
      service('f', { locations: at(49.7, 15.2) }),
    ],
  });
  const r = run('validate', file);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.out + r.err, /upozornění/);
});
