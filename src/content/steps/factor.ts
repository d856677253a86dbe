/**
 * The `factor` step: one factor of a chain rule through the exercise's
 * `where` levels (z = w·x + b, a = σ(z), L = (a − y)²): ∂`of`/∂`wrt`, every
 * other input of the path held fixed, where `of` is the function (default) or
 * an inner name and `wrt` an inner name or a variable, or a list of them for a
 * vector (a layer's δ = ∂L/∂s, or ∂L/∂h = W₂ᵀδ). At the start point when the
 * exercise has one, else an expression in the variables. The learner's own
 * earlier factors are carried forward: ∂L/∂w from ∂L/∂a, ∂a/∂z, ∂z/∂w along a
 * chain, and, through a layer, the sum backpropagation accumulates (∂L/∂h₁ =
 * ∂L/∂s₁ · ∂s₁/∂h₁ + ∂L/∂s₂ · ∂s₂/∂h₁), a factor the learner was not asked
 * being the engine's own number.
 */
import { differentiate } from '../../math/derivative.js';
import { bin, freeSymbols, num, sym, substitute, toLatex, type Node } from '../../math/index.js';
import type { CarryForward, Misconception } from '../derived.js';
import { levelsOf, type Levels, type Slip } from '../levels.js';
import {
  expressionAnswer,
  expressionsAnswer,
  statedExpression,
  statedExpressions,
  statedPoint,
  statedValue,
} from '../quantity.js';
import type { StepFile } from '../schema.js';
import { evaluateAt, valueOf, valueShort, type Value } from '../values.js';
import { roundedText } from '../number-text.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import { at, pointAnswer, valueAnswer, type Derivation, type Earlier, type StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_FACTOR } from '../../messages/steps-factor.js';

type Words = ReturnType<typeof say<(typeof STEPS_FACTOR)['en']>>;
type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

const dLatex = (of: string, wrt: string) => `\\frac{\\partial ${latexName(of)}}{\\partial ${latexName(wrt)}}`;
export const namesOf = (wrt: string | readonly string[]): readonly string[] => (typeof wrt === 'string' ? [wrt] : wrt);

/** `node` with every inner name but those in `keep` written out, level by level. */
function expandExcept(w: Workings, node: Node, keep: readonly string[]): Node {
  const levels = w.problem.inner?.levels ?? {};
  const inner = freeSymbols(node).filter((s) => !keep.includes(s) && levels[s]);
  return inner.length === 0
    ? node
    : substitute(node, Object.fromEntries(inner.map((s) => [s, expandExcept(w, levels[s]!, keep)])));
}

const definitionOf = (w: Workings, of: string): Node | undefined =>
  of === w.name ? (w.problem.inner?.outer ?? w.problem.f) : w.problem.inner?.levels[of];

/** `of` written out down to `wrt`, once the names are checked. */
function expandedTo(w: Workings, of: string, wrt: string): Node {
  const definition = definitionOf(w, of);
  if (!definition) throw new DerivationError(`\`of: ${of}\` is neither the function ${w.name} nor a name under where.`);
  if (!w.variables.includes(wrt) && !w.problem.inner?.levels[wrt])
    throw new DerivationError(`\`wrt: ${wrt}\` is neither a variable nor a name under where.`);
  const expanded = expandExcept(w, definition, [wrt]);
  if (!freeSymbols(expanded).includes(wrt)) throw new DerivationError(`${of} does not depend on ${wrt}.`);
  return expanded;
}

/** ∂of/∂wrt as a tree in the variables. */
function factorTree(w: Workings, of: string, wrt: string): Node {
  const inner = w.problem.inner;
  const expanded = expandedTo(w, of, wrt);
  const d = differentiate(expanded, wrt, [...w.variables, wrt]);
  if (!d.ok) throw new DerivationError(d.message);
  return inner?.functions[wrt] ? substitute(d.value.node, { [wrt]: inner.functions[wrt] }) : d.value.node;
}

/** The factor's exact value, when the levels it goes through have no function but powers and sums (a rational). */
function exactFactor(w: Workings, of: string, wrt: string, expanded: Node, start: readonly Value[]): Value | undefined {
  const plain = (n: Node): boolean =>
    n.type === 'call'
      ? false
      : n.type === 'binary'
        ? plain(n.left) && plain(n.right)
        : n.type === 'neg'
          ? plain(n.arg)
          : true;
  if (!plain(expanded) || !start.every((v) => v.exact)) return undefined;
  const value = evaluateAt(factorTree(w, of, wrt), w.variables, start);
  return value.exact ? value : undefined;
}

/** An earlier factor step: ∂of/∂u for each u it names. */
type Upstream = { readonly step: Earlier; readonly of: string; readonly wrt: readonly string[] };

/**
 * How ∂of/∂wrt is made of earlier factors: through the names U of the most recent earlier step of `of` that
 * `of` depends on `wrt` only through, ∑ over u ∈ U of (that step's ∂of/∂u) × ∂u/∂wrt, the latter again from
 * earlier steps where it can be, else the engine's number (`constant`).
 */
type Term = { readonly symbol: string; readonly of: string; readonly u: string; readonly rest?: Carried | Node };
type Carried = readonly Term[];
type Input = { readonly symbol: string; readonly step: string; readonly component?: number };

function carried(
  w: Workings,
  ups: readonly Upstream[],
  of: string,
  wrt: string,
  constant: (u: string) => Node | undefined,
  depends: (u: string) => boolean,
  inputs: Input[],
  depth = 0,
): Carried | undefined {
  if (depth > 8) return undefined;
  for (const up of [...ups].reverse()) {
    // At the top, an earlier step asking this very factor is not a way to it.
    if (up.of !== of || (depth === 0 && up.wrt.includes(wrt))) continue;
    const through = expandExcept(w, definitionOf(w, of)!, [...up.wrt, wrt]);
    if (!up.wrt.includes(wrt) && freeSymbols(through).includes(wrt)) continue;
    const mark = inputs.length;
    const terms: Term[] = [];
    for (const [k, u] of up.wrt.entries()) {
      if (!depends(u)) continue;
      const symbol = `k${inputs.length + 1}`;
      inputs.push({ symbol, step: up.step.id, ...(up.wrt.length > 1 ? { component: k + 1 } : {}) });
      const rest =
        u === wrt ? undefined : (carried(w, ups, u, wrt, constant, depends, inputs, depth + 1) ?? constant(u));
      if (u !== wrt && !rest) break;
      terms.push({ symbol, of, u, ...(rest ? { rest } : {}) });
    }
    if (terms.length > 0 && terms.length === up.wrt.filter(depends).length) return terms;
    inputs.length = mark;
  }
  return undefined;
}

const isCarried = (rest: Carried | Node | undefined): rest is Carried => Array.isArray(rest);

function carriedTree(terms: Carried): Node {
  return terms
    .map((t): Node => {
      const rest = t.rest === undefined ? undefined : isCarried(t.rest) ? carriedTree(t.rest) : t.rest;
      return rest ? bin('*', sym(t.symbol), rest) : sym(t.symbol);
    })
    .reduce((a, b) => bin('+', a, b));
}

/** The chain rule as written, ∂L/∂a · ∂a/∂z · ∂z/∂w or a sum over a layer, each factor by `show`. */
function carriedLatex(terms: Carried, wrt: string, show: (of: string, u: string) => string): string {
  return terms
    .map((t) => {
      const rest = t.rest === undefined ? '' : isCarried(t.rest) ? carriedLatex(t.rest, wrt, show) : show(t.u, wrt);
      const inner = isCarried(t.rest) && t.rest.length > 1 ? `\\left(${rest}\\right)` : rest;
      return rest ? `${show(t.of, t.u)} \\cdot ${inner}` : show(t.of, t.u);
    })
    .join(' + ');
}

const number = (x: number): string => roundedText(x, 4);
/** A vector of values as a learner writes it: rounded components, with no ≈ inside the brackets. */
export const vectorLatex = (values: readonly Value[], shown: readonly string[]): string =>
  `\\left(${shown.map((t, j) => (values[j] && !values[j].exact ? roundedText(values[j].number, 6) : t)).join(', ')}\\right)`;
const operand = (x: number): string => (x < 0 ? `\\left(${number(x)}\\right)` : number(x));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** One component's worked lines at the point. */
function componentLines(
  lv: Levels,
  chain: Carried | undefined,
  of: string,
  wrt: string,
  value: Value,
  m: Words,
  where: string,
): string[] {
  const d = dLatex(of, wrt);
  const shown = valueShort(value);
  if (chain) {
    const factors: number[] = [];
    const numbers = carriedLatex(chain, wrt, (o, u) => {
      const x = lv.backward(o, u);
      factors.push(x);
      return operand(x);
    });
    // Factors shown rounded give the product only approximately.
    const rounded = factors.some((x) => Number(number(x)) !== x);
    const equals = shown.startsWith('\\approx') ? '' : rounded ? '\\approx ' : '= ';
    return [
      m.product({ d, factors: carriedLatex(chain, wrt, dLatex) }),
      m.atPoint({ d, at: where, value: `${numbers} ${equals}${shown}` }),
    ];
  }
  const inputs = lv.inputs(of).filter((u) => lv.dependsOn(u, wrt));
  if (inputs.length === 1 && inputs[0] === wrt)
    return [m.local({ d, value: toLatex(lv.local(of, wrt)) }), m.atPoint({ d, at: where, value: shown })];
  // Backwards through the levels, in their names: ∂L/∂s₁ = ∂L/∂a₁ · ∂a₁/∂s₁ = (a₁ − 1) · a₁(1 − a₁).
  const symbolic = (name: string): Node =>
    lv
      .inputs(name)
      .filter((u) => lv.dependsOn(u, wrt))
      .map((u) => (u === wrt ? lv.local(name, u) : bin('*', lv.local(name, u), symbolic(u))))
      .reduce((a, b) => bin('+', a, b));
  const chainText = inputs.map((u) => (u === wrt ? dLatex(of, u) : `${dLatex(of, u)} \\cdot ${dLatex(u, wrt)}`));
  return [
    m.product({ d, factors: `${chainText.join(' + ')} = ${toLatex(symbolic(of))}` }),
    m.atPoint({ d, at: where, value: shown }),
  ];
}

export function factor({ step, workings: w, tolerance, earlier, locale }: StepInput<Of<'factor'>>): Derivation {
  const m = say(STEPS_FACTOR, locale);
  const of = step.of ?? w.name;
  const wrts = namesOf(step.wrt);
  const d = wrts.length === 1 ? dLatex(of, wrts[0]!) : `\\left(${wrts.map((u) => dLatex(of, u)).join(', ')}\\right)`;
  const start = w.problem.start && w.point(0);
  const lv = levelsOf(w, start ? start.map((v) => v.number) : []);
  // At a point, the factor is worked backwards level by level (exactly where the levels are polynomial), as by
  // hand; differentiating the written-out function instead grows with every layer.
  const values =
    start &&
    wrts.map((u) => {
      const expanded = expandedTo(w, of, u);
      return exactFactor(w, of, u, expanded, start) ?? { number: lv.backward(of, u) };
    });
  const trees = values ? [] : wrts.map((u) => factorTree(w, of, u));
  const ups: Upstream[] = earlier
    .filter((e) => e.step.kind === 'factor')
    .map((e) => {
      const s = e.step as Of<'factor'>;
      return { step: e, of: s.of ?? w.name, wrt: namesOf(s.wrt) };
    });
  // The engine's number for a factor the learner was not asked; without a point, only the learner's factors carry.
  const inputs: Input[] = [];
  const chains = wrts.map((wrt) =>
    carried(
      w,
      ups,
      of,
      wrt,
      (u) => (start ? num(lv.backward(u, wrt)) : undefined),
      (u) => lv.dependsOn(u, wrt),
      inputs,
    ),
  );
  // A lone chain of one link is the same factor asked again, not a chain rule.
  const carries = chains.some((c) => c && (c.length > 1 || c[0]!.rest !== undefined));
  const carry: CarryForward | undefined = carries
    ? {
        inputs,
        template:
          chains.length === 1
            ? carriedTree(chains[0]!)
            : { type: 'vector', items: chains.map((c, j) => (c ? carriedTree(c) : num(values![j]!.number))) },
      }
    : undefined;
  // The earlier step the top of each chain goes through (for the worked sum and the transposed mistake).
  const topStep = chains[0]?.[0] && ups.find((u) => u.of === of && u.wrt.includes(chains[0]![0]!.u));
  const up =
    carries && topStep && chains.every((c) => c?.every((t) => topStep.wrt.includes(t.u))) ? topStep : undefined;

  const slips: Misconception[] = [];
  const slipNumbers = new Map<string, readonly number[]>();
  const stated = (xs: readonly number[]) =>
    xs.length === 1 ? statedValue(valueOf(xs[0]!)) : statedPoint(xs.map(valueOf));
  const differs = (xs: readonly number[], ys: readonly number[]) => ys.some((y, j) => !same(y, xs[j]!));
  /** A slip named when it gives a number other than the answer's and every slip's before it. */
  const named = (id: string, name: string, feedback: string, xs: readonly number[]) => {
    if (
      xs.some((x) => !Number.isFinite(x)) ||
      !differs(
        xs,
        values!.map((v) => v.number),
      )
    )
      return;
    if ([...slipNumbers.values()].some((ys) => !differs(xs, ys))) return;
    slipNumbers.set(id, xs);
    slips.push({ id, name, ...stated(xs), feedback });
  };
  if (values) {
    named(
      'sign',
      m.nameSign,
      m.sign,
      values.map((v) => -v.number),
    );
    // Relative to the earlier step the learner carries from, a slip in this layer's own factors only.
    const slipped = (slip: Slip) =>
      wrts.map((wrt) =>
        up
          ? up.wrt
              .filter((u) => lv.dependsOn(u, wrt))
              .reduce((s, u) => s + lv.backward(of, u) * (u === wrt ? 1 : lv.backward(u, wrt, slip)), 0)
          : lv.backward(of, wrt, slip),
      );
    named('no_sigma_prime', m.nameSigmaPrime, m.sigmaPrime, slipped('no_sigma_prime'));
    named('pre_activation', m.namePre, m.pre, slipped('pre_activation'));
    if (up && up.wrt.length === wrts.length && wrts.length > 1)
      named(
        'transpose',
        m.nameTranspose,
        m.transpose,
        wrts.map((_, j) => up.wrt.reduce((s, u, k) => s + lv.backward(of, u) * lv.backward(up.wrt[j]!, wrts[k]!), 0)),
      );
    const levels = w.problem.inner?.levels ?? {};
    const outerOf = definitionOf(w, of);
    // The outer factor alone: ∂of/∂u for the first inner name u on the way down to wrt.
    const firstInner = outerOf && freeSymbols(outerOf).find((s) => levels[s] && s !== wrts[0]);
    if (firstInner && wrts.length === 1 && lv.dependsOn(firstInner, wrts[0]!))
      named('first_factor', m.nameFirst, m.first, [lv.backward(of, firstInner)]);
  } else {
    const negated = trees.map((t): Node => ({ type: 'neg', arg: t }));
    slips.push({
      id: 'sign',
      name: m.nameSign,
      ...(negated.length === 1 ? statedExpression(negated[0]!) : statedExpressions(negated)),
      feedback: m.sign,
    });
  }

  const where = start ? at(w, 0, locale) : undefined;
  const definition = definitionOf(w, of);
  const definitionLine =
    w.problem.inner && definition ? [m.definition({ of: latexName(of), formula: toLatex(definition) })] : [];
  const shown = values ? values.map(valueShort) : trees.map((t) => toLatex(t));
  const answerLatex = shown.length === 1 ? shown[0]! : vectorLatex(values ?? [], shown);
  const solution =
    values && where
      ? [
          ...wrts.flatMap((wrt, j) => componentLines(lv, chains[j], of, wrt, values[j]!, m, where)),
          ...(wrts.length > 1 ? [m.together({ d, value: answerLatex })] : []),
        ]
      : [m.local({ d, value: answerLatex })];
  return {
    title: m.title({ of, wrt: wrts.join(', ') }),
    prompt: m.prompt({ d, at: where }),
    answer: values
      ? values.length === 1
        ? valueAnswer(values[0]!, tolerance)
        : pointAnswer(values, tolerance)
      : trees.length === 1
        ? expressionAnswer(trees[0]!, w.variables)
        : expressionsAnswer(trees, w.variables, tolerance),
    answerLatex,
    solution: [...definitionLine, ...solution],
    hints: carry ? [m.hintProduct, m.hintForward] : [m.hintLocal, m.hintForward],
    correct: m.correct({ d, value: answerLatex }),
    ...(carry ? { carry } : {}),
    misconceptions: slips,
  };
}
