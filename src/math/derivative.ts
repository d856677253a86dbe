/**
 * The symbolic derivative of a teacher's function. nerdamer differentiates;
 * its result is read back into our own tree (every name it writes, sec and
 * sech included, is one our reader knows), so it is shown through our LaTeX
 * and compared numerically, never as text. Functions the engines do not know
 * are first written in ones they do (sigmoid(z) = 1/(1 + e^−z), log₁₀ u =
 * ln u / ln 10). Each candidate is checked against a central difference of the
 * function before anyone sees it, and the next is tried when one fails:
 * nerdamer (which gets asinh′, acosh′ and atanh′ wrong, and sometimes writes
 * e^(−z) as a ratio of huge integers raised to z), then mathjs, then our own
 * textbook rules (the only one for relu, max and min, which are piecewise).
 */
import nerdamer from 'nerdamer-prime';
import { bin, num, symbolsOf, type FunctionName, type Node } from './ast.js';
import { sameValue } from './closeness.js';
import { compile } from './evaluate.js';
import { toLatex, toText } from './format.js';
import { read } from './parse.js';
import { differentiateByRules } from './rules.js';
import { seeded } from './random.js';
import { safeForSymbolic } from './symbolic.js';
import { BoundedCache } from './bounded-cache.js';
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
    // Truncation (h² f‴) and rounding (ε·|f|/h) bound the estimate's error; a wrong derivative is off by far more.
    const bound = 1e-6 * Math.max(1, Math.abs(exact)) + (1e-9 * (Math.abs(up) + Math.abs(down))) / h;
    if (Math.abs(exact - estimate) > bound && !sameValue(exact, estimate)) return false;
    checked++;
  }
  return true;
}

/** `f` in the functions the symbolic engines know; undefined when it has a piecewise one (relu, max, min). */
function forEngines(node: Node): Node | undefined {
  switch (node.type) {
    case 'number':
    case 'symbol':
      return node;
    case 'neg': {
      const arg = forEngines(node.arg);
      return arg && { type: 'neg', arg };
    }
    case 'binary': {
      const left = forEngines(node.left);
      const right = forEngines(node.right);
      return left && right && bin(node.op, left, right);
    }
    case 'vector':
      return undefined;
    case 'call': {
      const args = node.args.map(forEngines);
      if (args.some((a) => a === undefined)) return undefined;
      const u = args[0]!;
      const call = (fn: FunctionName, arg: Node): Node => ({ type: 'call', fn, args: [arg] });
      switch (node.fn) {
        case 'log10':
        case 'log2':
          return bin('/', call('log', u), call('log', num(node.fn === 'log10' ? 10 : 2)));
        case 'sigmoid':
          return bin('/', num(1), bin('+', num(1), call('exp', { type: 'neg', arg: u })));
        case 'softplus':
          return call('log', bin('+', num(1), call('exp', u)));
        case 'cbrt':
          return bin('^', u, bin('/', num(1), num(3)));
        case 'relu':
        case 'max':
        case 'min':
        case 'heaviside':
          return undefined;
        default:
          return { ...node, args: args as Node[] };
      }
    }
  }
}

function attempt(derive: () => string, variables: readonly string[]): Node | undefined {
  try {
    const node = readBack(derive(), variables);
    return node && !hasHugeBase(node) ? node : undefined;
  } catch {
    return undefined; // an engine that throws on a function is an engine that cannot help with it
  }
}

/** ∂f/∂wrt, where `variables` are all the variables `f` may use. */
export function differentiate(f: Node, wrt: string, variables: readonly string[]): DerivativeResult {
  return derived.remember(`${variables.join(',')}|${wrt}|${toText(f)}`, () => differentiateAnew(f, wrt, variables));
}

/**
 * Derivatives already worked out. A lesson is compiled once per learner, and its function is usually the same in
 * every variant; when nerdamer's form is unusable (it writes e^−w as 119696244^(−w)·325368125^w), mathjs's
 * simplification costs tens of milliseconds a derivative. Results are never mutated; bounded for a long-lived server.
 */
const derived = new BoundedCache<string, DerivativeResult>(2000);

function differentiateAnew(f: Node, wrt: string, variables: readonly string[]): DerivativeResult {
  const unknown = [...symbolsOf(f)].filter((s) => !variables.includes(s) && s !== 'e' && s !== 'pi');
  if (unknown.length > 0) return { ok: false, message: `${unknown.join(', ')} is not a declared variable.` };
  if (!safeForSymbolic(f))
    return { ok: false, message: 'This function is too large to differentiate (or uses a factorial or a huge power).' };
  const engines = forEngines(f);
  const candidates: (() => Node | undefined)[] = [
    ...(engines
      ? [
          () => attempt(() => nerdamer.diff(toText(engines), wrt).toString(), variables),
          () => attempt(() => mathjsDerivative(toText(engines), wrt), variables),
        ]
      : []),
    () => differentiateByRules(f, wrt),
  ];
  let tried = false;
  for (const candidate of candidates) {
    const found = candidate();
    if (!found) continue;
    tried = true;
    const node = tidy(found, hasDecimals(f));
    if (agreesWithDifference(f, node, wrt, variables))
      return { ok: true, value: { node, text: toText(node), latex: toLatex(node) } };
  }
  return tried
    ? {
        ok: false,
        message: `The derivative with respect to ${wrt} failed its numeric check; please report this function.`,
      }
    : { ok: false, message: `The derivative with respect to ${wrt} could not be worked out.` };
}
