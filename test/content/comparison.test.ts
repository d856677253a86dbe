/**
 * `compare:` on an exercise: other optimisers run from its start, compiled beside its own run for the comparison
 * plot, and lint's messages at their places for a wrong entry.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { bowl, lint } from './lesson-text.js';

describe('compare: on an exercise', () => {
  it('compiles the exercise’s own run first, then each optimiser from the same start at its own rate', () => {
    const text = bowl({
      compare: '[{optimizer: gd}, {optimizer: {kind: momentum, beta: 0.5}, learning_rate: 0.05}]',
    });
    expect(lint(text)).toEqual([]);
    const runs = loadLesson('lesson.yaml', text).lesson!.exercises[0]!.comparison!;
    expect(runs.map((r) => [r.optimizer, r.own ?? false, r.learningRate])).toEqual([
      ['gd', true, 0.1],
      ['gd', false, 0.1],
      ['momentum', false, 0.05],
    ]);
    // Plain descent on x² + y² at α = 0.1 multiplies the point by 0.8 each step.
    expect(runs[1]!.path.slice(0, 3).map((p) => p.map((x) => Math.round(x * 1e12) / 1e12))).toEqual([
      [3, 4],
      [2.4, 3.2],
      [1.92, 2.56],
    ]);
    // Heavy-ball momentum, β = 0.5, α = 0.05: v₁ = (6, 8), θ₁ = (2.7, 3.6); v₂ = 0.5·(6, 8) + (5.4, 7.2), θ₂ = θ₁ − 0.05·v₂.
    expect(runs[2]!.path.slice(0, 3).map((p) => p.map((x) => Math.round(x * 1e12) / 1e12))).toEqual([
      [3, 4],
      [2.7, 3.6],
      [2.28, 3.04],
    ]);
  });

  it('names a hyper-parameter the optimiser does not take, at its place', () => {
    expect(lint(bowl({ compare: '[{optimizer: {kind: adam, beta: 0.9}}]' }))).toEqual([
      'lesson.yaml:10:40: beta is not a hyper-parameter of adam; adam takes beta1, beta2, epsilon, epsilon_inside.',
    ]);
  });

  it('asks for a learning rate where neither the entry nor the exercise has one, and refuses a negative one', () => {
    expect(lint(bowl({ learning_rate: '', compare: '[{optimizer: adam}]' }, ['- kind: gradient']))).toEqual([
      'lesson.yaml:9:15: This optimiser needs a learning_rate: give it one, or give the exercise one.',
    ]);
    expect(lint(bowl({ compare: '[{optimizer: gd, learning_rate: -1}]' }))).toEqual([
      'lesson.yaml:10:46: The learning rate must be positive (it is -1).',
    ]);
  });

  it('suggests the key a misspelt one was meant to be', () => {
    expect(lint(bowl({ compare: '[{optimiser: gd}]' }))).toEqual([
      'lesson.yaml:10:15: Missing required key "optimizer".',
      'lesson.yaml:10:16: Unknown key "optimiser". Did you mean optimizer? Allowed here: optimizer, learning_rate.',
    ]);
  });
});
