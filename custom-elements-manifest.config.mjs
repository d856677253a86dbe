// Generates custom-elements.json from the components' JSDoc (npm run analyze), as Lit's starter kit does.
// The analyzer reads the TypeScript sources; the manifest names the files the package ships (dist/…/*.js),
// so tools that follow it from node_modules find the built modules.
const built = (path) => path.replace(/^\/?(components\/.*)\.[jt]s$/, 'dist/$1.js');

/** Rewrites every module path of the manifest, and every reference to one, to its built file. */
function pointAtBuiltFiles() {
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = built(inner);
        else visit(inner);
      }
  };
  return {
    name: 'gd-point-at-built-files',
    packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest),
  };
}

export default {
  // plot-element.ts: the plots' base class, so that what they inherit (locale) is in their entries.
  globs: ['components/**/*.component.ts', 'components/plot/plot-element.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it (a scratch run would).
  packagejson: false,
  plugins: [pointAtBuiltFiles()],
};
