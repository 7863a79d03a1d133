#!/usr/bin/env node
/**
 * The ES build for app developers, beside the all-in-one bundle for web admins: dist/es/, one
 * module per source module (src/ → dist/es/), with `lit`, `leaflet` and `supercluster` left as
 * imports the app's bundler resolves, so an app that already uses Lit does not ship it twice.
 * Not minified (the app's bundler does that); Leaflet's CSS, which the map puts into its shadow
 * root, is inlined as a string, since `?inline` is Vite's and not every bundler's.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { sizeTrims } from './build/plugins.mjs';

const root = resolve(import.meta.dirname, '..');
const ELEMENTS = ['catalogue', 'map', 'roster', 'plan'];

/** What the ES build imports instead of including: the packages in package.json's dependencies. */
const EXTERNAL = /^(?:lit|lit-html|lit-element|@lit\/[\w-]+|supercluster|leaflet\/dist\/leaflet-src\.esm\.js)(?:\/|$)/;

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [sizeTrims()],
  build: {
    outDir: resolve(root, 'dist/es'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        ...Object.fromEntries(ELEMENTS.map((name) => [`${name}/index`, resolve(root, `src/${name}/index.ts`)])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: resolve(root, 'src'),
        // Two modules come from outside src/: the schema (validation) and Leaflet's CSS as a string.
        entryFileNames: (chunk) =>
          /kpss-dataset\.schema/.test(chunk.facadeModuleId ?? '')
            ? 'core/schema.js'
            : /leaflet\.css/.test(chunk.facadeModuleId ?? '')
              ? 'map/leaflet-css.js'
              : '[name].js',
      },
    },
  },
});
