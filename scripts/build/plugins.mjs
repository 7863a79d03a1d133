// Build-time size trims for the shipped bundle. They only remove what the
// browser never reads; the sources stay readable.
import ts from 'typescript';

/** Annotations a JSON Schema carries for people, not for validation. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples']);

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

/** Collapses whitespace and drops comments in the static parts of Lit css`` templates. */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    const minified = parts.map((part) =>
      part.startsWith('${')
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/;}/g, '}'),
    );
    return `css\`${minified.join('')}\``;
  });
}

/**
 * Collapses the indentation in the static parts of Lit html`` templates: a
 * run of white space with a line break becomes one space, which HTML renders
 * the same (no template of ours has <pre>, <textarea> or `white-space: pre`).
 * Template literals are found by TypeScript's parser, so expressions inside
 * `${…}`, nested templates and strings are never touched.
 */
export function collapseHtmlTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [start, end] of the raw text of each static part, inside its backticks and `${` `}`. */
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // Head and middle parts end with "${", the tail and a plain template with "`".
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        ranges.push([part.getStart(source) + 1, part.end - closing]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + code.slice(start, end).replace(/(?<!\\)[ \t]*\r?\n\s*/g, ' ');
    at = end;
  }
  return out + code.slice(at);
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
 * The schema as the browser gets it: without annotations, and with the
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
    `const schema = ${JSON.stringify(schema)};`,
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
      if (/\/src\/.*styles\.ts$/.test(id)) return { code: minifyCssTemplates(code), map: null };
      if (/\/src\/.*\.ts$/.test(id) && code.includes('html`'))
        return { code: collapseHtmlTemplates(code, id), map: null };
      return null;
    },
  };
}
