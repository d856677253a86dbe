/**
 * Inlines app/opening.ts in the app's page (index.html) at build time, as a classic script right after
 * <meta charset> (which must stay in the first 1,024 bytes) and before the stylesheet (a classic script after one
 * waits for it): it runs as the parser reaches it, so the lesson's JSON is requested in parallel with the app's
 * script instead of after it (see app/first-request.ts for the handoff). Other pages (the framed player) are left
 * alone, and the dev server serves the page as written (the app then makes the request itself).
 */
import { build, type Plugin } from 'vite';

/** The opening script, bundled and minified into one immediately-invoked function. */
async function bundled(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'gdTutorOpening' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`vite-plugin-opening: bundling ${entry} gave no script`);
  return chunk.code.trim();
}

export function inlineOpening(options: { entry: string; page: string }): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'gd-tutor-opening',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.path.endsWith(`/${options.page}`)) return html;
        const charset = /<meta charset=[^>]*>/i.exec(html);
        if (!charset)
          throw new Error(`vite-plugin-opening: ${options.page} has no <meta charset> to put the script after`);
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <script>${await (code ??= bundled(options.entry))}</script>${html.slice(at)}`;
      },
    },
  };
}
