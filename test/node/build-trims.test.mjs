// The build's size trims (scripts/build/plugins.mjs) change only what the browser never reads.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseHtmlTemplates, minifyCssTemplates, stripSchemaAnnotations } from '../../scripts/build/plugins.mjs';

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
