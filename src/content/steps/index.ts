/** The step kinds and the derivation each one runs: the vocabulary of the lesson format. */
import type { StepFile, StepKind } from '../schema.js';
import type { Derivation, StepInput } from './context.js';
import { decrease, iterate, loss, step, update } from './update.js';
import { gradient, negativeGradient, norm, partial, partialValue } from './derivatives.js';
import { limit, limitLoss, maxRate, regime } from './convergence.js';
import { table } from './table.js';
import { state } from './optimizer.js';
import { choice, numberQuestion } from './questions.js';
import { decreaseBound, iterationsTo } from './iterations.js';
import { sgd } from './stochastic.js';
import { classify, eigenvalues, hessian, secondDerivative, valueAt } from './second-order.js';
import { criticalPointsStep, newton } from './newton.js';
import { directional, unitDirection } from './directional.js';
import { jacobian } from './jacobian.js';
import { lipschitz } from './lipschitz.js';
import { convex } from './convex.js';
import { newtonSteps } from './newton-steps.js';
import { matrixGradient } from './matrix-gradient.js';
import { factor } from './factor.js';
import { forward } from './forward.js';

type Deriver<K extends StepKind> = (input: StepInput<Extract<StepFile, { kind: K }>>) => Derivation | Derivation[];

const DERIVERS: { readonly [K in StepKind]: Deriver<K> } = {
  partial,
  partial_value: partialValue,
  gradient,
  negative_gradient: negativeGradient,
  norm,
  step,
  update,
  loss,
  iterate,
  table,
  limit,
  limit_loss: limitLoss,
  regime,
  decrease,
  max_rate: maxRate,
  state,
  choice,
  number: numberQuestion,
  iterations_to: iterationsTo,
  decrease_bound: decreaseBound,
  sgd,
  second_derivative: secondDerivative,
  hessian,
  eigenvalues,
  classify,
  value_at: valueAt,
  critical_points: criticalPointsStep,
  newton,
  directional,
  unit_direction: unitDirection,
  jacobian,
  lipschitz,
  convex,
  newton_steps: newtonSteps,
  matrix_gradient: matrixGradient,
  factor,
  forward,
};

export function deriveStep(input: StepInput): Derivation[] {
  const derive = DERIVERS[input.step.kind] as Deriver<StepKind>;
  const result = derive(input);
  return Array.isArray(result) ? result : [result];
}

export type { Derivation, StepInput, Earlier } from './context.js';
