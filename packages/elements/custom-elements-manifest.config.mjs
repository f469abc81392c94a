// Custom Elements Manifest (custom-elements.json) for @touchpoint/elements: editors, Storybook and
// the React/Vue wrappers read tags, attributes, events, parts and CSS properties from it. The JSDoc
// on each component class is the source. Run from this package's folder (paths in the manifest
// are then package-relative):
//   npm exec -w @touchpoint/elements -- cem analyze --config custom-elements-manifest.config.mjs

/**
 * Lit gives a `{ state: true }` property no attribute, but the analyzer lists one unless the
 * declaration also says `attribute: false` (bytes every page would download). This drops the
 * attribute of every state property in `static properties`, so internal state never shows up as
 * a public attribute.
 */
function litStateHasNoAttribute() {
  return {
    name: 'lit-state-has-no-attribute',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name?.getText() === 'properties' &&
          m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
      );
      const literal = properties?.initializer;
      if (!literal || !ts.isObjectLiteralExpression(literal)) return;
      const state = new Set(
        literal.properties
          .filter(
            (p) =>
              ts.isPropertyAssignment(p) &&
              ts.isObjectLiteralExpression(p.initializer) &&
              p.initializer.properties.some(
                (o) =>
                  ts.isPropertyAssignment(o) &&
                  o.name.getText() === 'state' &&
                  o.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((p) => p.name.getText().replace(/^['"]|['"]$/g, '')),
      );
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration || state.size === 0) return;
      declaration.attributes = declaration.attributes?.filter((a) => !state.has(a.fieldName));
      for (const member of declaration.members ?? []) {
        if (state.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.suite.ts', 'src/internal/test-support.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litStateHasNoAttribute()],
};
