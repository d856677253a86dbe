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

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

export const STOCHASTIC_TEXT = {
  noData: 'An sgd step needs a model exercise with data (model: {prediction, data}).',
  plainOnly: 'An sgd step is one plain stochastic step: drop the optimizer and schedule of this exercise.',
  oneOf: 'Give either example (one example) or batch (a mini-batch size), not both.',
  tooBig: (k: number, n: number) => `The data has ${n} examples; ${k} is past them.`,
  row: (row: Readonly<Record<string, number>>) =>
    `(${Object.entries(row)
      .map(([c, x]) => `${c} = ${x}`)
      .join(', ')})`,
  prompt: (which: string, where: string, next: string) =>
    `Take one stochastic gradient step from ${where} on ${which}: the gradient of a batch is the mean of its examples' gradients $\\nabla \\ell_i$ (J is the mean of the $\\ell_i$). What is $${next}$?`,
  example: (k: number, row: string) => `example ${k}, ${row}`,
  batch: (ks: readonly number[], rows: readonly string[]) =>
    `the mini-batch of examples ${ks.join(' and ')} (drawn for you): ${rows.join(', ')}`,
  solutionExample: (k: number, g: string) => `$\\nabla \\ell_{${k}} = ${g}$`,
  solutionMean: (g: string) => `The batch's gradient is the mean: $${g}$`,
  solutionUpdate: (next: string, theta: string, a: string, g: string, value: string) =>
    `$${next} = ${theta} - ${a} \\cdot ${g} = ${value}$`,
  hints: [
    'Differentiate the loss of one example, $\\frac12(\\text{prediction} - y)^2$, by the chain rule.',
    'For a mini-batch, average the examples’ gradients before stepping.',
  ],
  correct: 'Right: a step on a sample of the data, cheaper than the full batch and noisier.',
  mistakes: {
    full_batch: ['the full-batch gradient', 'That is the step on the whole data set; use only the sampled example(s).'],
    sum: ['the sum instead of the mean', 'Average the examples’ gradients: divide their sum by the batch size.'],
    wrong_example: ['another example', 'That is the step on another example: use the one the question names.'],
  },
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

export function sgd({ id, step, workings: w, tolerance, locale, seed = 0 }: StepInput<Of<'sgd'>>): Derivation {
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
  const mistake = (key: keyof typeof STOCHASTIC_TEXT.mistakes, p: Point, suffix = ''): Misconception => ({
    id: `${key}${suffix}`,
    name: STOCHASTIC_TEXT.mistakes[key][0],
    ...statedPoint(p),
    feedback: STOCHASTIC_TEXT.mistakes[key][1],
  });
  const others =
    step.example !== undefined
      ? examples.flatMap((_, i) =>
          i === batch[0] ? [] : [mistake('wrong_example', stepFrom(exampleGradient(w, i, theta)), `_${i + 1}`)],
        )
      : [];
  const rows = batch.map((i) => STOCHASTIC_TEXT.row(examples[i]!.row));
  const which =
    step.example !== undefined
      ? STOCHASTIC_TEXT.example(step.example, rows[0]!)
      : STOCHASTIC_TEXT.batch(
          batch.map((i) => i + 1),
          rows,
        );
  const nextName = pointName(w, 1);
  return {
    title: step.example !== undefined ? `SGD on example ${step.example}` : `mini-batch of ${batch.length}`,
    prompt: STOCHASTIC_TEXT.prompt(which, at(w, 0, locale), nextName),
    answer: pointAnswer(next, tolerance),
    answerLatex: quantityLatex(next),
    solution: [
      ...batch.map((i, k) => STOCHASTIC_TEXT.solutionExample(i + 1, quantityLatex(grads[k]!))),
      ...(batch.length > 1 ? [STOCHASTIC_TEXT.solutionMean(quantityLatex(mean))] : []),
      STOCHASTIC_TEXT.solutionUpdate(
        nextName,
        quantityLatex(theta),
        short(alpha),
        quantityLatex(mean),
        quantityLatex(next),
      ),
    ],
    hints: [...STOCHASTIC_TEXT.hints],
    correct: STOCHASTIC_TEXT.correct,
    misconceptions: [
      mistake('full_batch', stepFrom(w.gradientAt(theta))),
      ...(batch.length > 1 ? [mistake('sum', stepFrom(total))] : []),
      ...others,
    ],
  };
}
