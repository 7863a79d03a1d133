// Build-time plugins: size trims for the shipped bundle (they only remove what the browser never
// reads; the sources stay readable), the entries a page loads, and the licence notices of the
// packages the bundle holds code of.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import esbuild from 'esbuild';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');

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

/** Elements laid out as blocks (or table parts, list items, options): white space beside their tags renders nothing. */
const BLOCK_TAG =
  'article|aside|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|legend|li|nav|ol|optgroup|option|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const AFTER_BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAG})\\b[^<>]*>$`);
const BEFORE_BLOCK_TAG = new RegExp(`^<\\/?(?:${BLOCK_TAG})\\b`);

/**
 * Collapses the indentation in the static parts of Lit html`` templates: a
 * run of white space with a line break becomes one space, which HTML renders
 * the same (no template of ours has <pre>, <textarea> or `white-space: pre`).
 * A run beside the tag of a block (a list item, a paragraph, a cell…) goes:
 * a line starts or ends there and a space renders nothing, so every copy of a
 * template (each card) has fewer text nodes. Our styles lay such elements out
 * as blocks, flex or grid items; `npm run screenshots` before and after gave
 * the same pixels. Template literals are found by TypeScript's parser, so
 * expressions inside `${…}`, nested templates and strings are never touched.
 */
export function collapseHtmlTemplates(code, fileName = 'module.ts') {
  const ranges = templateParts(code, fileName, 'html')
    .flat()
    .sort((x, y) => x[0] - y[0]);
  const collapse = (text) =>
    text.replace(/(?<!\\)\s+/g, (run, at) => {
      if (AFTER_BLOCK_TAG.test(text.slice(0, at)) || BEFORE_BLOCK_TAG.test(text.slice(at + run.length))) return '';
      return /\n/.test(run) ? ' ' : run;
    });
  return replaceRanges(
    code,
    ranges.map((range) => [range, collapse(code.slice(...range))]),
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

/** `a as b,c` → [['a','b'],['c','c']]. */
const pairs = (list) =>
  list
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [name, as = name] = pair.split(/\s+as\s+/);
      return [name, as];
    });

/** A chunk of nothing but re-exports (a facade Rolldown makes for a module loaded with import()): export name → [file, member]; else undefined. */
function reexports(chunk) {
  const STATEMENT = /(import|export)\s*\{([^}]*)\}\s*(?:from\s*["'`]([^"'`]+)["'`])?\s*;?/g;
  const code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  if (code.replace(STATEMENT, '').trim()) return undefined;
  const dir = posix.dirname(chunk.fileName);
  const locals = new Map();
  const exported = new Map();
  for (const [, kind, list, from] of code.matchAll(STATEMENT)) {
    const file = from && posix.join(dir, from);
    for (const [name, as] of pairs(list)) {
      if (kind === 'import') locals.set(as, [file, name]);
      else exported.set(as, from ? [file, name] : locals.get(name));
    }
  }
  return [...exported.values()].every(Boolean) ? exported : undefined;
}

/**
 * Writes the code of each entry, the script a page loads (src/bundle/): the chunk `preload` put in
 * first (it asks for the data of the page's elements while their code is on its way; a module of
 * its own would cost the round trip it saves), then one `import()` of every chunk the entry's
 * modules need, all at once (a browser that learned of the core only from the element's chunk would
 * ask a round trip later; Rolldown doesn't hoist them), and its exports taken from those chunks.
 * The entry's sources say what it loads and exports; what Rolldown made of them (re-export facades,
 * a destructuring per module) is replaced by this shorter equivalent. Fails the build on an entry
 * it cannot account for. `elements` (tag → the element's module): an entry holding several elements
 * first loads those the page shows, so that the code of the others doesn't share the line with them.
 */
export function writeEntries(preload = 'preload', elements = {}) {
  return {
    name: 'kpss-write-entries',
    apply: 'build',
    generateBundle(_options, bundle) {
      const preloadChunk = Object.values(bundle).find((c) => c.type === 'chunk' && !c.isEntry && c.name === preload);
      let preloadCode = '';
      if (preloadChunk) {
        preloadCode = preloadChunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
        if (
          preloadChunk.imports.length ||
          preloadChunk.dynamicImports.length ||
          /\b(?:import|export)\b/.test(preloadCode)
        ) {
          this.error(`${preloadChunk.fileName} imports or exports and cannot be put into the entries`);
        }
        // In a block of its own: its names stay apart from the entry's.
        preloadCode = `{${preloadCode}}`;
      }
      /** What importing `files` loads besides them, by their static imports. */
      const transitive = (files) => {
        const all = new Set(files);
        const queue = [...files];
        while (queue.length) {
          for (const file of bundle[queue.pop()]?.imports ?? []) {
            if (!all.has(file)) queue.push(all.add(file) && file);
          }
        }
        return [...all].filter((file) => !files.includes(file));
      };
      const facades = new Set();
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        const sources = new Map();
        for (const target of entry.dynamicImports) {
          const facade = reexports(bundle[target]);
          if (facade) facades.add(target);
          for (const [name, source] of facade ?? bundle[target].exports.map((name) => [name, [target, name]])) {
            if (!sources.has(name)) sources.set(name, source);
          }
        }
        const unknown = entry.exports.filter((name) => !sources.has(name) || name === 'default');
        if (entry.imports.some((file) => file !== preloadChunk?.fileName) || unknown.length) {
          this.error(`${entry.fileName}: cannot write the loading of ${unknown.join(', ') || 'its static imports'}`);
        }
        const files = [...new Set(entry.exports.map((name) => sources.get(name)[0]))];
        const all = [...files, ...transitive(files)];
        const from = posix.dirname(entry.fileName);
        const path = (file) => {
          const relative = posix.relative(from, file);
          return relative.startsWith('.') ? relative : `./${relative}`;
        };
        const bindings = entry.exports.map((name) => {
          const [file, member] = sources.get(name);
          return `${name}=m[${files.indexOf(file)}].${member}`;
        });
        // The page's own elements first: [tag, indexes in `all` of its chunk and what that imports]. The others
        // when the page is idle (after the first render of its own): on a phone their download and start-up
        // would otherwise slow that render (a town's first cards about 0.1 s later).
        const IDLE =
          'await new Promise(r=>self.requestIdleCallback?requestIdleCallback(r,{timeout:2e3}):setTimeout(r,300));';
        const chunkOf = (id) => all.find((file) => bundle[file].moduleIds?.includes(id));
        const onPage = Object.entries(elements)
          .filter(([, id]) => chunkOf(id))
          .map(([tag, id]) => [tag, ...[chunkOf(id), ...transitive([chunkOf(id)])].map((file) => all.indexOf(file))]);
        const loads = `[${all.map((file) => `()=>import("${path(file)}")`).join(',')}]`;
        entry.code =
          onPage.length > 1
            ? `${preloadCode}const F=${loads};` +
              `await Promise.all(${JSON.stringify(onPage)}.filter(e=>document.querySelector(e[0])).flatMap(e=>e.slice(1).map(i=>F[i]())));` +
              `${IDLE}const m=await Promise.all(F.map(f=>f()));export const ${bindings.join(',')};\n`
            : `${preloadCode}const m=await Promise.all([${all.map((file) => `import("${path(file)}")`).join(',')}]);` +
              `export const ${bindings.join(',')};\n`;
        entry.imports = [];
        entry.dynamicImports = all;
        entry.map = null;
        delete bundle[`${entry.fileName}.map`];
      }
      // The facades and the preload chunk, now that nothing loads them.
      const used = new Set(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [...c.imports, ...c.dynamicImports] : [])),
      );
      for (const file of [...facades, preloadChunk?.fileName].filter(Boolean)) {
        if (used.has(file)) continue;
        delete bundle[file];
        delete bundle[`${file}.map`];
      }
    },
  };
}

/** The folder of the npm package a bundled module comes from, or undefined for the project's own modules. */
export function packageRoot(id) {
  const path = id.replace(/^\0/, '').split('?')[0].split('\\').join('/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return name ? `${path.slice(0, at)}/node_modules/${name}` : undefined;
}

/**
 * Code copied into the sources from a package, with the package's licence file beside it (the icons'
 * drawings): its module, and what its notice says.
 */
export const VENDORED = [
  {
    module: /src[\\/]core[\\/]icons\.data\.ts$/,
    name: 'lucide-static',
    version: '1.62.0',
    license: 'ISC',
    homepage: 'https://lucide.dev',
    file: 'src/core/icons.LICENSE.txt',
  },
];

/** The notice of the npm package in folder `root`: its name, version, licence and the licence's text. */
export function packageNotice(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  if (!file) throw new Error(`${pkg.name} has no licence file: its notice cannot be written`);
  return { ...pkg, text: readFileSync(join(root, file), 'utf8') };
}

/**
 * The licence notices of the packages whose code is in the built files, as their licences ask of a copy
 * that is passed on (the release's zip, the npm package's dist/).
 */
export function noticesText(notices) {
  const sections = [...notices]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(
      ({ name, version, license, homepage, text }) =>
        `${name} ${version} (${license ?? 'see below'})\n${homepage ?? ''}\n\n${text.trim()}\n`,
    );
  return [
    'Součásti jiných autorů v těchto souborech a jejich licence.',
    'Third-party software included in these files, and its licences.',
    '',
    ...sections.flatMap((section) => ['='.repeat(72), section]),
  ].join('\n');
}

/**
 * Writes THIRD-PARTY-NOTICES.txt beside the built files: the notices of every package the output holds
 * code of. With `collect` (a Map), adds the notices to it instead, for one file over several builds.
 */
export function thirdPartyNotices(collect) {
  return {
    name: 'kpss-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const notices = collect ?? new Map();
      for (const output of Object.values(bundle)) {
        for (const id of output.type === 'chunk' ? (output.moduleIds ?? Object.keys(output.modules)) : []) {
          // Read once per package, not once per module of it (Lit has dozens).
          const root = packageRoot(id);
          const copied = VENDORED.find(({ module }) => module.test(id));
          if (root && !notices.has(root)) notices.set(root, packageNotice(root));
          else if (copied && !notices.has(copied.name)) {
            notices.set(copied.name, { ...copied, text: readFileSync(join(ROOT, copied.file), 'utf8') });
          }
        }
      }
      if (!collect) {
        this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesText(notices.values()) });
      }
    },
  };
}

/** V8's explicit compile hint: every function of the file is compiled while it downloads, not on first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's compile hint at the top of the chunks named `names`: the code an element runs at its first render.
 * Chromium (136 and later) then compiles their functions on a background thread as the file streams in,
 * instead of on the main thread at first call; on a phone (CPU slowed 4×) a town's first cards 0.01–0.08 s
 * sooner. Other browsers read a comment. Not for code that may never run (the lexicon, Leaflet, what follows a
 * person's action): eager compiling of it would be wasted. The source map moves by the line. The file's hash
 * is of its code before the hint, which changes nothing in how it runs.
 */
export function compileHints(names) {
  return {
    name: 'kpss-compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isEntry || !names.includes(chunk.name)) continue;
        chunk.code = COMPILE_HINT + chunk.code;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source));
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
      }
    },
  };
}
