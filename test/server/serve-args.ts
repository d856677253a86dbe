/**
 * The command line of a `gd-tutor serve` child process, as the fault tests and the server bench start one: the
 * mock LMS registered from a file, a site folder, and either a Postgres URL or a PGlite folder.
 */
import { join } from 'node:path';

export function serveArgs(options: {
  readonly port: number;
  /** Holds platform.json (the mock LMS's registration) and, without Postgres, the PGlite folder db/. */
  readonly dir: string;
  readonly site: string;
  readonly postgresUrl?: string;
}): string[] {
  const { port, dir, site, postgresUrl } = options;
  return [
    'bin/gd-tutor.js',
    'serve',
    '--port',
    String(port),
    '--platform',
    join(dir, 'platform.json'),
    '--site',
    site,
    ...(postgresUrl ? ['--database-url', postgresUrl] : ['--data', join(dir, 'db')]),
  ];
}
