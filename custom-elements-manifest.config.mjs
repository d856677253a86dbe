// Generates custom-elements.json from the components' JSDoc (npm run analyze), as Lit's starter kit does.
export default {
  globs: ['components/**/*.component.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it (a scratch run would).
  packagejson: false,
};
