/** `gd-tutor derive --function F --wrt V [--vars a,b] [--latex]`: prints ∂F/∂V. */
import { differentiate } from '../math/derivative.js';
import { read, symbolsOfText } from '../math/index.js';
import { LIMITS } from '../math/limits.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

export function deriveCommand(args: readonly string[], io: Io): ExitCode {
  const { options, positional } = parseArgs(args, {
    function: { type: 'string' },
    wrt: { type: 'string' },
    vars: { type: 'string' },
    latex: { type: 'boolean' },
  });
  const f = options.function;
  const wrt = options.wrt;
  if (typeof f !== 'string' || typeof wrt !== 'string' || positional.length > 0)
    throw new UsageError('usage: gd-tutor derive --function "x^2+y^2" --wrt x [--vars x,y] [--latex]');
  const declared = typeof options.vars === 'string' ? options.vars.split(',').map((v) => v.trim()) : undefined;
  const variables = declared ?? symbolsOfText(f, wrt);
  const parsed = read(f, { variables, maxLength: LIMITS.expressionLength });
  if (!parsed.ok) {
    io.stderr.write(`gd-tutor derive: --function at character ${parsed.error.start + 1}: ${parsed.error.message}\n`);
    return 2;
  }
  if (!variables.includes(wrt)) {
    io.stderr.write(`gd-tutor derive: ${wrt} is not among the variables (${variables.join(', ')})\n`);
    return 2;
  }
  const d = differentiate(parsed.node, wrt, variables);
  if (!d.ok) {
    io.stderr.write(`gd-tutor derive: ${d.message}\n`);
    return 2;
  }
  io.stdout.write(`${options.latex ? d.value.latex : d.value.text}\n`);
  return 0;
}
