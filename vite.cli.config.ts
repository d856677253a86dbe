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
      // An optional peer dependency, for `solve --pdf` alone: loaded from the project when it is there.
      external: ['playwright-core'],
      output: { entryFileNames: 'gd-tutor.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  ssr: { target: 'node', noExternal: true },
});
