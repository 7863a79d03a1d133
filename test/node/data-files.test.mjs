// Every dataset in data/ validates against the published JSON Schema
// (with Ajv, an independent implementation of JSON Schema 2020-12).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('data/schema/kpss-dataset.schema.json', 'utf8'));

export function createValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // The library's own formats, the same rules as src/core/safe-url.ts and validate.ts.
  ajv.addFormat('email', /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/);
  ajv.addFormat('phone', (v) => /^\+?[0-9][0-9 ()/.-]{7,24}$/.test(v.trim()) && /^(\D*\d){9,15}\D*$/.test(v));
  ajv.addFormat('web-url', (v) => /^(https?:\/\/)?[\p{L}0-9-]+(\.[\p{L}0-9-]+)+([/?#]\S*)?$/iu.test(v));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-or-datetime', /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/);
  return ajv.compile(schema);
}

function datasetFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'schema' || name === 'templates' ? [] : datasetFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const validate = createValidator();
const files = datasetFiles('data');

test('data/ holds sample datasets', () => {
  assert.ok(files.length >= 1, 'no dataset files found in data/');
});

for (const file of files) {
  test(`${file} validates against the schema`, () => {
    const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
  });
}

test('the schema rejects a service with an unknown type and a bad phone', () => {
  const ok = validate({ services: [{ id: 'x', name: 'X', type: 'nothing', contact: { phone: ['12'] } }] });
  assert.equal(ok, false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/services/0/type'));
  assert.ok(paths.includes('/services/0/contact/phone/0'));
});
