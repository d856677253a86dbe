/**
 * The words of the `matrix_gradient` step (src/content/steps/matrix-gradient.ts): the gradient with respect
 * to a matrix variable X, laid out like X. Parameters are LaTeX fragments.
 */
import { defineArea } from './catalogue.js';

export const STEPS_MATRIX_GRADIENT = defineArea('steps-matrix-gradient', {
  en: {
    title: '∇ with respect to X',
    prompt: (p: { signature: string; formula: string; X: string }) =>
      `Let $X = ${p.X}$. Find the gradient $\\nabla_X f$ of $${p.signature} = ${p.formula}$, the matrix of the same shape as $X$ whose entry $(i, j)$ is $\\partial f / \\partial X_{ij}$. Write it like [[a, b], [c, d]].`,
    partials: (p: { list: string }) => `Differentiate with respect to each entry of $X$: ${p.list}.`,
    layout: (p: { matrix: string }) => `Laid out like $X$: $\\nabla_X f = ${p.matrix}$.`,
    hint1: 'Differentiate $f$ with respect to each entry $X_{ij}$ separately, the others held fixed.',
    hint2: 'Put $\\partial f / \\partial X_{ij}$ in row $i$, column $j$: the gradient has the shape of $X$.',
    correct: 'Right: the gradient with respect to a matrix has the shape of the matrix.',
    nameTranspose: 'the transpose',
    transpose:
      'That is the transpose: entry $(i, j)$ of $\\nabla_X f$ is the derivative with respect to $X_{ij}$, row $i$ and column $j$.',
    nameItself: 'X itself',
    itself: 'That is $X$ itself, not a derivative: differentiate $f$ with respect to each entry $X_{ij}$.',
  },
}).with({
  fr: {
    title: '∇ par rapport à X',
    prompt: (p) =>
      `Soit $X = ${p.X}$. Trouvez le gradient $\\nabla_X f$ de $${p.signature} = ${p.formula}$, la matrice de même forme que $X$ dont l’entrée $(i, j)$ est $\\partial f / \\partial X_{ij}$. Écrivez-la comme [a b; c d].`,
    partials: (p) => `Dérivez par rapport à chaque entrée de $X$ : ${p.list}.`,
    layout: (p) => `Disposé comme $X$ : $\\nabla_X f = ${p.matrix}$.`,
    hint1: 'Dérivez $f$ par rapport à chaque entrée $X_{ij}$ séparément, les autres fixées.',
    hint2: 'Placez $\\partial f / \\partial X_{ij}$ en ligne $i$, colonne $j$ : le gradient a la forme de $X$.',
    correct: 'Juste : le gradient par rapport à une matrice a la forme de cette matrice.',
    nameTranspose: 'la transposée',
    transpose:
      'C’est la transposée : l’entrée $(i, j)$ de $\\nabla_X f$ est la dérivée par rapport à $X_{ij}$, ligne $i$ et colonne $j$.',
    nameItself: 'X elle-même',
    itself: 'C’est $X$ elle-même, pas une dérivée : dérivez $f$ par rapport à chaque entrée $X_{ij}$.',
  },
});
