/**
 * Stochastic and mini-batch descent on a model's data: one step on one
 * example (`example: k`), or on a mini-batch of `batch` examples drawn from the
 * learner's seed and shown in the question. The model's loss is the mean of
 * the examples' losses ℓᵢ (model-loss.ts), so a batch's gradient is the mean of
 * its examples' gradients. Named mistakes: the full-batch gradient,
 * the sum instead of the mean, another example.
 */
import { differentiateByRules, hashString, seeded } from '../../math/index.js';
import type { Misconception } from '../derived.js';
import { statedPoint } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { combine, evaluateAt, valueOf, type Point } from '../values.js';
import { DerivationError, type Workings } from '../workings.js';
import { minus, plus, scaled } from '../optimizer.js';
import { at, pointAnswer, pointName, quantityLatex, short, type Derivation, type StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_STOCHASTIC } from '../../messages/steps-stochastic.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
export const STOCHASTIC_TEXT = {
  noData: 'An sgd step needs a model exercise with data (model: {prediction, data}).',
  plainOnly: 'An sgd step is one plain stochastic step: drop the optimizer and schedule of this exercise.',
  oneOf: 'Give either example (one example) or batch (a mini-batch size), not both.',
  tooBig: (k: number, n: number) => `The data has ${n} examples; ${k} is past them.`,
} as const;

/** The examples of a mini-batch of `size`, drawn without replacement from the seed, in increasing order (0-based). */
function drawBatch(n: number, size: number, seed: number): number[] {
  const random = seeded(seed);
  const pool = Array.from({ length: n }, (_, k) => k);
  for (let k = 0; k < size; k++) {
    const j = k + Math.floor(random() * (n - k));
    [pool[k], pool[j]] = [pool[j]!, pool[k]!];
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}

function exampleGradient(w: Workings, i: number, theta: Point): Point {
  const loss = w.problem.examples![i]!.loss;
  return w.variables.map((v) => evaluateAt(differentiateByRules(loss, v), w.variables, theta));
}

type Mistake = 'full_batch' | 'sum' | 'wrong_example';

export function sgd({ id, step, workings: w, tolerance, locale, seed = 0 }: StepInput<Of<'sgd'>>): Derivation {
  const m = say(STEPS_STOCHASTIC, locale);
  const examples = w.problem.examples;
  if (!examples) throw new DerivationError(STOCHASTIC_TEXT.noData);
  if (w.problem.method) throw new DerivationError(STOCHASTIC_TEXT.plainOnly);
  if ((step.example === undefined) === (step.batch === undefined)) throw new DerivationError(STOCHASTIC_TEXT.oneOf);
  const n = examples.length;
  const wanted = step.example ?? step.batch!;
  if (wanted > n) throw new DerivationError(STOCHASTIC_TEXT.tooBig(wanted, n));
  const batch = step.example !== undefined ? [step.example - 1] : drawBatch(n, step.batch!, hashString(id, seed >>> 0));
  const theta = w.point(0);
  const alpha = w.learningRate;
  const grads = batch.map((i) => exampleGradient(w, i, theta));
  const total = grads.reduce((s, g) => plus(s, g));
  const mean = scaled(total, combine(valueOf(1), valueOf(batch.length), '/'));
  const next = minus(theta, scaled(mean, alpha));
  const stepFrom = (g: Point) => minus(theta, scaled(g, alpha));
  const mistake = (key: Mistake, p: Point, suffix = ''): Misconception => ({
    id: `${key}${suffix}`,
    name: m[`name_${key}`],
    ...statedPoint(p),
    feedback: m[key],
  });
  const others =
    step.example !== undefined
      ? examples.flatMap((_, i) =>
          i === batch[0] ? [] : [mistake('wrong_example', stepFrom(exampleGradient(w, i, theta)), `_${i + 1}`)],
        )
      : [];
  const rows = batch.map((i) => m.row({ row: examples[i]!.row }));
  const which =
    step.example !== undefined
      ? m.example({ k: step.example, row: rows[0]! })
      : m.batch({ ks: batch.map((i) => i + 1), rows });
  const nextName = pointName(w, 1);
  return {
    title: step.example !== undefined ? m.titleExample({ k: step.example }) : m.titleBatch({ n: batch.length }),
    prompt: m.prompt({ which, at: at(w, 0, locale), next: nextName }),
    answer: pointAnswer(next, tolerance),
    answerLatex: quantityLatex(next),
    solution: [
      ...batch.map((i, k) => `$\\nabla \\ell_{${i + 1}} = ${quantityLatex(grads[k]!)}$`),
      ...(batch.length > 1 ? [m.mean({ g: quantityLatex(mean) })] : []),
      `$${nextName} = ${quantityLatex(theta)} - ${short(alpha)} \\cdot ${quantityLatex(mean)} = ${quantityLatex(next)}$`,
    ],
    hints: [m.hint1, m.hint2],
    correct: m.correct,
    misconceptions: [
      mistake('full_batch', stepFrom(w.gradientAt(theta))),
      ...(batch.length > 1 ? [mistake('sum', stepFrom(total))] : []),
      ...others,
    ],
  };
}
