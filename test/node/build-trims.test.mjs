// The build's size trims (scripts/build/plugins.mjs) change only what the browser never reads.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collapseHtmlTemplates,
  minifyCssTemplates,
  packageRoot,
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
    out.includes('html`<li class="card"><b>${x ? html`<i> y</i>` : "a\\n  b"}</b> ${`plain\n      kept`}</li>`'),
    out,
  );
  // Beside the tag of a block no space renders: none is kept, also on one line; between inline content one stays.
  assert.equal(
    collapseHtmlTemplates(
      'const a = html`<ul> <li>\n  <label>A</label> <select></select>\n  ${b}\n</li>\n</ul> <p>c</p>`;',
    ),
    'const a = html`<ul><li><label>A</label> <select></select> ${b}</li></ul><p>c</p>`;',
  );
  // A tag merely starting like a block's is not one (<legendary>, <pre>, <label>).
  assert.equal(
    collapseHtmlTemplates('const a = html`<b>x</b>\n <legendary>y</legendary>\n <pre>z</pre>`;'),
    'const a = html`<b>x</b> <legendary>y</legendary> <pre>z</pre>`;',
  );
  assert.ok(out.includes('const other = `a\n  b`;'));
  assert.ok(out.includes('css`.x {\n  color: red;\n}`'));
  // Nothing to do: the same code.
  assert.equal(collapseHtmlTemplates('const a = html`<p>${b}</p>`;'), 'const a = html`<p>${b}</p>`;');
});

test('css`` templates are minified by a CSS parser; a shared block inside stays in its place', () => {
  assert.equal(minifyCssTemplates('css`\n  .a {\n    color: red; /* why */\n  }\n`'), 'css`.a{color:red}`');
  // A block of declarations alone, with custom properties, a font list and a quoted string kept as written.
  assert.equal(
    minifyCssTemplates("const d = css`\n  --_a: var(--kpss-a, #ffffff);\n  --_f: a, 'b,  c';\n`;"),
    'const d = css`--_a:var(--kpss-a,#ffffff);--_f:a,"b,  c"`;',
  );
  // A block placed inside rules, first, in the middle and last.
  assert.equal(
    minifyCssTemplates('css`:host([x]) {\n  ${d}\n}\n.b {\n  color: red;\n  ${d}\n  margin: 0 ;\n}\n.c { ${d} }`'),
    'css`:host([x]){${d}}.b{color:red;${d};margin:0}.c{${d}}`',
  );
  // Two blocks in a row stay two declarations.
  assert.equal(minifyCssTemplates('css`.a { ${x}\n ${y} }`'), 'css`.a{${x};${y}}`');
  // A ${…} where no declaration can stand (a selector, a value, outside rules): the build stops rather than ship it.
  for (const where of ['css`${sel} { color: red }`', 'css`.a { color: ${c}; }`', 'css`.a { color: red } ${x}`']) {
    assert.throws(() => minifyCssTemplates(where), /stands where no declaration can/, where);
  }
  // A JavaScript escape would reach the CSS parser as CSS.
  assert.throws(() => minifyCssTemplates("css`.a::before { content: '\\\\2014'; }`"));
});

test('schema annotations and identifiers go, field names called "description", "title" or "$schema" stay', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.cz/a.json',
    properties: { $schema: { type: 'string' } },
    $defs: { Service: { description: 'A service', properties: { description: { type: 'string', title: 'Text' } } } },
  };
  assert.deepEqual(stripSchemaAnnotations(schema), {
    properties: { $schema: { type: 'string' } },
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

test('a bundled module’s package is found from its path, scoped, nested, on Windows and behind a virtual id', () => {
  assert.equal(packageRoot('/p/node_modules/lit-html/lit-html.js'), '/p/node_modules/lit-html');
  assert.equal(
    packageRoot('/p/node_modules/@lit/reactive-element/css-tag.js'),
    '/p/node_modules/@lit/reactive-element',
  );
  assert.equal(packageRoot('/p/node_modules/a/node_modules/kdbush/index.js'), '/p/node_modules/a/node_modules/kdbush');
  assert.equal(packageRoot('C:\\p\\node_modules\\leaflet\\dist\\leaflet.css?inline'), 'C:/p/node_modules/leaflet');
  assert.equal(packageRoot('\0/p/node_modules/leaflet/x.js'), '/p/node_modules/leaflet');
  assert.equal(packageRoot('/p/src/core/loader.ts'), undefined);
});
