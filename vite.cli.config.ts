// The command line as the package ships it (npm run build:lib): dist/cli/gd-tutor.js and one chunk per command,
// with every dependency bundled in and tree-shaken (of mathjs, only what its derivative needs), so a command
// starts without TypeScript, tsx or a 55 MB import, and `--help` loads nothing but the help.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/run.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rolldownOptions: {
      // An optional peer dependency, for `solve --pdf` alone: loaded from the project when it is there. The
      // server's dependencies (`serve` alone) load from node_modules too: PGlite reads its WebAssembly and data
      // files from beside its own module, which a bundle would move.
      external: ['playwright-core', /^@electric-sql\/pglite(\/|$)/, 'pg', 'hono', /^hono\//, /^@hono\//, 'jose'],
      output: { entryFileNames: 'gd-tutor.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  ssr: { target: 'node', noExternal: true },
});
