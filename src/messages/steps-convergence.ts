/**
 * The words of the steps about where descent goes (src/content/steps/convergence.ts): the limit, its loss,
 * the regime at a learning rate (its options too), the largest safe rate 1/L.
 */
import { defineArea } from './catalogue.js';

type F = { f: string };

export const STEPS_CONVERGENCE = defineArea('steps-convergence', {
  en: {
    limitTitle: 'the limit',
    limitPrompt: (p: { at: string; rate: string }) =>
      `Where does gradient descent from ${p.at} with $\\alpha = ${p.rate}$ end up?`,
    limitWhy: (p: { zero: string }) => `Descent stops moving where the gradient vanishes: $${p.zero}$.`,
    limitRun: (p: { at: string; n: number; star: string; point: string }, f) =>
      `Running it from ${p.at}, the iterates settle (after ${f.plural(p.n, { one: '# step', other: '# steps' })}) at $${p.star} = ${p.point}$.`,
    limitHint1: 'Descent stops where the gradient is zero.',
    limitHint2: 'Set the derivative to zero and solve; near several solutions, follow the iterates downhill.',
    limitCorrect: (p: { point: string }) => `Right: descent converges to $${p.point}$, where the gradient is zero.`,
    nameStart: 'the start point',
    start: 'That is where descent starts, not where it ends.',
    limitLossTitle: 'the loss at the limit',
    limitLossPrompt: (p: F) => `What is $${p.f}$ at the point gradient descent converges to?`,
    limitLossSolution: (p: F & { point: string; value: string }) =>
      `Descent converges to $${p.point}$, where $${p.f} = ${p.value}$.`,
    limitLossHint: 'Find where descent converges first, then evaluate the function there.',
    limitLossCorrect: (p: { value: string }) => `Right: the lowest value descent reaches from here is $${p.value}$.`,
    nameStartLoss: 'the loss at the start',
    startLoss: 'That is the loss at the start point.',
    regimePrompt: (p: { rate: string; at: string }) =>
      `With learning rate $\\alpha = ${p.rate}$ from ${p.at}, what does gradient descent do?`,
    firstIterates: (p: { iterates: readonly string[] }) => `The first iterates: ${p.iterates.join(', ')}, …`,
    runningOn: (p: { label: string; settles?: number }, f) =>
      `Running on, descent ${p.label}${p.settles !== undefined ? ` (it settles after ${f.plural(p.settles, { one: '# step', other: '# steps' })})` : ''}.`,
    regimeHint1: 'Compute the first few iterates and watch the distance to the minimum.',
    regimeHint2: 'Does each step shrink the distance? Does the sign of the move alternate?',
    regimeCorrect: (p: { rate: string; label: string }) => `Right: at α = ${p.rate} descent ${p.label}.`,
    regime_slow: 'converges, but slowly',
    regime_converges: 'converges steadily',
    regime_one_step: 'reaches the minimum in one step',
    regime_oscillates: 'overshoots back and forth but converges',
    regime_flips: 'flips between two points forever',
    regime_diverges: 'diverges',
    maxRateTitle: 'the largest safe α',
    maxRatePrompt: (p: F & { signature: string; formula: string }) =>
      `$${p.signature} = ${p.formula}$ is $L$-smooth. What is the largest learning rate for which every step is guaranteed the sufficient decrease $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$?`,
    hessian: (p: { matrix: string; L: string }) =>
      `The Hessian is $H = ${p.matrix}$; $L$ is its largest eigenvalue, $L = ${p.L}$.`,
    maxRateSolution: (p: F & { L: string; rate: string }) =>
      `With $\\alpha \\le 1/L$, $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$: every step descends. So $\\alpha = 1/${p.L} = ${p.rate}$.`,
    maxRateHint1: '$L$ is the largest curvature: the largest eigenvalue of the Hessian.',
    maxRateHint2: 'The guaranteed-descent rate is $1/L$.',
    maxRateCorrect: 'Right: up to 1/L every step is guaranteed to lower the loss.',
    nameL: 'L itself',
    L: 'That is $L$, the curvature; the learning rate is its reciprocal, $1/L$.',
    nameTwoOverL: '2/L',
    twoOverL:
      'Below $2/L$ descent still converges on a quadratic, but only $\\alpha \\le 1/L$ guarantees the sufficient decrease.',
    nameSmallest: 'the smallest curvature',
    smallest: '$L$ is the largest eigenvalue of the Hessian, not the smallest.',
  },
}).with({
  fr: {
    limitTitle: 'la limite',
    limitPrompt: (p) => `Où aboutit la descente de gradient partie de ${p.at} avec $\\alpha = ${p.rate}$ ?`,
    limitWhy: (p) => `La descente s’arrête là où le gradient s’annule : $${p.zero}$.`,
    limitRun: (p, f) =>
      `En la lançant depuis ${p.at}, les itérés se stabilisent (après ${f.plural(p.n, { one: '# pas', other: '# pas' })}) en $${p.star} = ${p.point}$.`,
    limitHint1: 'La descente s’arrête là où le gradient est nul.',
    limitHint2: 'Annulez la dérivée et résolvez ; s’il y a plusieurs solutions, suivez les itérés vers le bas.',
    limitCorrect: (p) => `Juste : la descente converge vers $${p.point}$, où le gradient est nul.`,
    nameStart: 'le point de départ',
    start: 'C’est là où la descente commence, pas là où elle finit.',
    limitLossTitle: 'la perte à la limite',
    limitLossPrompt: (p) => `Que vaut $${p.f}$ au point vers lequel converge la descente de gradient ?`,
    limitLossSolution: (p) => `La descente converge vers $${p.point}$, où $${p.f} = ${p.value}$.`,
    limitLossHint: 'Trouvez d’abord où la descente converge, puis évaluez la fonction en ce point.',
    limitLossCorrect: (p) => `Juste : la plus petite valeur que la descente atteint d’ici est $${p.value}$.`,
    nameStartLoss: 'la perte au départ',
    startLoss: 'C’est la perte au point de départ.',
    regimePrompt: (p) =>
      `Avec le taux d’apprentissage $\\alpha = ${p.rate}$ depuis ${p.at}, que fait la descente de gradient ?`,
    firstIterates: (p) => `Les premiers itérés : ${p.iterates.join(', ')}, …`,
    runningOn: (p, f) =>
      `En continuant, la descente ${p.label}${p.settles !== undefined ? ` (elle se stabilise après ${f.plural(p.settles, { one: '# pas', other: '# pas' })})` : ''}.`,
    regimeHint1: 'Calculez les premiers itérés et observez la distance au minimum.',
    regimeHint2: 'Chaque pas réduit-il la distance ? Le signe du déplacement alterne-t-il ?',
    regimeCorrect: (p) => `Juste : avec α = ${p.rate}, la descente ${p.label}.`,
    regime_slow: 'converge, mais lentement',
    regime_converges: 'converge régulièrement',
    regime_one_step: 'atteint le minimum en un pas',
    regime_oscillates: 'dépasse d’un côté puis de l’autre mais converge',
    regime_flips: 'saute indéfiniment entre deux points',
    regime_diverges: 'diverge',
    maxRateTitle: 'le plus grand α sûr',
    maxRatePrompt: (p) =>
      `$${p.signature} = ${p.formula}$ est $L$-lisse. Quel est le plus grand taux d’apprentissage pour lequel chaque pas garantit la décroissance suffisante $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$ ?`,
    hessian: (p) => `La hessienne est $H = ${p.matrix}$ ; $L$ est sa plus grande valeur propre, $L = ${p.L}$.`,
    maxRateSolution: (p) =>
      `Avec $\\alpha \\le 1/L$, $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$ : chaque pas descend. Donc $\\alpha = 1/${p.L} = ${p.rate}$.`,
    maxRateHint1: '$L$ est la plus grande courbure : la plus grande valeur propre de la hessienne.',
    maxRateHint2: 'Le taux qui garantit la descente est $1/L$.',
    maxRateCorrect: 'Juste : jusqu’à 1/L, chaque pas fait baisser la perte à coup sûr.',
    nameL: 'L lui-même',
    L: 'C’est $L$, la courbure ; le taux d’apprentissage est son inverse, $1/L$.',
    nameTwoOverL: '2/L',
    twoOverL:
      'En dessous de $2/L$, la descente converge encore sur une quadratique, mais seul $\\alpha \\le 1/L$ garantit la décroissance suffisante.',
    nameSmallest: 'la plus petite courbure',
    smallest: '$L$ est la plus grande valeur propre de la hessienne, pas la plus petite.',
  },
});
