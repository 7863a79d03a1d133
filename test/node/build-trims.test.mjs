// The build's size trims (scripts/build/plugins.mjs) change only what the browser never reads.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collapseHtmlTemplates,
  minifyCssTemplates,
  schemaModule,
  stripSchemaAnnotations,
} from '../../scripts/build/plugins.mjs';

test('html`` templates lose their indentation, nested ones too; expressions, strings and other templates stay', () => {
  const code = [
    'const card = html`<li class="card">',
    '    <b>${x ? html`<i>',
    '      y</i>` : "a\\n  b"}</b>',
    '    ${`plain',
    '      kept`}',
    '  </li>`;',
    'const other = `a',
    '  b`;',
    'const tagged = css`.x {',
    '  color: red;',
    '}`;',
  ].join('\n');
  const out = collapseHtmlTemplates(code);
  assert.ok(
    out.includes('html`<li class="card"> <b>${x ? html`<i> y</i>` : "a\\n  b"}</b> ${`plain\n      kept`} </li>`'),
    out,
  );
  assert.ok(out.includes('const other = `a\n  b`;'));
  assert.ok(out.includes('css`.x {\n  color: red;\n}`'));
  // Nothing to do: the same code.
  assert.equal(collapseHtmlTemplates('const a = html`<p>${b}</p>`;'), 'const a = html`<p>${b}</p>`;');
});

test('css`` templates lose comments and white space', () => {
  assert.equal(minifyCssTemplates('css`\n  .a {\n    color: red; /* why */\n  }\n`'), 'css` .a{color: red}`');
});

test('schema annotations go, field names called "description" or "title" stay', () => {
  const schema = {
    $defs: { Service: { description: 'A service', properties: { description: { type: 'string', title: 'Text' } } } },
  };
  assert.deepEqual(stripSchemaAnnotations(schema), {
    $defs: { Service: { properties: { description: { type: 'string' } } } },
  });
});

test('the shipped schema takes the enumerations the vocabulary already has from it, instead of shipping them twice', () => {
  const json = JSON.stringify({
    $defs: {
      ServiceType: { description: 'Druh', enum: ['pecovatelska-sluzba'] },
      Weekday: { enum: ['mo', 'tu'] },
    },
  });
  const code = schemaModule(json);
  assert.match(code, /^import \{ [A-Z_, ]+ \} from ".*src\/core\/vocabulary\.ts";/);
  // The codes are filled in from the vocabulary at load; enumerations it has no table for stay as written.
  assert.match(code, /schema\.\$defs\.ServiceType\.enum = Object\.keys\(SERVICE_TYPES\);/);
  assert.doesNotMatch(code, /pecovatelska-sluzba|Druh/);
  assert.match(code, /"Weekday":\{"enum":\["mo","tu"\]\}/);
  assert.doesNotMatch(code, /Weekday\.enum =/);
});
