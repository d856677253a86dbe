/**
 * The words of the counted steps (src/content/steps/iterations.ts): how many steps descent takes to get under a
 * tolerance, and the decrease one step is guaranteed. Parameters are LaTeX fragments (`f` is the function's name
 * as the lesson writes it); counts are numbers, written the locale's way.
 */
import { defineArea } from './catalogue.js';

type F = { f: string };

export const STEPS_ITERATIONS = defineArea('steps-iterations', {
  en: {
    titleNorm: (p: { tol: number }, f) => `t for ‖∇f‖ < ${f.number(p.tol)}`,
    titleGap: (p: { tol: number }, f) => `t for |f − f*| < ${f.number(p.tol)}`,
    normPrompt: (p: F & { tol: string }) =>
      `How many steps does descent take until $\\lVert \\nabla ${p.f}(\\theta_t) \\rVert < ${p.tol}$ for the first time? (Give the smallest such $t$.)`,
    gapPrompt: (p: F & { tol: string }) =>
      `How many steps does descent take until $|${p.f}(\\theta_t) - ${p.f}^*| < ${p.tol}$ for the first time, where $${p.f}^*$ is the value it converges to? (Give the smallest such $t$.)`,
    measured: (p: { t: number; before: string; after: string }, f) =>
      `Running descent and measuring after each step: after ${f.plural(p.t - 1, { one: '# step', other: '# steps' })} the measure is $${p.before}$, after ${f.number(p.t)} it is $${p.after}$.`,
    so: (p: { t: number }) => `So $t = ${p.t}$.`,
    hint1:
      'On a quadratic bowl every step multiplies the distance to the minimum by the same factor $|1 - \\alpha\\lambda|$ per direction.',
    hint2: 'Find the smallest $t$ with (start measure) × factorᵗ below the tolerance: take logarithms.',
    correct: (p: { t: number }, f) => `Right: ${f.plural(p.t, { one: '# step', other: '# steps' })}.`,
    nameOneShort: 'one step short',
    oneShort: 'After that many steps the measure is not yet under the tolerance.',
    nameOneOver: 'one step too many',
    oneOver: 'The measure is already under the tolerance one step earlier.',
    boundTitle: (p: { t: number }) => `guaranteed decrease at θ_{${p.t}}`,
    boundPrompt: (p: F & { at: string }) =>
      `With $\\alpha \\le 1/L$, one step from ${p.at} is guaranteed to lower $${p.f}$ by at least how much? (The bound $\\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$.)`,
    boundWhy: (p: F) =>
      `For an $L$-smooth $${p.f}$ and $\\alpha \\le 1/L$: $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$.`,
    boundHint: 'The sufficient-decrease bound is $\\frac{\\alpha}{2}\\lVert\\nabla f\\rVert^2$.',
    boundCorrect: 'Right: every step with α ≤ 1/L lowers the loss by at least this much.',
    nameNoHalf: 'the ½ forgotten',
    noHalf: 'That is the first-order prediction $\\alpha\\lVert\\nabla f\\rVert^2$; the guarantee is half of it.',
    nameNotSquared: 'the norm not squared',
    notSquared: 'The bound has the squared norm $\\lVert\\nabla f\\rVert^2$.',
  },
}).with({
  fr: {
    titleNorm: (p, f) => `t pour ‖∇f‖ < ${f.number(p.tol)}`,
    titleGap: (p, f) => `t pour |f − f*| < ${f.number(p.tol)}`,
    normPrompt: (p) =>
      `Combien de pas faut-il à la descente pour que $\\lVert \\nabla ${p.f}(\\theta_t) \\rVert < ${p.tol}$ pour la première fois ? (Donnez le plus petit tel $t$.)`,
    gapPrompt: (p) =>
      `Combien de pas faut-il à la descente pour que $|${p.f}(\\theta_t) - ${p.f}^*| < ${p.tol}$ pour la première fois, où $${p.f}^*$ est la valeur vers laquelle elle converge ? (Donnez le plus petit tel $t$.)`,
    measured: (p, f) =>
      `En faisant tourner la descente et en mesurant après chaque pas : après ${f.plural(p.t - 1, { one: '# pas', other: '# pas' })}, la mesure vaut $${p.before}$ ; après ${f.number(p.t)}, elle vaut $${p.after}$.`,
    so: (p) => `Donc $t = ${p.t}$.`,
    hint1:
      'Sur un bol quadratique, chaque pas multiplie la distance au minimum par le même facteur $|1 - \\alpha\\lambda|$ dans chaque direction.',
    hint2:
      'Cherchez le plus petit $t$ tel que (mesure au départ) × facteurᵗ passe sous la tolérance : prenez le logarithme.',
    correct: (p, f) => `Juste : ${f.plural(p.t, { one: '# pas', other: '# pas' })}.`,
    nameOneShort: 'un pas de moins',
    oneShort: 'Après ce nombre de pas, la mesure n’est pas encore sous la tolérance.',
    nameOneOver: 'un pas de trop',
    oneOver: 'La mesure est déjà sous la tolérance un pas plus tôt.',
    boundTitle: (p) => `décroissance garantie en θ_{${p.t}}`,
    boundPrompt: (p) =>
      `Avec $\\alpha \\le 1/L$, de combien un pas depuis ${p.at} fait-il au moins baisser $${p.f}$, de façon garantie ? (La borne $\\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$.)`,
    boundWhy: (p) =>
      `Pour $${p.f}$ $L$-lisse et $\\alpha \\le 1/L$ : $${p.f}(\\theta - \\alpha\\nabla ${p.f}) \\le ${p.f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${p.f}\\rVert^2$.`,
    boundHint: 'La borne de décroissance suffisante est $\\frac{\\alpha}{2}\\lVert\\nabla f\\rVert^2$.',
    boundCorrect: 'Juste : chaque pas avec α ≤ 1/L fait baisser la perte d’au moins cette quantité.',
    nameNoHalf: 'le ½ oublié',
    noHalf: 'C’est la prévision au premier ordre $\\alpha\\lVert\\nabla f\\rVert^2$ ; la garantie en est la moitié.',
    nameNotSquared: 'la norme non élevée au carré',
    notSquared: 'La borne contient le carré de la norme, $\\lVert\\nabla f\\rVert^2$.',
  },
});
