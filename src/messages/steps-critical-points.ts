/**
 * The words of the newer cases of `critical_points` (src/content/steps/newton.ts): the critical points on a
 * stated interval, found numerically, and the several critical points of a two-variable polynomial, answered as
 * the rows of a matrix. Parameters are LaTeX fragments.
 */
import { defineArea } from './catalogue.js';

export const STEPS_CRITICAL_POINTS = defineArea('steps-critical-points', {
  en: {
    promptInterval: (p: {
      signature: string;
      formula: string;
      x: string;
      f: string;
      interval: string;
      many: boolean;
    }) =>
      `Find every critical point of $${p.signature} = ${p.formula}$ on $${p.interval}$: the $${p.x}$ there where $${p.f}'(${p.x}) = 0$.${p.many ? ' List them from smallest to largest, like (−1.23, 4.56).' : ''}`,
    solutionInterval: (p: { zero: string; interval: string; list: string }) =>
      `Set the derivative to zero: $${p.zero}$. It has no closed-form solution; on $${p.interval}$ it changes sign, and is zero, at $${p.list}$ (found by bracketing each sign change and halving it).`,
    listInterval: (p: { list: string }) => `From smallest to largest: $${p.list}$.`,
    hintInterval1: 'Differentiate, then look for where the derivative changes sign on the interval.',
    hintInterval2: 'Narrow each sign change down by halving the bracket, or by Newton’s method on the derivative.',
    correctInterval: (p: { list: string }) => `Right: the derivative is zero at $${p.list}$.`,
    promptPlane: (p: { signature: string; formula: string }) =>
      `Find every critical point of $${p.signature} = ${p.formula}$, where $\\nabla f = 0$. Write them as the rows of a matrix, sorted by the first coordinate (then the second), like [[-1, 0], [1, 0]].`,
    solutionPlane1: (p: { equations: string }) => `Set both partial derivatives to zero: ${p.equations}.`,
    solutionPlane2: (p: { points: string; matrix: string }) =>
      `Solve one equation for a variable and put it into the other (or eliminate one variable): the solutions are $${p.points}$, one per row: $${p.matrix}$.`,
    hintPlane1: 'Set both partial derivatives to zero.',
    hintPlane2:
      'Solve the simpler equation for one variable and substitute it into the other; keep every real solution.',
    correctPlane: (p: { points: string }) => `Right: the gradient vanishes at $${p.points}$.`,
    nameOrder: 'another order',
    order: 'These are the critical points; list them sorted by the first coordinate, then the second.',
    nameMissing: 'a critical point missing',
    missing: 'Each of these is a critical point, but there are more: keep every real solution of both equations.',
  },
}).with({
  fr: {
    promptInterval: (p) =>
      `Trouvez tous les points critiques de $${p.signature} = ${p.formula}$ sur $${p.interval}$ : les $${p.x}$ de cet intervalle où $${p.f}'(${p.x}) = 0$.${p.many ? ' Donnez-les du plus petit au plus grand, comme (−1,23 ; 4,56).' : ''}`,
    solutionInterval: (p) =>
      `Annulez la dérivée : $${p.zero}$. Pas de solution explicite ; sur $${p.interval}$ elle change de signe, et s’annule, en $${p.list}$ (en encadrant chaque changement de signe puis en coupant l’intervalle en deux).`,
    listInterval: (p) => `Du plus petit au plus grand : $${p.list}$.`,
    hintInterval1: 'Dérivez, puis cherchez où la dérivée change de signe sur l’intervalle.',
    hintInterval2:
      'Resserrez chaque changement de signe en coupant l’intervalle en deux, ou par la méthode de Newton sur la dérivée.',
    correctInterval: (p) => `Juste : la dérivée s’annule en $${p.list}$.`,
    promptPlane: (p) =>
      `Trouvez tous les points critiques de $${p.signature} = ${p.formula}$, où $\\nabla f = 0$. Écrivez-les comme les lignes d’une matrice, triées par la première coordonnée (puis la seconde), comme [[-1, 0], [1, 0]].`,
    solutionPlane1: (p) => `Annulez les deux dérivées partielles : ${p.equations}.`,
    solutionPlane2: (p) =>
      `Résolvez une équation pour une variable et reportez-la dans l’autre (ou éliminez une variable) : les solutions sont $${p.points}$, une par ligne : $${p.matrix}$.`,
    hintPlane1: 'Annulez les deux dérivées partielles.',
    hintPlane2:
      'Résolvez l’équation la plus simple pour une variable et reportez dans l’autre ; gardez toutes les solutions réelles.',
    correctPlane: (p) => `Juste : le gradient s’annule en $${p.points}$.`,
    nameOrder: 'un autre ordre',
    order: 'Ce sont bien les points critiques ; triez-les par la première coordonnée, puis la seconde.',
    nameMissing: 'un point critique oublié',
    missing:
      'Chacun est un point critique, mais il y en a d’autres : gardez toutes les solutions réelles des deux équations.',
  },
});
