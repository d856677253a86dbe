/**
 * The words of the steps about a direction (src/content/steps/directional.ts): the first-order change of a small
 * move, the directional derivative along a unit vector, and the unit steepest-descent direction. Parameters are
 * LaTeX fragments (`f` is the function's name as the lesson writes it, `at` a point already in math delimiters).
 */
import { defineArea } from './catalogue.js';

type F = { f: string };
type At = { at: string };

export const STEPS_DIRECTIONAL = defineArea('steps-directional', {
  en: {
    gradientAt: (p: F & At & { g: string }) => `At ${p.at}: $\\nabla ${p.f} = ${p.g}$.`,
    // a small move Δv
    movePrompt: (p: F & At & { move: string }) =>
      `At ${p.at}, the point moves by $\\Delta v = ${p.move}$. Estimate the change of $${p.f}$ to first order, $\\Delta ${p.f} \\approx \\nabla ${p.f} \\cdot \\Delta v$.`,
    trueChange: (p: F & { change: string }) =>
      `The true change is $${p.f}(\\theta + \\Delta v) - ${p.f}(\\theta) = ${p.change}$.`,
    estimate: (p: F & { working: string }) =>
      `The first-order estimate, close to it for a small move: $\\nabla ${p.f} \\cdot \\Delta v = ${p.working}$.`,
    moveHint1: 'Compute the gradient at the point first.',
    moveHint2: 'Multiply component by component and add: the dot product.',
    moveCorrect: (p: F & { change: string; trueChange: string }) =>
      `Right: to first order $${p.f}$ changes by $${p.change}$ (the true change is $${p.trueChange}$).`,
    nameSign: 'the sign',
    moveSign: 'The change is $+\\nabla f \\cdot \\Delta v$: moving along the gradient increases $f$.',
    // the directional derivative
    directionalPrompt: (p: F & At & { direction: string }) =>
      `Compute the directional derivative of $${p.f}$ at ${p.at} in the direction of $${p.direction}$ (as a unit vector $u$): $D_u ${p.f} = \\nabla ${p.f} \\cdot u$.`,
    unitVector: (p: { direction: string; length: string }) => `The unit vector: $u = ${p.direction} / ${p.length}$.`,
    directionalHint1: 'Divide the direction by its length to make it a unit vector.',
    directionalHint2: 'Then take the dot product with the gradient.',
    directionalCorrect: 'Right: that is the slope of the function along this direction.',
    nameNotNormalisedU: 'u not normalised',
    notNormalisedU: 'Divide the direction by its length first: $u$ must be a unit vector.',
    directionalSign: 'Check the sign: $D_u f = +\\nabla f \\cdot u$.',
    // the unit steepest-descent direction
    unitPrompt: (p: F & At) =>
      `At ${p.at}, what is the direction of steepest descent as a unit vector, $-\\nabla ${p.f} / \\lVert \\nabla ${p.f} \\rVert$?`,
    gradientLength: (p: F & At & { g: string; length: string }) =>
      `At ${p.at}: $\\nabla ${p.f} = ${p.g}$, of length $${p.length}$.`,
    unitIs: (p: F & { unit: string }) =>
      `$-\\nabla ${p.f} / \\lVert \\nabla ${p.f} \\rVert = ${p.unit}$: the unit vector along which $${p.f}$ falls fastest.`,
    unitHint1: 'Compute the gradient and its length.',
    unitHint2: 'Negate the gradient and divide each component by the length.',
    unitCorrect: 'Right: a unit vector pointing straight downhill.',
    nameUphill: 'uphill',
    uphill: 'That is $+\\nabla f/\\lVert\\nabla f\\rVert$, the steepest ascent; descent goes the other way.',
    nameNotNormalised: 'not normalised',
    notNormalised: 'That is $-\\nabla f$; divide it by its length to get a unit vector.',
  },
}).with({
  fr: {
    gradientAt: (p) => `En ${p.at} : $\\nabla ${p.f} = ${p.g}$.`,
    movePrompt: (p) =>
      `En ${p.at}, le point se déplace de $\\Delta v = ${p.move}$. Estimez la variation de $${p.f}$ au premier ordre, $\\Delta ${p.f} \\approx \\nabla ${p.f} \\cdot \\Delta v$.`,
    trueChange: (p) => `La variation exacte est $${p.f}(\\theta + \\Delta v) - ${p.f}(\\theta) = ${p.change}$.`,
    estimate: (p) =>
      `L’estimation au premier ordre, proche d’elle pour un petit déplacement : $\\nabla ${p.f} \\cdot \\Delta v = ${p.working}$.`,
    moveHint1: 'Calculez d’abord le gradient au point.',
    moveHint2: 'Multipliez composante par composante et additionnez : c’est le produit scalaire.',
    moveCorrect: (p) =>
      `Juste : au premier ordre, $${p.f}$ varie de $${p.change}$ (la variation exacte est $${p.trueChange}$).`,
    nameSign: 'le signe',
    moveSign:
      'La variation est $+\\nabla f \\cdot \\Delta v$ : se déplacer dans le sens du gradient fait augmenter $f$.',
    directionalPrompt: (p) =>
      `Calculez la dérivée directionnelle de $${p.f}$ en ${p.at} dans la direction de $${p.direction}$ (rendue unitaire, $u$) : $D_u ${p.f} = \\nabla ${p.f} \\cdot u$.`,
    unitVector: (p) => `Le vecteur unitaire : $u = ${p.direction} / ${p.length}$.`,
    directionalHint1: 'Divisez la direction par sa norme pour en faire un vecteur unitaire.',
    directionalHint2: 'Puis faites le produit scalaire avec le gradient.',
    directionalCorrect: 'Juste : c’est la pente de la fonction dans cette direction.',
    nameNotNormalisedU: 'u non normalisé',
    notNormalisedU: 'Divisez d’abord la direction par sa norme : $u$ doit être un vecteur unitaire.',
    directionalSign: 'Vérifiez le signe : $D_u f = +\\nabla f \\cdot u$.',
    unitPrompt: (p) =>
      `En ${p.at}, quelle est la direction de plus forte descente, sous forme de vecteur unitaire, $-\\nabla ${p.f} / \\lVert \\nabla ${p.f} \\rVert$ ?`,
    gradientLength: (p) => `En ${p.at} : $\\nabla ${p.f} = ${p.g}$, de norme $${p.length}$.`,
    unitIs: (p) =>
      `$-\\nabla ${p.f} / \\lVert \\nabla ${p.f} \\rVert = ${p.unit}$ : le vecteur unitaire selon lequel $${p.f}$ décroît le plus vite.`,
    unitHint1: 'Calculez le gradient et sa norme.',
    unitHint2: 'Prenez l’opposé du gradient et divisez chaque composante par la norme.',
    unitCorrect: 'Juste : un vecteur unitaire qui pointe droit vers le bas.',
    nameUphill: 'vers le haut',
    uphill:
      'C’est $+\\nabla f/\\lVert\\nabla f\\rVert$, la direction de plus forte montée ; la descente va dans l’autre sens.',
    nameNotNormalised: 'non normalisé',
    notNormalised: 'C’est $-\\nabla f$ ; divisez-le par sa norme pour obtenir un vecteur unitaire.',
  },
});
