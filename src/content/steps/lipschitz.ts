/**
 * The smoothness constant L on a stated region and the safe learning rate 1/L
 * it gives, for functions that are not quadratics (curvature-bound.ts does the
 * search): the `lipschitz` step asks for L, `max_rate` with an `interval` or a
 * `box` for 1/L. Named mistakes: the curvature at the start only, the largest
 * signed curvature instead of the largest in size, L for 1/L, 2/L.
 */
import { curvatureBound, checkRegion, type Bound, type Region } from '../curvature-bound.js';
import type { Misconception } from '../derived.js';
import { eigenvalues, hessianAt, secondPartial } from '../hessian.js';
import { statedValue } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { combine, pointLatex, valueOf, valueShort, type Value } from '../values.js';
import { latexName, type Workings } from '../workings.js';
import { valueAnswer, type Derivation, type StepInput } from './context.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_LIPSCHITZ } from '../../messages/steps-lipschitz.js';

type Regional = Extract<StepFile, { kind: 'lipschitz' | 'max_rate' }>;

function regionOf(w: Workings, step: Regional): Region | undefined {
  const region: Region | undefined = step.box ?? (step.interval ? [step.interval] : undefined);
  if (region) checkRegion(w, region, step.box ? 'box' : 'interval');
  return region;
}

const regionLatex = (w: Workings, region: Region | undefined): string =>
  region
    ? region.length === 1
      ? `[${region[0]![0]}, ${region[0]![1]}]`
      : region.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' \\times ')
    : w.variables.length === 1
      ? '\\mathbb{R}'
      : `\\mathbb{R}^{${w.variables.length}}`;

/** A value as an argument, f″(1.19246), without the ≈ a rounded value otherwise carries. */
const bare = (v: Value): string => valueShort(v).replace(/^\\approx\s*/, '');

/** The worked solution's lines for L: the curvature, where its size is largest, and L. */
function boundLines(w: Workings, bound: Bound, region: Region | undefined, locale: Locale): string[] {
  const m = say(STEPS_LIPSCHITZ, locale);
  const L = valueShort(bound.L);
  if (!bound.at) return [m.quadratic({ L })];
  const one = w.variables.length === 1;
  const at = one ? `${latexName(w.variables[0]!)} = ${bare(bound.at[0]!)}` : pointLatex(bound.at);
  if (!one)
    return [
      m.whereBox({ at, curvatures: `\\lambda = ${bound.curvatures.map(valueShort).join(',\\ ')}` }),
      m.largest({ at, L }),
    ];
  const x = w.variables[0]!;
  const [lo, hi] = region![0]!;
  const f2 = (v: Value) => valueShort(hessianAt(w, [v])[0]![0]!);
  const ends = [lo, hi].map((e) => `$f''(${e}) = ${f2(valueOf(e))}$`).join(', ');
  return [
    m.second({ f: w.name, f2: secondPartial(w, x, x).latex }),
    m.where1({ ends, interior: (bound.interior ?? []).map((v) => `$f''(${bare(v)}) = ${f2(v)}$`).join(', ') }),
    m.largest({ at, L }),
  ];
}

/** The curvature at the start, when the exercise has one inside the region, as a tempting wrong L. */
function atStart(w: Workings, region: Region | undefined): Value | undefined {
  const start = w.problem.start;
  if (!start || !region || start.some((v, k) => v.number < region[k]![0] || v.number > region[k]![1])) return undefined;
  const lambda = eigenvalues(hessianAt(w, start));
  return lambda
    .map((v) => (v.number < 0 ? combine(valueOf(0), v, '-') : v))
    .reduce((a, b) => (b.number > a.number ? b : a));
}

/** Mistakes about L itself, stated as `shape` makes them (L itself, or 1/L). */
function boundSlips(w: Workings, bound: Bound, region: Region | undefined, locale: Locale, shape: (v: Value) => Value) {
  const m = say(STEPS_LIPSCHITZ, locale);
  const start = atStart(w, region);
  const slips: Misconception[] = [];
  if (start && start.number > 0 && Math.abs(start.number - bound.L.number) > 1e-9 * bound.L.number)
    slips.push({ id: 'at_start', name: m.nameAtStart, ...statedValue(shape(start)), feedback: m.atStart });
  if (bound.signed.number > 0 && Math.abs(bound.signed.number - bound.L.number) > 1e-9 * bound.L.number)
    slips.push({ id: 'signed', name: m.nameSigned, ...statedValue(shape(bound.signed)), feedback: m.signed });
  return slips.filter((s, k) => slips.findIndex((o) => o.text === s.text) === k);
}

export function lipschitz({
  step,
  workings: w,
  tolerance,
  locale,
}: StepInput<Extract<Regional, { kind: 'lipschitz' }>>): Derivation {
  const m = say(STEPS_LIPSCHITZ, locale);
  const region = regionOf(w, step);
  const bound = curvatureBound(w, region);
  const L = valueShort(bound.L);
  return {
    title: m.titleL,
    prompt: m.promptL({
      signature: w.signature,
      formula: w.problem.written,
      region: regionLatex(w, region),
      one: w.variables.length === 1,
    }),
    answer: valueAnswer(bound.L, tolerance),
    answerLatex: L,
    solution: boundLines(w, bound, region, locale),
    hints: [w.variables.length === 1 ? m.hintL1 : m.hintLBox, m.hintL2],
    correct: m.correctL({ L }),
    misconceptions: boundSlips(w, bound, region, locale, (v) => v),
  };
}

/** max_rate on an interval or a box: 1/L with L the largest curvature there. */
export function maxRateOn({
  step,
  workings: w,
  tolerance,
  locale,
}: StepInput<Extract<Regional, { kind: 'max_rate' }>>): Derivation {
  const m = say(STEPS_LIPSCHITZ, locale);
  const region = regionOf(w, step);
  const bound = curvatureBound(w, region);
  const one = valueOf(1);
  const rate = combine(one, bound.L, '/');
  const L = valueShort(bound.L);
  return {
    title: m.titleRate,
    prompt: m.promptRate({ signature: w.signature, formula: w.problem.written, region: regionLatex(w, region) }),
    answer: valueAnswer(rate, tolerance),
    answerLatex: valueShort(rate),
    solution: [...boundLines(w, bound, region, locale), m.rate({ L, rate: valueShort(rate) })],
    hints: [m.hintRate, w.variables.length === 1 ? m.hintL1 : m.hintLBox],
    correct: m.correctRate({ rate: valueShort(rate) }),
    misconceptions: [
      ...boundSlips(w, bound, region, locale, (v) => combine(one, v, '/')),
      { id: 'L', name: m.nameL, ...statedValue(bound.L), feedback: m.L },
      {
        id: 'two_over_L',
        name: m.nameTwoOverL,
        ...statedValue(combine(valueOf(2), bound.L, '/')),
        feedback: m.twoOverL,
      },
    ],
  };
}
