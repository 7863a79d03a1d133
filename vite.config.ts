import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compileHints, sizeTrims, thirdPartyNotices, writeEntries } from './scripts/build/plugins.mjs';

/** The elements; each gets its own module in dist/ besides the all-in-one bundle. */
const ELEMENTS = ['catalogue', 'map', 'roster', 'plan'].filter((name) =>
  existsSync(resolve(import.meta.dirname, `src/${name}/index.ts`)),
);

export default defineConfig({
  plugins: [
    sizeTrims(),
    // The licences of the packages the bundle holds code of (Lit, Leaflet, Supercluster…), beside it.
    thirdPartyNotices(),
    writeEntries(
      'preload',
      Object.fromEntries(
        ELEMENTS.map((name) => [`kpss-${name}`, resolve(import.meta.dirname, `src/${name}/index.ts`)]),
      ),
    ),
    // Lit and the core, which every element's first render runs: compiled as they download (see the plugin).
    compileHints(['core']),
  ],
  // The dev server opens the demo pages; data/ is served as it is.
  server: { open: '/demo/index.html' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Terser after Rolldown's own minify (below): two compress passes find what one leaves, about 0.3 kB
    // gzip over the four elements, which the size budget needs. `pure_getters`: reading a property of
    // null is never relied on to throw, so such reads may go when unused (60 B over the four elements).
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2, pure_getters: true } },
    sourcemap: true,
    lib: {
      entry: {
        // The scripts a page loads (src/bundle/): each asks for its elements' data before their code.
        'kpss-widgets': resolve(import.meta.dirname, 'src/bundle/kpss-widgets.ts'),
        ...Object.fromEntries(ELEMENTS.map((name) => [name, resolve(import.meta.dirname, `src/bundle/${name}.ts`)])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps whitespace in ES library output; the output minify below removes it too.
        minify: true,
        // For browsers: no `/* @__PURE__ */` hints for a later bundler (the ES build keeps them), about 0.2 kB gzip
        // over the four elements.
        comments: { annotation: false },
        codeSplitting: {
          groups: [
            // What each entry runs first; put into the entries themselves (writeEntries above).
            { name: 'preload', test: /src[\\/]bundle[\\/]preload\./ },
            // Leaflet (JS and CSS) in a chunk of its own, so its size is measured apart from ours.
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
            // Lit and the shared core in one module every element loads. Left out: the language packs,
            // and core modules loaded only on need (opening hours, suggestions for unknown keys, the icons' drawings).
            {
              name: 'core',
              test: /src[\\/]core[\\/](?!strings[\\/](?:en|uk|cs-issues)\.|icons\.|hours\.|field-names\.|nearest\.|link\.|blocks\.)|node_modules[\\/](?:lit|lit-html|lit-element|@lit)[\\/]/,
            },
            // The catalogue's own first load in one module, which its lazy parts import from. Rolldown
            // would give the modules shared with them (service model, life situations) modules of their own.
            // Left out: what comes after the first render (search engine, need lexicon, facts, packs).
            {
              name: 'catalogue',
              test: /src[\\/]catalogue[\\/](?!search-index\.|lexicon[\\/](?:lexicon|needs|stop-words)\.|parts[\\/](?:on-demand|facts|crisis|active-filters|detail|empty)|strings[\\/](?:en|uk)\.)/,
            },
            // What the plan, the roster and the map share and the catalogue never loads: the link between elements
            // and the style blocks of facts, tables and legends. One module, so none of them costs a request of its own.
            { name: 'shared', test: /src[\\/]core[\\/](?:link|blocks\.styles)\./ },
            // What a person asks once a service is found (open now, access, directions, my list), and the
            // crisis lines for words of suicide: loaded after the catalogue's first render, measured apart
            // like the need lexicon.
            { name: 'facts', test: /src[\\/]catalogue[\\/]parts[\\/](?:facts|crisis)|src[\\/]core[\\/]hours\./ },
          ],
        },
      },
    },
  },
});
