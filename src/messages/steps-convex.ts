/**
 * The words of the `convex` step (src/content/steps/convex.ts) and of `newton_steps`
 * (src/content/steps/newton-steps.ts): two engine-decided choices about the shape of a function. Parameters
 * are LaTeX fragments.
 */
import { defineArea } from './catalogue.js';

export const STEPS_CONVEX = defineArea('steps-convex', {
  en: {
    title: 'convex?',
    prompt: (p: { signature: string; formula: string }) =>
      `Is $${p.signature} = ${p.formula}$ convex, that is, is its Hessian positive semidefinite everywhere?`,
    option_convex: 'convex',
    option_not_convex: 'not convex',
    quadratic: (p: { H: string; minors: string }) =>
      `The Hessian is the same everywhere: $H = ${p.H}$, with eigenvalues $${p.minors}$.`,
    quadraticConvex: 'None is negative, so $H$ is positive semidefinite everywhere: the function is convex.',
    curvature: (p: { list: string }) => `The curvature ${p.list}.`,
    curvatureEntry: (p: { second: string; min: string; at: string | undefined }) =>
      `$${p.second}$ is never negative (its smallest value is $${p.min}$${p.at ? `, at $${p.at}$` : ''})`,
    curvatureConvex: 'So the Hessian is positive semidefinite everywhere: the function is convex.',
    witness: (p: { at: string; H: string; lambda: string }) =>
      `At $${p.at}$ the Hessian is $${p.H}$, with eigenvalues $${p.lambda}$: one is negative, so the function curves down there.`,
    notConvex: 'A convex function curves up (or is flat) in every direction everywhere, so this one is not convex.',
    hint1: "Compute the Hessian (for one variable, $f''$).",
    hint2:
      'Convex means it is positive semidefinite at every point: look for a point where it has a negative eigenvalue.',
    correct_convex: 'Right: the function is convex, so every critical point is a global minimum.',
    correct_not_convex: 'Right: the function is not convex; descent may stop at a local minimum or a saddle.',
    nameCritical: 'a minimum is not convexity',
    critical:
      'Having a minimum does not make a function convex: the curvature must be non-negative everywhere, not only there.',
    // newton_steps
    stepsTitle: 'Newton steps',
    stepsPrompt: (p: { signature: string; formula: string; at: string }) =>
      `How many Newton steps from ${p.at} does it take to reach the critical point of $${p.signature} = ${p.formula}$?`,
    option_one: 'one',
    option_several: 'several',
    option_never: 'it never gets there',
    stepsQuadratic:
      'On a quadratic, the second-order model Newton minimises is the function itself, so the first step lands on the critical point.',
    stepsRun: (p: { n: number; point: string }, f) =>
      `Running Newton's method from the start reaches $${p.point}$ after ${f.plural(p.n, { one: '# step', other: '# steps' })}.`,
    stepsNever: 'Running Newton’s method from the start, the iterates do not settle on a critical point.',
    stepsGradient: (p: { n: number; rate: string }, f) =>
      `Gradient descent with $\\alpha = ${p.rate}$ needs ${f.plural(p.n, { one: '# step', other: '# steps' })} to get as close.`,
    stepsGradientNever: (p: { rate: string }) =>
      `Gradient descent with $\\alpha = ${p.rate}$ does not get as close within 10000 steps.`,
    stepsHint1: 'Newton’s step minimises the quadratic model of the function at the current point.',
    stepsHint2: 'When the function is itself a quadratic, how far is the model’s minimum from the function’s?',
    stepsCorrect: (p: { label: string }) => `Right: ${p.label}.`,
    nameLikeGradient: 'as many as gradient descent',
    likeGradient:
      'Gradient descent needs many steps, but Newton’s step uses the curvature: on a quadratic its model is exact, so one step lands on the critical point.',
  },
}).with({
  fr: {
    title: 'convexe ?',
    prompt: (p) =>
      `La fonction $${p.signature} = ${p.formula}$ est-elle convexe, c’est-à-dire sa hessienne est-elle semi-définie positive partout ?`,
    option_convex: 'convexe',
    option_not_convex: 'non convexe',
    quadratic: (p) => `La hessienne est partout la même : $H = ${p.H}$, de valeurs propres $${p.minors}$.`,
    quadraticConvex: 'Aucune n’est négative : $H$ est semi-définie positive partout, la fonction est convexe.',
    curvature: (p) => `La courbure : ${p.list}.`,
    curvatureEntry: (p) =>
      `$${p.second}$ n’est jamais négative (sa plus petite valeur est $${p.min}$${p.at ? `, en $${p.at}$` : ''})`,
    curvatureConvex: 'La hessienne est donc semi-définie positive partout : la fonction est convexe.',
    witness: (p) =>
      `En $${p.at}$ la hessienne vaut $${p.H}$, de valeurs propres $${p.lambda}$ : l’une est négative, la fonction s’y courbe vers le bas.`,
    notConvex:
      'Une fonction convexe se courbe vers le haut (ou reste plate) dans toutes les directions, partout : celle-ci n’est pas convexe.',
    hint1: "Calculez la hessienne (pour une variable, $f''$).",
    hint2:
      'Convexe veut dire semi-définie positive en tout point : cherchez un point où elle a une valeur propre négative.',
    correct_convex: 'Juste : la fonction est convexe, donc tout point critique est un minimum global.',
    correct_not_convex:
      'Juste : la fonction n’est pas convexe ; la descente peut s’arrêter en un minimum local ou un point selle.',
    nameCritical: 'un minimum n’est pas la convexité',
    critical:
      'Avoir un minimum ne rend pas une fonction convexe : la courbure doit être positive ou nulle partout, pas seulement là.',
    stepsTitle: 'pas de Newton',
    stepsPrompt: (p) =>
      `Combien de pas de Newton faut-il depuis ${p.at} pour atteindre le point critique de $${p.signature} = ${p.formula}$ ?`,
    option_one: 'un seul',
    option_several: 'plusieurs',
    option_never: 'il n’y arrive jamais',
    stepsQuadratic:
      'Sur une quadratique, le modèle du second ordre que minimise Newton est la fonction elle-même : le premier pas tombe sur le point critique.',
    stepsRun: (p, f) =>
      `La méthode de Newton depuis le départ atteint $${p.point}$ en ${f.plural(p.n, { one: '# pas', other: '# pas' })}.`,
    stepsNever: 'Depuis le départ, les itérés de Newton ne se stabilisent pas sur un point critique.',
    stepsGradient: (p, f) =>
      `La descente de gradient avec $\\alpha = ${p.rate}$ en demande ${f.plural(p.n, { one: '# pas', other: '# pas' })} pour s’en approcher autant.`,
    stepsGradientNever: (p) =>
      `La descente de gradient avec $\\alpha = ${p.rate}$ ne s’en approche pas autant en 10000 pas.`,
    stepsHint1: 'Le pas de Newton minimise le modèle quadratique de la fonction au point courant.',
    stepsHint2:
      'Quand la fonction est elle-même quadratique, à quelle distance le minimum du modèle est-il de celui de la fonction ?',
    stepsCorrect: (p) => `Juste : ${p.label}.`,
    nameLikeGradient: 'autant que la descente de gradient',
    likeGradient:
      'La descente de gradient demande beaucoup de pas, mais le pas de Newton utilise la courbure : sur une quadratique son modèle est exact, un seul pas tombe sur le point critique.',
  },
});
