/**
 * The words of the derivative steps (src/content/steps/derivatives.ts): a partial derivative, as an
 * expression or at a point, the gradient, its negative and its length, and the slips each invites.
 * Parameters are LaTeX fragments; `f` is the function's name as the lesson writes it.
 */
import { defineArea } from './catalogue.js';

type F = { f: string };

export const STEPS_DERIVATIVES = defineArea('steps-derivatives', {
  en: {
    nameOtherVariable: 'the other variable',
    otherVariable: (p: { partial: string; other: string; wrt: string }) =>
      `That is $${p.partial}$, the derivative with respect to $${p.other}$. Differentiate with respect to $${p.wrt}$ instead.`,
    nameOthersVarying: 'other variables treated as varying',
    othersVarying: (p: { others: readonly string[] }) =>
      `In a partial derivative the other variables (${p.others.map((o) => `$${o}$`).join(', ')}) are held fixed: their terms differentiate to 0 and they act as constants in products.`,
    nameChain: 'a dropped chain-rule factor',
    chain: 'The chain rule: after differentiating the outer function, multiply by the derivative of what is inside it.',
    namePower: 'a power-rule slip',
    power: 'The power rule brings the exponent down as a factor: $\\frac{d}{dx}\\,x^n = n x^{n-1}$.',
    nameSign: 'the sign',
    sign: 'Check the sign of each term: this is the negative of the derivative.',
    chainLine: (p: { inner: string; innerLatex: string; outer: string; innerD: string; f: string; wrt: string }) =>
      `By the chain rule through $${p.inner} = ${p.innerLatex}$: $\\frac{\\partial ${p.f}}{\\partial ${p.inner}} = ${p.outer}$ and $\\frac{\\partial ${p.inner}}{\\partial ${p.wrt}} = ${p.innerD}$; multiply them.`,
    differentiate: (p: { signature: string; formula: string; wrt: string }) =>
      `Differentiate $${p.signature} = ${p.formula}$ with respect to $${p.wrt}$.`,
    holdFixed: (p: { others: readonly string[]; signature: string; formula: string; wrt: string }) =>
      `Hold ${p.others.map((o) => `$${o}$`).join(', ')} fixed and differentiate $${p.signature} = ${p.formula}$ with respect to $${p.wrt}$.`,
    partialPrompt: (p: { partial: string; signature: string; formula: string }) =>
      `Find $${p.partial}$ for $${p.signature} = ${p.formula}$.`,
    partialHint1: (p: { wrt: string }) => `Treat every variable except $${p.wrt}$ as a constant.`,
    partialHint2: 'Differentiate term by term; a term without the variable differentiates to 0.',
    partialCorrect: (p: F & { partial: string; latex: string; wrt: string }) =>
      `Right: $${p.partial} = ${p.latex}$ is how $${p.f}$ changes as $${p.wrt}$ alone moves.`,
    partialValuePrompt: (p: { partial: string; at: string }) => `Evaluate $${p.partial}$ at ${p.at}.`,
    atPoint: (p: { at: string; working: string }) => `At ${p.at}: $${p.working}$`,
    partialValueHint: (p: { partial: string }) => `First find $${p.partial}$ as an expression, then put in the point.`,
    partialValueCorrect: (p: F & { value: string; wrt: string }) =>
      `Right: at this point $${p.f}$ changes at rate $${p.value}$ per unit of $${p.wrt}$.`,
    gradientSymbolicSign: (p: F) => `This is $-\\nabla ${p.f}$; the gradient itself points uphill.`,
    nameSwapped: 'components swapped',
    swappedSymbolic:
      'The components are in the wrong order: the first is the derivative with respect to the first variable.',
    gradientSymbolicPrompt: (p: F & { signature: string; formula: string }) =>
      `Find the gradient $\\nabla ${p.f}$ of $${p.signature} = ${p.formula}$, as a vector of expressions.`,
    collects: 'The gradient collects the partial derivatives, one per variable:',
    gradientSymbolicHint: 'The gradient is the vector of partial derivatives, in the order of the variables.',
    gradientSymbolicCorrect:
      'Right: the gradient collects the partial derivatives, and points in the direction of steepest ascent.',
    gradientPrompt: (p: F & { at: string }) => `Compute the gradient $\\nabla ${p.f}$ at ${p.at}.`,
    gradientHint1: 'Find each partial derivative, then put in the point.',
    gradientHint2: (p: { n: number }, f) =>
      `The gradient has ${f.plural(p.n, { one: '# component', other: '# components' })}, one per variable.`,
    gradientCorrect:
      'Right: the gradient points uphill, in the direction of steepest ascent, so descent will step against it.',
    gradientSign: (p: F) => `This is $-\\nabla ${p.f}$, the direction of descent; the gradient itself points uphill.`,
    swapped: 'The components are swapped: the first is the derivative with respect to the first variable.',
    nameOldPoint: 'the old point',
    oldPoint: (p: { at: string }) => `That is the gradient at the previous point; evaluate at ${p.at}.`,
    matrixRule: (p: { rule: string; A: string }) => `The rule: $${p.rule}$, with $A = ${p.A}$.`,
    nameSymmetric: 'A taken as symmetric',
    symmetric: '$2Ax$ holds only when $A$ is symmetric; in general the gradient is $(A + A^{\\top})x$.',
    nameHalf: 'only Ax',
    nameTransposeOnly: 'only Aᵀx',
    twice: '$x$ appears twice in $x^{\\top}Ax$: both contribute, giving $(A + A^{\\top})x$.',
    negativePrompt: (p: F & { at: string }) => `Give the direction of steepest descent, $-\\nabla ${p.f}$, at ${p.at}.`,
    negativeSolution: (p: F & { g: string; at: string; ng: string }) =>
      `$\\nabla ${p.f} = ${p.g}$ at ${p.at}, so $-\\nabla ${p.f} = ${p.ng}$.`,
    negativeHint: 'Compute the gradient, then flip the sign of every component.',
    negativeCorrect: 'Right: the negative gradient points downhill, the way descent steps.',
    negativeSign: 'That is the gradient itself, which points uphill; descent goes the opposite way.',
    normPrompt: (p: F & { at: string }) =>
      `Compute the length of the gradient, $\\lVert \\nabla ${p.f} \\rVert$, at ${p.at}.`,
    gradientThere: (p: F & { g: string; at: string }) => `$\\nabla ${p.f} = ${p.g}$ at ${p.at}.`,
    normHint: 'The length of a vector is the square root of the sum of its squared components.',
    normCorrect: (p: F & { n: string }) => `Right: the gradient's length, $${p.n}$, is how steep $${p.f}$ is here.`,
    nameSquared: 'the squared norm',
    squared: 'That is the squared length; take the square root.',
    nameSum: 'the sum of the components',
    sum: 'Adding the components does not give the length: square them, add, and take the square root.',
    nameL1: 'the sum of absolute values',
    l1: 'That is the 1-norm; the length is the Euclidean norm, $\\sqrt{\\sum g_i^2}$.',
  },
}).with({
  fr: {
    nameOtherVariable: 'l’autre variable',
    otherVariable: (p) =>
      `C’est $${p.partial}$, la dérivée par rapport à $${p.other}$. Dérivez plutôt par rapport à $${p.wrt}$.`,
    nameOthersVarying: 'les autres variables traitées comme variables',
    othersVarying: (p) =>
      `Dans une dérivée partielle, les autres variables (${p.others.map((o) => `$${o}$`).join(', ')}) restent fixes : leurs termes se dérivent en 0 et elles sont des constantes dans les produits.`,
    nameChain: 'un facteur de la dérivation en chaîne oublié',
    chain:
      'Dérivation en chaîne : après avoir dérivé la fonction extérieure, multipliez par la dérivée de ce qu’elle contient.',
    namePower: 'une erreur sur la dérivée d’une puissance',
    power: 'La dérivée d’une puissance fait descendre l’exposant en facteur : $\\frac{d}{dx}\\,x^n = n x^{n-1}$.',
    nameSign: 'le signe',
    sign: 'Vérifiez le signe de chaque terme : c’est l’opposé de la dérivée.',
    chainLine: (p) =>
      `Par dérivation en chaîne à travers $${p.inner} = ${p.innerLatex}$ : $\\frac{\\partial ${p.f}}{\\partial ${p.inner}} = ${p.outer}$ et $\\frac{\\partial ${p.inner}}{\\partial ${p.wrt}} = ${p.innerD}$ ; multipliez-les.`,
    differentiate: (p) => `Dérivez $${p.signature} = ${p.formula}$ par rapport à $${p.wrt}$.`,
    holdFixed: (p) =>
      `Fixez ${p.others.map((o) => `$${o}$`).join(', ')} et dérivez $${p.signature} = ${p.formula}$ par rapport à $${p.wrt}$.`,
    partialPrompt: (p) => `Calculez $${p.partial}$ pour $${p.signature} = ${p.formula}$.`,
    partialHint1: (p) => `Traitez toutes les variables sauf $${p.wrt}$ comme des constantes.`,
    partialHint2: 'Dérivez terme à terme ; un terme sans la variable se dérive en 0.',
    partialCorrect: (p) =>
      `Juste : $${p.partial} = ${p.latex}$ dit comment $${p.f}$ varie quand seule $${p.wrt}$ bouge.`,
    partialValuePrompt: (p) => `Évaluez $${p.partial}$ en ${p.at}.`,
    atPoint: (p) => `En ${p.at} : $${p.working}$`,
    partialValueHint: (p) => `Calculez d’abord $${p.partial}$ comme expression, puis remplacez le point.`,
    partialValueCorrect: (p) => `Juste : en ce point, $${p.f}$ varie au taux de $${p.value}$ par unité de $${p.wrt}$.`,
    gradientSymbolicSign: (p) => `C’est $-\\nabla ${p.f}$ ; le gradient lui-même pointe vers le haut.`,
    nameSwapped: 'composantes inversées',
    swappedSymbolic:
      'Les composantes sont dans le mauvais ordre : la première est la dérivée par rapport à la première variable.',
    gradientSymbolicPrompt: (p) =>
      `Calculez le gradient $\\nabla ${p.f}$ de $${p.signature} = ${p.formula}$, comme vecteur d’expressions.`,
    collects: 'Le gradient rassemble les dérivées partielles, une par variable :',
    gradientSymbolicHint: 'Le gradient est le vecteur des dérivées partielles, dans l’ordre des variables.',
    gradientSymbolicCorrect:
      'Juste : le gradient rassemble les dérivées partielles et pointe dans la direction de plus forte montée.',
    gradientPrompt: (p) => `Calculez le gradient $\\nabla ${p.f}$ en ${p.at}.`,
    gradientHint1: 'Calculez chaque dérivée partielle, puis remplacez le point.',
    gradientHint2: (p, f) =>
      `Le gradient a ${f.plural(p.n, { one: '# composante', other: '# composantes' })}, une par variable.`,
    gradientCorrect:
      'Juste : le gradient pointe vers le haut, dans la direction de plus forte montée ; la descente ira à l’opposé.',
    gradientSign: (p) =>
      `C’est $-\\nabla ${p.f}$, la direction de descente ; le gradient lui-même pointe vers le haut.`,
    swapped: 'Les composantes sont inversées : la première est la dérivée par rapport à la première variable.',
    nameOldPoint: 'l’ancien point',
    oldPoint: (p) => `C’est le gradient au point précédent ; évaluez en ${p.at}.`,
    matrixRule: (p) => `La règle : $${p.rule}$, avec $A = ${p.A}$.`,
    nameSymmetric: 'A supposée symétrique',
    symmetric: '$2Ax$ ne vaut que si $A$ est symétrique ; en général le gradient est $(A + A^{\\top})x$.',
    nameHalf: 'Ax seulement',
    nameTransposeOnly: 'Aᵀx seulement',
    twice: '$x$ apparaît deux fois dans $x^{\\top}Ax$ : les deux contribuent, d’où $(A + A^{\\top})x$.',
    negativePrompt: (p) => `Donnez la direction de plus forte descente, $-\\nabla ${p.f}$, en ${p.at}.`,
    negativeSolution: (p) => `$\\nabla ${p.f} = ${p.g}$ en ${p.at}, donc $-\\nabla ${p.f} = ${p.ng}$.`,
    negativeHint: 'Calculez le gradient, puis changez le signe de chaque composante.',
    negativeCorrect: 'Juste : l’opposé du gradient pointe vers le bas, là où la descente avance.',
    negativeSign: 'C’est le gradient lui-même, qui pointe vers le haut ; la descente va dans l’autre sens.',
    normPrompt: (p) => `Calculez la norme du gradient, $\\lVert \\nabla ${p.f} \\rVert$, en ${p.at}.`,
    gradientThere: (p) => `$\\nabla ${p.f} = ${p.g}$ en ${p.at}.`,
    normHint: 'La norme d’un vecteur est la racine carrée de la somme des carrés de ses composantes.',
    normCorrect: (p) => `Juste : la norme du gradient, $${p.n}$, dit à quel point $${p.f}$ est pentue ici.`,
    nameSquared: 'la norme au carré',
    squared: 'C’est la norme au carré ; prenez la racine carrée.',
    nameSum: 'la somme des composantes',
    sum: 'Additionner les composantes ne donne pas la norme : élevez-les au carré, additionnez, puis prenez la racine.',
    nameL1: 'la somme des valeurs absolues',
    l1: 'C’est la norme 1 ; la longueur est la norme euclidienne, $\\sqrt{\\sum g_i^2}$.',
  },
});
