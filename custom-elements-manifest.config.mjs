// `npm run build` writes custom-elements.json (package.json "customElements")
// from the elements' JSDoc: attributes, properties, events, parts, CSS properties.
export default {
  globs: ['src/{catalogue,map,roster,plan}/*.ts', 'src/core/kpss-element.ts', 'src/core/events.ts'],
  exclude: ['src/**/*.d.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
