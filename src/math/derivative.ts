/**
 * The symbolic derivative of a teacher's function. nerdamer differentiates;
 * its result is read back into our own tree, so it is shown through our LaTeX
 * and compared numerically, never as text. nerdamer sometimes writes e^(−z) as
 * a ratio of huge integers raised to z (for log(1 + exp(−z))); such a result
 * is replaced by mathjs's derivative. Either way the result is checked against
 * a central difference of the function before anyone sees it.
 */
import nerdamer from 'nerdamer-prime';
import { symbolsOf, type Node } from './ast.js';
import { sameValue } from './closeness.js';
import { compile } from './evaluate.js';
import { toLatex, toText } from './format.js';
import { read } from './parse.js';
import { seeded } from './random.js';
import { safeForSymbolic } from './symbolic.js';
import { LIMITS } from './limits.js';
import { mathjsDerivative } from './mathjs-derivative.js';
import { hasDecimals, tidy } from './tidy.js';

export interface Derivative {
  readonly node: Node;
  readonly text: string;
  readonly latex: string;
}

export type DerivativeResult =
  { readonly ok: true; readonly value: Derivative } | { readonly ok: false; readonly message: string };

/** A number no honest derivative contains as a base: the sign of nerdamer's e approximation. */
function hasHugeBase(node: Node): boolean {
  switch (node.type) {
    case 'binary':
      if (node.op === '^' && node.left.type === 'number' && Math.abs(node.left.value) >= 1e5) return true;
      return hasHugeBase(node.left) || hasHugeBase(node.right);
    case 'neg':
      return hasHugeBase(node.arg);
    case 'call':
      return node.args.some(hasHugeBase);
    default:
      return false;
  }
}

function readBack(text: string, variables: readonly string[]): Node | undefined {
  const result = read(text, { variables, maxLength: LIMITS.expressionLength * 4 });
  return result.ok ? result.node : undefined;
}

/** Whether `d` agrees with a central difference of `f` in `wrt` at a few points. */
function agreesWithDifference(f: Node, d: Node, wrt: string, variables: readonly string[]): boolean {
  const fc = compile(f, variables);
  const dc = compile(d, variables);
  const index = variables.indexOf(wrt);
  const random = seeded(7);
  const values = new Float64Array(variables.length);
  let checked = 0;
  for (let draw = 0; draw < 60 && checked < 5; draw++) {
    for (let k = 0; k < values.length; k++) values[k] = (2 * random() - 1) * 3;
    const exact = dc(values);
    const x = values[index]!;
    const h = 1e-5 * Math.max(1, Math.abs(x));
    values[index] = x + h;
    const up = fc(values);
    values[index] = x - h;
    const down = fc(values);
    values[index] = x;
    const estimate = (up - down) / (2 * h);
    if (![exact, up, down].every(Number.isFinite)) continue;
    const scale = Math.max(1, Math.abs(exact), Math.abs(up) / h);
    if (Math.abs(exact - estimate) > 1e-4 * scale && !sameValue(exact, estimate)) return false;
    checked++;
  }
  return true;
}

/** ∂f/∂wrt, where `variables` are all the variables `f` may use. */
export function differentiate(f: Node, wrt: string, variables: readonly string[]): DerivativeResult {
  const unknown = [...symbolsOf(f)].filter((s) => !variables.includes(s) && s !== 'e' && s !== 'pi');
  if (unknown.length > 0) return { ok: false, message: `${unknown.join(', ')} is not a declared variable.` };
  if (!safeForSymbolic(f))
    return { ok: false, message: 'This function is too large to differentiate (or uses a factorial or a huge power).' };
  let node: Node | undefined;
  try {
    node = readBack(nerdamer.diff(toText(f), wrt).toString(), variables);
  } catch {
    node = undefined;
  }
  if (!node || hasHugeBase(node)) {
    try {
      node = readBack(mathjsDerivative(toText(f), wrt), variables);
    } catch {
      node = undefined;
    }
  }
  if (!node) return { ok: false, message: `The derivative with respect to ${wrt} could not be worked out.` };
  node = tidy(node, hasDecimals(f));
  if (!agreesWithDifference(f, node, wrt, variables))
    return {
      ok: false,
      message: `The derivative with respect to ${wrt} failed its numeric check; please report this function.`,
    };
  return { ok: true, value: { node, text: toText(node), latex: toLatex(node) } };
}
