/**
 * Credit for a step under the lesson's policy, with every deduction named so
 * the learner can see why: wrong attempts, hints, a revealed solution, an
 * answer right only from their own earlier slip (error carried forward).
 */
import type { Policy } from '../content/index.js';
import { say } from '../messages/catalogue.js';
import { FEEDBACK } from '../messages/feedback.js';

export interface Deduction {
  readonly reason: 'attempts' | 'hints' | 'solution' | 'carried';
  readonly amount: number;
  readonly text: string;
}

export interface StepRecord {
  readonly right: 'correct' | 'carried' | undefined;
  readonly revealed: boolean;
  /** Wrong, counted attempts before the step was first right (or all of them). */
  readonly wrongAttempts: number;
  readonly hintsUsed: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function creditOf(r: StepRecord, policy: Policy, locale?: string): { credit: number; deductions: Deduction[] } {
  const m = say(FEEDBACK, locale);
  const deductions: Deduction[] = [];
  if (r.revealed && !r.right) {
    deductions.push({
      reason: 'solution',
      amount: policy.solutionCost,
      text: m.solutionShown({ amount: policy.solutionCost }),
    });
  } else if (r.right) {
    if (r.right === 'carried' && policy.carriedForwardCredit < 1) {
      const amount = round(1 - policy.carriedForwardCredit);
      deductions.push({ reason: 'carried', amount, text: m.carriedCost({ amount }) });
    }
    if (r.wrongAttempts > 0) {
      const amount = round(r.wrongAttempts * policy.retryCost);
      deductions.push({
        reason: 'attempts',
        amount,
        text: m.attemptsCost({ n: r.wrongAttempts, amount }),
      });
    }
  } else {
    return { credit: 0, deductions };
  }
  if (r.hintsUsed > 0) {
    const amount = round(r.hintsUsed * policy.hintCost);
    deductions.push({ reason: 'hints', amount, text: m.hintsCost({ n: r.hintsUsed, amount }) });
  }
  const credit = round(Math.max(0, 1 - deductions.reduce((s, d) => s + d.amount, 0)));
  return { credit, deductions };
}
