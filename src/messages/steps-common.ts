/**
 * Phrases every step kind shares: the point a question is asked at, the words of a step's title, what each
 * kind's answer is called in feedback ("your gradient"), and what a wrong answer hears when no mistake is named.
 */
import { defineArea } from './catalogue.js';

export const STEPS_COMMON = defineArea('steps-common', {
  en: {
    /** θₜ after t steps, named: `$θ_2$ (after 2 steps)`. */
    after: (p: { name: string; t: number }, f) =>
      `$${p.name}$ (after ${f.plural(p.t, { one: '# step', other: '# steps' })})`,
    titleAt: (p: { what: string; t: number }) => `${p.what} at θ_{${p.t}}`,
    givePrecision: (p: { precision: string }) => `Give numbers ${p.precision}.`,
    statement: (
      p: { signature: string; formula: string; given: readonly string[]; start?: string; rate?: string },
      f,
    ) =>
      `Let $${p.signature} = ${p.formula}$${p.given.length > 0 ? `, where ${f.list(p.given.map((g: string) => `$${g}$`))}` : ''}.` +
      (p.start && p.rate
        ? ` In this exercise, gradient descent starts at $${p.start}$ with learning rate $\\alpha = ${p.rate}$.`
        : p.start
          ? ` In this exercise, gradient descent starts at $${p.start}$.`
          : p.rate
            ? ` In this exercise, the learning rate is $\\alpha = ${p.rate}$.`
            : ''),
    incorrect: 'Check your working against the hints.',
    ruleName: 'teacher rule',
    noun_partial: 'derivative',
    noun_partial_value: 'derivative',
    noun_gradient: 'gradient',
    noun_negative_gradient: 'descent direction',
    noun_norm: 'gradient length',
    noun_step: 'step',
    noun_update: 'update',
    noun_loss: 'loss',
    noun_iterate: 'iterate',
    noun_table: 'table entry',
    noun_next: 'next iterate',
    noun_limit: 'limit',
    noun_limit_loss: 'loss at the limit',
    noun_regime: 'answer',
    noun_decrease: 'predicted change',
    noun_max_rate: 'learning rate',
    noun_second_derivative: 'second derivative',
    noun_hessian: 'Hessian',
    noun_eigenvalues: 'eigenvalues',
    noun_classify: 'answer',
    noun_value_at: 'value',
    noun_critical_points: 'critical points',
    noun_newton: 'Newton step',
    noun_directional: 'directional derivative',
    noun_unit_direction: 'direction',
    noun_jacobian: 'Jacobian',
    noun_state: 'state',
    noun_choice: 'answer',
    noun_number: 'answer',
    noun_sgd: 'update',
    noun_iterations_to: 'number of steps',
    noun_decrease_bound: 'guaranteed decrease',
    noun_lipschitz: 'smoothness constant',
    noun_convex: 'answer',
    noun_newton_steps: 'answer',
    noun_matrix_gradient: 'gradient',
    noun_factor: 'derivative',
    noun_forward: 'value',
  },
}).with({
  fr: {
    after: (p, f) => `$${p.name}$ (après ${f.plural(p.t, { one: '# pas', other: '# pas' })})`,
    titleAt: (p) => `${p.what} en θ_{${p.t}}`,
    givePrecision: (p) => `Donnez les nombres ${p.precision}.`,
    statement: (p, f) =>
      `Soit $${p.signature} = ${p.formula}$${p.given.length > 0 ? `, où ${f.list(p.given.map((g: string) => `$${g}$`))}` : ''}.` +
      (p.start && p.rate
        ? ` Dans cet exercice, la descente de gradient part de $${p.start}$ avec le taux d’apprentissage $\\alpha = ${p.rate}$.`
        : p.start
          ? ` Dans cet exercice, la descente de gradient part de $${p.start}$.`
          : p.rate
            ? ` Dans cet exercice, le taux d’apprentissage est $\\alpha = ${p.rate}$.`
            : ''),
    incorrect: 'Reprenez votre calcul à l’aide des indices.',
    ruleName: 'règle de l’enseignant',
    noun_partial: 'dérivée',
    noun_partial_value: 'dérivée',
    noun_gradient: 'gradient',
    noun_negative_gradient: 'direction de descente',
    noun_norm: 'norme du gradient',
    noun_step: 'pas',
    noun_update: 'mise à jour',
    noun_loss: 'perte',
    noun_iterate: 'itéré',
    noun_table: 'case du tableau',
    noun_next: 'itéré suivant',
    noun_limit: 'limite',
    noun_limit_loss: 'perte à la limite',
    noun_regime: 'réponse',
    noun_decrease: 'variation prévue',
    noun_max_rate: 'taux d’apprentissage',
    noun_second_derivative: 'dérivée seconde',
    noun_hessian: 'hessienne',
    noun_eigenvalues: 'valeurs propres',
    noun_classify: 'réponse',
    noun_value_at: 'valeur',
    noun_critical_points: 'points critiques',
    noun_newton: 'pas de Newton',
    noun_directional: 'dérivée directionnelle',
    noun_unit_direction: 'direction',
    noun_jacobian: 'jacobienne',
    noun_state: 'état',
    noun_choice: 'réponse',
    noun_number: 'réponse',
    noun_sgd: 'mise à jour',
    noun_iterations_to: 'nombre de pas',
    noun_decrease_bound: 'décroissance garantie',
    noun_lipschitz: 'constante de régularité',
    noun_convex: 'réponse',
    noun_newton_steps: 'réponse',
    noun_matrix_gradient: 'gradient',
    noun_factor: 'dérivée',
    noun_forward: 'valeur',
  },
});
