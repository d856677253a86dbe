/**
 * `gd-tutor serve`: the LTI 1.3 tool server (src/server) on 127.0.0.1:8080, with PGlite in .gd-tutor/db (or the
 * Postgres of DATABASE_URL), the lessons of content/ and the player of site/ (npm run build). Runs until SIGINT or
 * SIGTERM, then stops gracefully.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUTES } from '../server/app.js';
import type { PlatformRegistration } from '../server/platforms.js';
import { jsonLogger } from '../server/log.js';
import { startServer } from '../server/serve.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

function platformsFrom(files: readonly string[], cwd: string): PlatformRegistration[] {
  return files.flatMap((file) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
    } catch (e) {
      throw new UsageError(`--platform ${file}: ${(e as Error).message}`);
    }
    const list = Array.isArray(data) ? data : [data];
    return list.map((p: Record<string, unknown>) => {
      const need = ['issuer', 'clientId', 'authUrl', 'tokenUrl', 'jwksUrl'] as const;
      const missing = need.filter((k) => typeof p[k] !== 'string');
      if (missing.length > 0) throw new UsageError(`${file}: a platform needs ${missing.join(', ')} (strings)`);
      return {
        issuer: p.issuer as string,
        clientId: p.clientId as string,
        authUrl: p.authUrl as string,
        tokenUrl: p.tokenUrl as string,
        jwksUrl: p.jwksUrl as string,
        name: typeof p.name === 'string' ? p.name : '',
        deployments: Array.isArray(p.deployments) ? p.deployments.map(String) : [],
      };
    });
  });
}

export async function serveCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { options, positional } = parseArgs(args, {
    host: { type: 'string' },
    port: { type: 'string' },
    'public-url': { type: 'string' },
    'database-url': { type: 'string' },
    data: { type: 'string' },
    content: { type: 'string' },
    site: { type: 'string' },
    platform: { type: 'string', multiple: true },
  });
  if (positional.length > 0)
    throw new UsageError(`takes no file or word (“${positional[0]}”); see gd-tutor serve --help`);
  const values = {
    host: '127.0.0.1',
    port: '8080',
    data: '.gd-tutor/db',
    content: 'content',
    site: 'site',
    platform: [] as string[],
    ...options,
  };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port is a port number, 0 to 65535');
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  // Checked before the database opens: the lessons are what every launch grades against.
  const contentDir = resolve(io.cwd, values.content);
  if (!existsSync(contentDir))
    throw new UsageError(`no lesson folder ${values.content} (run it where content/ is, or give --content DIR)`);
  const server = await startServer({
    host: values.host,
    port,
    ...(databaseUrl ? { databaseUrl } : { dataDir: resolve(io.cwd, values.data) }),
    contentDir,
    siteDir: resolve(io.cwd, values.site),
    ...(values['public-url'] ? { publicUrl: values['public-url'].replace(/\/$/, '') } : {}),
    platforms: platformsFrom(values.platform, io.cwd),
    log: jsonLogger((line) => {
      io.stdout.write(line);
    }),
  });
  const base = server.context.settings.publicUrl;
  io.stderr.write(
    `gd-tutor serve: ${server.url} (${server.db.kind}${databaseUrl ? '' : `, ${values.data}`}); LMSs reach it at ${base}\n` +
      ROUTES.map(([route, what]) => `  ${route.padEnd(30)} ${what}`).join('\n') +
      '\n',
  );
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
