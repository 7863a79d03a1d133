import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { hoistTransitiveImports, sizeTrims } from './scripts/build/plugins.mjs';

/** The elements; each gets its own module in dist/ besides the all-in-one bundle. */
const ELEMENTS = ['catalogue', 'map', 'roster', 'plan'].filter((name) =>
  existsSync(resolve(import.meta.dirname, `src/${name}/index.ts`)),
);

export default defineConfig({
  plugins: [sizeTrims(), hoistTransitiveImports()],
  // The dev server opens the demo pages; data/ is served as it is.
  server: { open: '/demo/index.html' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Terser after Rolldown's own minify (below): two compress passes find what one leaves, about 0.3 kB
    // gzip over the four elements, which the size budget needs.
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } },
    sourcemap: true,
    lib: {
      entry: {
        'kpss-widgets': resolve(import.meta.dirname, 'src/index.ts'),
        ...Object.fromEntries(ELEMENTS.map((name) => [name, resolve(import.meta.dirname, `src/${name}/index.ts`)])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps whitespace in ES library output; the output minify below removes it too.
        minify: true,
        codeSplitting: {
          groups: [
            // Leaflet (JS and CSS) in a chunk of its own, so its size is measured apart from ours.
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
            // Lit and the shared core in one module every element loads. Left out: the language packs,
            // and core modules loaded only on need (opening hours, suggestions for unknown keys).
            {
              name: 'core',
              test: /src[\\/]core[\\/](?!strings[\\/](?:en|uk|cs-issues)\.|hours\.|field-names\.|nearest\.|link\.|blocks\.)|node_modules[\\/](?:lit|lit-html|lit-element|@lit)[\\/]/,
            },
            // What the plan, the roster and the map share and the catalogue never loads: the link between elements
            // and the style blocks of facts, tables and legends. One module, so none of them costs a request of its own.
            { name: 'shared', test: /src[\\/]core[\\/](?:link|blocks\.styles)\./ },
            // What a person asks once a service is found (open now, access, directions, my list): loaded
            // after the catalogue's first render, measured apart like the need lexicon.
            { name: 'facts', test: /src[\\/]catalogue[\\/]parts[\\/]facts|src[\\/]core[\\/]hours\./ },
          ],
        },
      },
    },
  },
});
