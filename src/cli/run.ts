/** The process around `main`: argv in, the real streams, the exit code out. The bundled CLI's entry. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
