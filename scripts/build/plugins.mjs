// Build-time size trims for the shipped bundle. They only remove what the
// browser never reads; the sources stay readable.
import { posix } from 'node:path';
import esbuild from 'esbuild';
import ts from 'typescript';

/** Annotations a JSON Schema carries for people, not for validation. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', '$id', '$schema']);

/** Drops annotations from a schema node; a `properties` map's keys are field names and stay. */
export function stripSchemaAnnotations(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((item) => stripSchemaAnnotations(item));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isPropertyMap && ANNOTATIONS.has(key)) continue;
    out[key] = stripSchemaAnnotations(value, !isPropertyMap && (key === 'properties' || key === '$defs'));
  }
  return out;
}

/** [start, end] of the raw text of each static part of the templates tagged `tag`, inside `` ` `` and `${` `}`. */
function templateParts(code, fileName, tag) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const templates = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === tag) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      templates.push(
        parts.map((part) => {
          // Head and middle parts end with "${", the tail and a plain template with "`".
          const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
          return [part.getStart(source) + 1, part.end - closing];
        }),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return templates;
}

/** `code` with each [[start, end], text] of `edits` (in order, not overlapping) put in place. */
function replaceRanges(code, edits) {
  let out = '';
  let at = 0;
  for (const [[start, end], text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/**
 * esbuild keeps the values of custom properties as written (the spec keeps their white space);
 * ours are var() fallbacks and font lists, where the space after a colon or comma means nothing.
 * Quoted strings are left alone.
 */
function tightCustomProperties(css) {
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : part.replace(/(--[\w-]+):\s+/g, '$1:').replace(/,\s+/g, ',')))
    .join('');
}

/** A stand-in for a template's `${…}` that the CSS minifier keeps as a declaration. */
const slot = (i) => `--kpss-slot-${i}:0`;

/**
 * Minifies the static parts of Lit css`` templates with esbuild's CSS minifier (a real CSS
 * parser: comments and white space go, colours and numbers get their shortest form, nothing is
 * lowered for older browsers). A `${…}` inside a template (a shared block of declarations) stands
 * in as a custom property while minifying; a template of declarations only is minified inside a
 * rule. The build fails rather than ship a template whose stand-ins did not come back unchanged.
 */
export function minifyCssTemplates(code, fileName = 'styles.ts') {
  const templates = templateParts(code, fileName, 'css');
  const edits = [];
  for (const parts of templates) {
    const texts = parts.map(([start, end]) => code.slice(start, end));
    const joined = texts.map((text, i) => (i ? `${slot(i - 1)};${text}` : text)).join('');
    // The raw source text goes to the CSS parser: a JavaScript escape in it would be read as CSS.
    if (joined.includes('\\')) throw new Error(`${fileName}: a css\` template with a backslash is not minified`);
    const declarations = !joined.includes('{');
    // A ${…} may only stand where a declaration can: inside a rule (or a template of declarations), after
    // "{" or ";", and before "}", ";" or another declaration. Anywhere else (a selector, a value) the build stops.
    let before = '';
    texts.slice(0, -1).forEach((text, i) => {
      before += text;
      const depth = (before.match(/\{/g) ?? []).length - (before.match(/\}/g) ?? []).length;
      const after = texts[i + 1].trimStart();
      if ((!declarations && depth < 1) || !/(^|[{;])\s*$/.test(before) || !/^($|[};]|[-\w]+\s*:)/.test(after)) {
        throw new Error(`${fileName}: a \${…} in a css\` template stands where no declaration can`);
      }
      before += ';';
    });
    const input = declarations ? `x{${joined}}` : joined;
    let out = tightCustomProperties(esbuild.transformSync(input, { loader: 'css', minify: true }).code.trim());
    if (declarations) {
      if (!out.startsWith('x{') || !out.endsWith('}')) throw new Error(`${fileName}: cannot minify css\`${joined}\``);
      out = out.slice(2, -1);
    }
    // Back to the template's static parts, split where the stand-ins are.
    const pieces = out.split(/;?--kpss-slot-\d+:0;?/);
    if (
      pieces.length !== parts.length ||
      (out.match(/--kpss-slot-(\d+)/g) ?? []).some((m, i) => m !== `--kpss-slot-${i}`)
    ) {
      throw new Error(`${fileName}: the css\` template's \${…} moved while minifying`);
    }
    // A part before a stand-in ends a declaration, and the one after starts one.
    const last = parts.length - 1;
    for (const [i, range] of parts.entries()) {
      const piece = pieces[i];
      const start = i > 0 && !/^[};]/.test(piece) ? ';' : '';
      const end = i < last && !/[{;]$/.test(piece) ? ';' : '';
      // Between two stand-ins with nothing of its own: one separator.
      edits.push([range, piece ? `${start}${piece}${end}` : start && end]);
    }
  }
  return replaceRanges(code, edits);
}

/**
 * Collapses the indentation in the static parts of Lit html`` templates: a
 * run of white space with a line break becomes one space, which HTML renders
 * the same (no template of ours has <pre>, <textarea> or `white-space: pre`).
 * Template literals are found by TypeScript's parser, so expressions inside
 * `${…}`, nested templates and strings are never touched.
 */
export function collapseHtmlTemplates(code, fileName = 'module.ts') {
  const ranges = templateParts(code, fileName, 'html')
    .flat()
    .sort((x, y) => x[0] - y[0]);
  return replaceRanges(
    code,
    ranges.map((range) => [range, code.slice(...range).replace(/(?<!\\)[ \t]*\r?\n\s*/g, ' ')]),
  );
}

/**
 * The schema's enumerations whose codes are the keys of a vocabulary table in
 * src/core/vocabulary.ts (test/core/contract.test.ts holds them equal).
 */
const ENUMS_FROM_VOCABULARY = {
  ServiceType: 'SERVICE_TYPES',
  TargetGroup: 'TARGET_GROUPS',
  Form: 'FORMS',
  GroupKind: 'GROUP_KINDS',
  Role: 'ROLES',
  TriadSide: 'TRIAD_SIDES',
  PlanStatus: 'PLAN_STATUSES',
  CapacityUnit: 'CAPACITY_UNITS',
};

/**
 * The schema as the browser gets it: without annotations, references by name, and with the
 * enumerations the vocabulary already carries taken from it at load time
 * instead of shipped twice (the widgets load the vocabulary anyway).
 */
export function schemaModule(json) {
  const schema = stripSchemaAnnotations(JSON.parse(json));
  const fills = [];
  for (const [name, table] of Object.entries(ENUMS_FROM_VOCABULARY)) {
    if (!schema.$defs?.[name]?.enum) continue;
    schema.$defs[name].enum = [];
    fills.push(`schema.$defs.${name}.enum = Object.keys(${table});`);
  }
  const vocabulary = new URL('../../src/core/vocabulary.ts', import.meta.url).pathname;
  return [
    `import { ${Object.values(ENUMS_FROM_VOCABULARY).join(', ')} } from ${JSON.stringify(vocabulary)};`,
    // References by the definition's name alone ("Plan" for "#/$defs/Plan"): resolve() in validate.ts takes both.
    `const schema = ${JSON.stringify(schema).replaceAll('"#/$defs/', '"')};`,
    ...fills,
    'export default schema;',
  ].join('\n');
}

/** Vite/Rollup plugin applying the trims during `vite build`. */
export function sizeTrims() {
  return {
    name: 'kpss-size-trims',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.endsWith('.schema.json')) return { code: schemaModule(code), map: null, moduleType: 'js' };
      if (/\/src\/.*styles\.ts$/.test(id)) return { code: minifyCssTemplates(code, id), map: null };
      if (/\/src\/.*\.ts$/.test(id) && code.includes('html`'))
        return { code: collapseHtmlTemplates(code, id), map: null };
      return null;
    },
  };
}

/**
 * Lists in each entry the chunks its chunks import (Rollup's `hoistTransitiveImports`, which Rolldown
 * doesn't do yet). Without it a browser learns of the core chunk only once the element's chunk has
 * arrived: one round trip more before the data is even asked for (on a phone, 150 ms or more).
 * Appended after the code: import declarations count wherever they stand, and the source map of the
 * code before them stays as it is.
 */
export function hoistTransitiveImports() {
  return {
    name: 'kpss-hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const all = new Set(chunk.imports);
        const queue = [...chunk.imports];
        while (queue.length) {
          for (const file of bundle[queue.pop()]?.imports ?? []) {
            if (!all.has(file)) queue.push(all.add(file) && file);
          }
        }
        const hoisted = [...all].filter((file) => !chunk.imports.includes(file));
        const from = posix.dirname(chunk.fileName);
        const path = (file) => {
          const relative = posix.relative(from, file);
          return relative.startsWith('.') ? relative : `./${relative}`;
        };
        if (hoisted.length) chunk.code += `\n${hoisted.map((file) => `import"${path(file)}";`).join('')}`;
      }
    },
  };
}
