/**
 * The `factor` step: one factor of a chain rule through the exercise's
 * `where` levels (z = w·x + b, a = σ(z), L = (a − y)²): ∂`of`/∂`wrt`, every
 * other input of the path held fixed, where `of` is the function (default) or
 * an inner name and `wrt` an inner name or a variable. At the start point when
 * the exercise has one, else an expression in the variables. Asked of the
 * function with respect to a variable, it is the whole product, and the
 * learner's own earlier factors along a chain (∂L/∂a, ∂a/∂z, ∂z/∂w) are
 * carried forward into it.
 */
import { differentiate } from '../../math/derivative.js';
import { bin, freeSymbols, sym, substitute, toLatex, type Node } from '../../math/index.js';
import type { CarryForward, Misconception } from '../derived.js';
import { expressionAnswer, statedExpression, statedValue } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { combine, evaluateAt, valueOf, valueShort } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import { at, valueAnswer, type Derivation, type Earlier, type StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_FACTOR } from '../../messages/steps-factor.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

const dLatex = (of: string, wrt: string) => `\\frac{\\partial ${latexName(of)}}{\\partial ${latexName(wrt)}}`;

/** `node` with every inner name but `keep` written out, level by level. */
function expandExcept(w: Workings, node: Node, keep: string): Node {
  const levels = w.problem.inner?.levels ?? {};
  const inner = freeSymbols(node).filter((s) => s !== keep && levels[s]);
  return inner.length === 0
    ? node
    : substitute(node, Object.fromEntries(inner.map((s) => [s, expandExcept(w, levels[s]!, keep)])));
}

/** ∂of/∂wrt as a tree in the variables. */
function factorTree(w: Workings, of: string, wrt: string): Node {
  const inner = w.problem.inner;
  const definition = of === w.name ? (inner?.outer ?? w.problem.f) : inner?.levels[of];
  if (!definition) throw new DerivationError(`\`of: ${of}\` is neither the function ${w.name} nor a name under where.`);
  if (!w.variables.includes(wrt) && !inner?.levels[wrt])
    throw new DerivationError(`\`wrt: ${wrt}\` is neither a variable nor a name under where.`);
  const expanded = expandExcept(w, definition, wrt);
  if (!freeSymbols(expanded).includes(wrt)) throw new DerivationError(`${of} does not depend on ${wrt}.`);
  const d = differentiate(expanded, wrt, [...w.variables, wrt]);
  if (!d.ok) throw new DerivationError(d.message);
  return inner?.functions[wrt] ? substitute(d.value.node, { [wrt]: inner.functions[wrt] }) : d.value.node;
}

type Link = { readonly step: Earlier; readonly of: string; readonly wrt: string };

/** Earlier factor steps forming a chain from `of` down to `wrt` (∂L/∂a, ∂a/∂z, ∂z/∂w), or undefined. */
function chainOf(w: Workings, earlier: readonly Earlier[], of: string, wrt: string, depth = 0): Link[] | undefined {
  if (depth > 8) return undefined;
  const links = earlier
    .filter((e) => e.step.kind === 'factor')
    .map((e) => {
      const s = e.step as Of<'factor'>;
      return { step: e, of: s.of ?? w.name, wrt: s.wrt };
    })
    .filter((l) => l.of === of && !(l.of === of && l.wrt === wrt && depth === 0));
  for (const l of [...links].reverse()) {
    if (l.wrt === wrt) return [l];
    const rest = chainOf(w, earlier, l.wrt, wrt, depth + 1);
    if (rest) return [l, ...rest];
  }
  return undefined;
}

export function factor({ step, workings: w, tolerance, earlier, locale }: StepInput<Of<'factor'>>): Derivation {
  const m = say(STEPS_FACTOR, locale);
  const of = step.of ?? w.name;
  const tree = factorTree(w, of, step.wrt);
  const d = dLatex(of, step.wrt);
  const start = w.problem.start && w.point(0);
  const value = start && evaluateAt(tree, w.variables, start);
  const shown = value ? valueShort(value) : toLatex(tree);
  const chain = chainOf(w, earlier, of, step.wrt);
  const carry: CarryForward | undefined =
    chain && chain.length > 1
      ? {
          inputs: chain.map((l, k) => ({ symbol: `k${k + 1}`, step: l.step.id })),
          template: chain.map((_, k) => sym(`k${k + 1}`)).reduce((a, b) => bin('*', a, b)),
        }
      : undefined;
  const levels = w.problem.inner?.levels ?? {};
  const definition = of === w.name ? w.problem.inner?.outer : levels[of];
  // The outer factor alone: ∂of/∂u for the first inner name u on the way down to wrt.
  const firstInner = definition && freeSymbols(definition).find((s) => levels[s] && s !== step.wrt);
  const slips: Misconception[] = [];
  if (value && value.number !== 0)
    slips.push({ id: 'sign', name: m.nameSign, ...statedValue(combine(valueOf(0), value, '-')), feedback: m.sign });
  if (firstInner && start) {
    try {
      const outer = evaluateAt(factorTree(w, of, firstInner), w.variables, start);
      if (Math.abs(outer.number - value!.number) > 1e-9 * Math.max(1, Math.abs(value!.number)))
        slips.push({ id: 'first_factor', name: m.nameFirst, ...statedValue(outer), feedback: m.first });
    } catch {
      // the first inner name does not lead to wrt: no such slip
    }
  }
  if (!value && slips.length === 0)
    slips.push({ id: 'sign', name: m.nameSign, ...statedExpression({ type: 'neg', arg: tree }), feedback: m.sign });
  const where = start ? at(w, 0, locale) : undefined;
  // The factor as the level is written (2(a − 1), not 2(σ(2w + b) − 1)), when wrt is its direct input.
  const names = [...w.variables, ...Object.keys(levels)];
  const local =
    definition && freeSymbols(definition).includes(step.wrt) ? differentiate(definition, step.wrt, names) : undefined;
  const direct = local?.ok ? local.value.node : undefined;
  return {
    title: m.title({ of, wrt: step.wrt }),
    prompt: m.prompt({ d, at: where }),
    answer: value ? valueAnswer(value, tolerance) : expressionAnswer(tree, w.variables),
    answerLatex: shown,
    solution: [
      ...(definition ? [m.definition({ of: latexName(of), formula: toLatex(definition) })] : []),
      chain && chain.length > 1
        ? m.product({ d, factors: chain.map((l) => dLatex(l.of, l.wrt)).join(' \\cdot ') })
        : m.local({ d, value: toLatex(direct ?? tree) }),
      ...(where && value ? [m.atPoint({ d, at: where, value: shown })] : []),
    ],
    hints: chain && chain.length > 1 ? [m.hintProduct, m.hintForward] : [m.hintLocal, m.hintForward],
    correct: m.correct({ d, value: shown }),
    ...(carry ? { carry } : {}),
    misconceptions: slips,
  };
}
