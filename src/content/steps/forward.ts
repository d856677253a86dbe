/**
 * The `forward` step: the value of one or several `where` levels at the start (h = σ(W₁x) as (h₁, h₂)), the
 * forward pass that backpropagation's factors are evaluated at. The mistake it names: the pre-activation z
 * given where the activation a = σ(z) is asked.
 */
import { num, substitute, toLatex } from '../../math/index.js';
import type { Misconception } from '../derived.js';
import { levelsOf } from '../levels.js';
import { roundedText } from '../number-text.js';
import { statedPoint, statedValue } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { evaluateAt, valueOf, valueShort } from '../values.js';
import { DerivationError, latexName } from '../workings.js';
import { at, pointAnswer, valueAnswer, type Derivation, type StepInput } from './context.js';
import { namesOf, vectorLatex } from './factor.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_FACTOR } from '../../messages/steps-factor.js';

export function forward({
  step,
  workings: w,
  tolerance,
  locale,
}: StepInput<Extract<StepFile, { kind: 'forward' }>>): Derivation {
  const m = say(STEPS_FACTOR, locale);
  const names = namesOf(step.of);
  const inner = w.problem.inner;
  for (const name of names)
    if (!inner?.levels[name]) throw new DerivationError(`\`of: ${name}\` is not a name under where.`);
  if (!w.problem.start)
    throw new DerivationError('The forward pass is worked at the start: give the exercise a start.');
  const start = w.point(0);
  const values = names.map((n) => evaluateAt(inner!.functions[n]!, w.variables, start));
  const lv = levelsOf(
    w,
    start.map((v) => v.number),
  );
  const listed = names.map(latexName).join(', ');
  const shownNames = names.length === 1 ? listed : `\\left(${listed}\\right)`;
  const shown = names.length === 1 ? valueShort(values[0]!) : vectorLatex(values, values.map(valueShort));
  // Each level with its inputs' values written in: h₁ = σ(z₁) = σ(−0.5) = 0.3775.
  const lines = names.map((n, j) => {
    const definition = inner!.levels[n]!;
    const inputs = lv.inputs(n);
    const numbers = substitute(
      definition,
      Object.fromEntries(inputs.map((u) => [u, num(Number(roundedText(lv.value(u), 4)))])),
    );
    return m.forwardLine({
      name: latexName(n),
      formula: toLatex(definition),
      numbers: toLatex(numbers),
      value: valueShort(values[j]!),
    });
  });
  const slips: Misconception[] = [];
  const sigmoids = names.map((n) => {
    const d = inner!.levels[n]!;
    return d.type === 'call' && d.fn === 'sigmoid' ? d.args[0]! : undefined;
  });
  if (sigmoids.some(Boolean)) {
    const pre = sigmoids.map((arg, j) =>
      arg ? valueOf(evaluateAt(substitute(arg, inner!.functions), w.variables, start).number) : values[j]!,
    );
    slips.push({
      id: 'pre_activation',
      name: m.namePre,
      ...(pre.length === 1 ? statedValue(pre[0]!) : statedPoint(pre)),
      feedback: m.pre,
    });
  }
  return {
    title: m.forwardTitle({ names: names.join(', ') }),
    prompt: m.forwardPrompt({ names: shownNames, at: at(w, 0, locale) }),
    answer: values.length === 1 ? valueAnswer(values[0]!, tolerance) : pointAnswer(values, tolerance),
    answerLatex: shown,
    solution: names.length > 1 ? [...lines, m.together({ d: shownNames, value: shown })] : lines,
    hints: sigmoids.some(Boolean) ? [m.forwardHint, m.forwardHintSigma] : [m.forwardHint],
    correct: m.forwardCorrect({ names: shownNames, value: shown }),
    misconceptions: slips,
  };
}
