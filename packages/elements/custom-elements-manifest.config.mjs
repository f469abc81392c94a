// Custom Elements Manifest (custom-elements.json) for @touchpoint/elements: editors, Storybook and
// the React/Vue wrappers read tags, attributes, events, parts and CSS properties from it. The JSDoc
// on each component class is the source. Run from this package's folder (paths in the manifest
// are then package-relative):
//   npm exec -w @touchpoint/elements -- cem analyze --config custom-elements-manifest.config.mjs
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.suite.ts', 'src/internal/test-support.ts'],
  outdir: '.',
  litelement: true,
};
