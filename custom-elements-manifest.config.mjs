// Generates custom-elements.json from the components' JSDoc (npm run analyze), as Lit's starter kit does.
export default {
  globs: ['components/**/*.component.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
};
