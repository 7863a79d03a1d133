// Build-time size trims for the shipped bundle. They only remove what the
// browser never reads; the sources stay readable.

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

/** Vite/Rollup plugin applying both trims during `vite build`. */
export function sizeTrims() {
  return {
    name: 'kpss-size-trims',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.endsWith('.schema.json')) {
        return { code: JSON.stringify(stripSchemaAnnotations(JSON.parse(code))), map: null };
      }
      if (/\/src\/.*styles\.ts$/.test(id)) return { code: minifyCssTemplates(code), map: null };
      return null;
    },
  };
}
