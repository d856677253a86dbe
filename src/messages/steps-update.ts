/**
 * The words of the steps about one move of descent (src/content/steps/update.ts): the step α∇f, the update,
 * the iterate after t steps, the loss at a point, the predicted decrease. Parameters are LaTeX fragments
 * (`f` is the function's name as the lesson writes it: J, L, f), placed inside $…$ here.
 */
import { defineArea } from './catalogue.js';

type F = { f: string };
type Rate = { rate: string };

export const STEPS_UPDATE = defineArea('steps-update', {
  en: {
    /** `times`: the operator between α and ∇f as the solution writes it, nothing or \\odot (one rate per coordinate). */
    stepPrompt: (p: F & Rate & { at: string; times: string }) =>
      `With learning rate $\\alpha = ${p.rate}$, compute the step $\\alpha ${p.times}\\nabla ${p.f}$ at ${p.at}.`,
    stepHint: 'Multiply every component of the gradient by the learning rate.',
    stepCorrect: 'Right: this is how far the update moves, against the gradient.',
    stepForgotRate: (p: Rate) => `That is the gradient itself; scale it by $\\alpha = ${p.rate}$.`,
    stepUpdate: (p: F) =>
      `That is the new point $\\theta - \\alpha\\nabla ${p.f}$; the step is $\\alpha\\nabla ${p.f}$ alone.`,
    stepSwapped: 'The components are swapped: the first is α times the derivative with respect to the first variable.',
    nameSign: 'the sign of the update',
    nameForgotRate: 'the learning rate forgotten',
    nameStepOnly: 'only the step',
    nameNegativeStepOnly: 'only the step, negated',
    nameDivided: 'divided by the learning rate',
    nameSwapped: 'components swapped',
    nameUpdateForStep: 'the update instead of the step',
    sign: (p: F) =>
      `You stepped uphill: the update subtracts the gradient, $\\theta - \\alpha\\nabla ${p.f}$, because the gradient points uphill.`,
    forgotRate: (p: Rate) => `Scale the gradient by the learning rate $\\alpha = ${p.rate}$ before subtracting it.`,
    stepOnly: (p: F) =>
      `That is the step $\\alpha\\nabla ${p.f}$; subtract it from the current point to get the new one.`,
    negativeStepOnly: (p: F) =>
      `That is $-\\alpha\\nabla ${p.f}$, the move; add it to the current point to get the new one.`,
    divided: 'Multiply the gradient by $\\alpha$; do not divide by it.',
    swapped:
      'The gradient’s components went to the wrong coordinates: the first variable moves by α times the derivative with respect to the first variable.',
    updatePrompt: (p: Rate & { at: string; next: string }) =>
      `Take one gradient-descent step from ${p.at} with $\\alpha = ${p.rate}$: what is $${p.next}$?`,
    updateHint1: (p: F) => `The update rule is $\\theta_{t+1} = \\theta_t - \\alpha \\nabla ${p.f}(\\theta_t)$.`,
    updateHint2: (p: F) => `Compute $\\alpha\\nabla ${p.f}$ first, then subtract it component by component.`,
    updateCorrect: 'Right: the gradient points uphill, so the step goes against it.',
    iteratePrompt: (p: Rate & { at: string; name: string; t: number }, f) =>
      `Starting from ${p.at} with $\\alpha = ${p.rate}$, what is $${p.name}$ after ${f.plural(p.t, { one: '# step', other: '# steps' })}?`,
    iterateRule: (p: F) => `Apply $\\theta_{k+1} = \\theta_k - \\alpha \\nabla ${p.f}(\\theta_k)$ repeatedly:`,
    iterateOptimizerRule: (p: { rule: string }) => `Apply $${p.rule}$ repeatedly:`,
    iterateHint: 'Apply the update rule once per step, each time at the new point.',
    iterateCorrect: (p: { t: number; point: string }, f) =>
      `Right: after ${f.plural(p.t, { one: '# step', other: '# steps' })} descent is at $${p.point}$.`,
    nameOneShort: 'one step short',
    nameOneOver: 'one step too many',
    oneShort: (p: { name: string }) => `That is $${p.name}$: one more step is needed.`,
    oneOver: (p: { name: string }) => `That is $${p.name}$: one step too many.`,
    lossPrompt: (p: F & { at: string }) => `What is $${p.f}$ at ${p.at}?`,
    lossHint: (p: { at: string; signature: string; formula: string }) =>
      `Put ${p.at} into $${p.signature} = ${p.formula}$.`,
    lossCorrectAfter: (p: { from: string; to: string }) => `Right: the loss went from $${p.from}$ to $${p.to}$.`,
    lossCorrectStart: 'Right: this is the loss where descent starts.',
    nameOldPoint: 'the loss at the old point',
    oldPoint: (p: { name: string; at: string }) =>
      `That is the loss at $${p.name}$; evaluate at the new point ${p.at}.`,
    decreasePrompt: (p: F & Rate & { at: string }) =>
      `To first order, by how much does $${p.f}$ change in one step from ${p.at} with $\\alpha = ${p.rate}$? (Give the change $\\Delta ${p.f}$, negative for a decrease.)`,
    decreaseWhy: (p: F) =>
      `To first order, $\\Delta ${p.f} \\approx \\nabla ${p.f} \\cdot \\Delta\\theta = \\nabla ${p.f} \\cdot (-\\alpha \\nabla ${p.f}) = -\\alpha \\lVert \\nabla ${p.f} \\rVert^2$.`,
    decreaseHint1: (p: F) =>
      `The change of a function along a small move $\\Delta\\theta$ is about $\\nabla ${p.f} \\cdot \\Delta\\theta$.`,
    decreaseHint2: (p: F) => `Here $\\Delta\\theta = -\\alpha\\nabla ${p.f}$.`,
    decreaseCorrect: 'Right: a small enough step always lowers the loss, by about α times the squared gradient length.',
    nameSignOnly: 'the sign',
    nameNotSquared: 'the norm not squared',
    decreaseSign: 'A descent step lowers the loss: the change is negative.',
    decreaseNotSquared: 'The gradient enters twice, once in the slope and once in the step: the norm is squared.',
    decreaseForgotRate: (p: Rate) => `The step is scaled by $\\alpha = ${p.rate}$.`,
    elementwiseHint:
      'Each coordinate has its own rate: multiply each component of the gradient by its own rate (the element-wise product ⊙), then subtract.',
    nameRatesSwapped: 'the rates swapped between coordinates',
    ratesSwapped: (p: Rate) =>
      `Each rate belongs to its own coordinate: with $\\alpha = ${p.rate}$, the first rate multiplies the first component of the gradient, the second the second.`,
    nameOneRate: 'one rate used for every coordinate',
    oneRate: (p: Rate & { one: string }) =>
      `You used $${p.one}$ for every coordinate; each coordinate has its own rate, $\\alpha = ${p.rate}$, taken component by component.`,
  },
}).with({
  fr: {
    stepPrompt: (p) =>
      `Avec le taux d’apprentissage $\\alpha = ${p.rate}$, calculez le pas $\\alpha ${p.times}\\nabla ${p.f}$ en ${p.at}.`,
    stepHint: 'Multipliez chaque composante du gradient par le taux d’apprentissage.',
    stepCorrect: 'Juste : c’est de combien la mise à jour se déplace, à l’opposé du gradient.',
    stepForgotRate: (p) => `C’est le gradient lui-même ; multipliez-le par $\\alpha = ${p.rate}$.`,
    stepUpdate: (p) =>
      `C’est le nouveau point $\\theta - \\alpha\\nabla ${p.f}$ ; le pas est $\\alpha\\nabla ${p.f}$ seul.`,
    stepSwapped:
      'Les composantes sont inversées : la première est α fois la dérivée par rapport à la première variable.',
    nameSign: 'le signe de la mise à jour',
    nameForgotRate: 'le taux d’apprentissage oublié',
    nameStepOnly: 'le pas seul',
    nameNegativeStepOnly: 'le pas seul, changé de signe',
    nameDivided: 'divisé par le taux d’apprentissage',
    nameSwapped: 'composantes inversées',
    nameUpdateForStep: 'la mise à jour au lieu du pas',
    sign: (p) =>
      `Vous êtes monté : la mise à jour soustrait le gradient, $\\theta - \\alpha\\nabla ${p.f}$, car le gradient pointe vers le haut.`,
    forgotRate: (p) =>
      `Multipliez le gradient par le taux d’apprentissage $\\alpha = ${p.rate}$ avant de le soustraire.`,
    stepOnly: (p) => `C’est le pas $\\alpha\\nabla ${p.f}$ ; soustrayez-le du point actuel pour obtenir le nouveau.`,
    negativeStepOnly: (p) =>
      `C’est $-\\alpha\\nabla ${p.f}$, le déplacement ; ajoutez-le au point actuel pour obtenir le nouveau.`,
    divided: 'Multipliez le gradient par $\\alpha$ ; ne le divisez pas.',
    swapped:
      'Les composantes du gradient sont allées aux mauvaises coordonnées : la première variable se déplace de α fois la dérivée par rapport à la première variable.',
    updatePrompt: (p) =>
      `Faites un pas de descente de gradient depuis ${p.at} avec $\\alpha = ${p.rate}$ : que vaut $${p.next}$ ?`,
    updateHint1: (p) => `La règle de mise à jour est $\\theta_{t+1} = \\theta_t - \\alpha \\nabla ${p.f}(\\theta_t)$.`,
    updateHint2: (p) => `Calculez d’abord $\\alpha\\nabla ${p.f}$, puis soustrayez-le composante par composante.`,
    updateCorrect: 'Juste : le gradient pointe vers le haut, donc le pas va dans l’autre sens.',
    iteratePrompt: (p, f) =>
      `En partant de ${p.at} avec $\\alpha = ${p.rate}$, que vaut $${p.name}$ après ${f.plural(p.t, { one: '# pas', other: '# pas' })} ?`,
    iterateRule: (p) =>
      `Appliquez $\\theta_{k+1} = \\theta_k - \\alpha \\nabla ${p.f}(\\theta_k)$ à plusieurs reprises :`,
    iterateOptimizerRule: (p) => `Appliquez $${p.rule}$ à plusieurs reprises :`,
    iterateHint: 'Appliquez la règle de mise à jour une fois par pas, chaque fois au nouveau point.',
    iterateCorrect: (p, f) =>
      `Juste : après ${f.plural(p.t, { one: '# pas', other: '# pas' })}, la descente est en $${p.point}$.`,
    nameOneShort: 'un pas de moins',
    nameOneOver: 'un pas de trop',
    oneShort: (p) => `C’est $${p.name}$ : il faut encore un pas.`,
    oneOver: (p) => `C’est $${p.name}$ : un pas de trop.`,
    lossPrompt: (p) => `Que vaut $${p.f}$ en ${p.at} ?`,
    lossHint: (p) => `Remplacez ${p.at} dans $${p.signature} = ${p.formula}$.`,
    lossCorrectAfter: (p) => `Juste : la perte est passée de $${p.from}$ à $${p.to}$.`,
    lossCorrectStart: 'Juste : c’est la perte au point de départ de la descente.',
    nameOldPoint: 'la perte à l’ancien point',
    oldPoint: (p) => `C’est la perte en $${p.name}$ ; évaluez au nouveau point ${p.at}.`,
    decreasePrompt: (p) =>
      `Au premier ordre, de combien $${p.f}$ varie-t-elle en un pas depuis ${p.at} avec $\\alpha = ${p.rate}$ ? (Donnez la variation $\\Delta ${p.f}$, négative pour une baisse.)`,
    decreaseWhy: (p) =>
      `Au premier ordre, $\\Delta ${p.f} \\approx \\nabla ${p.f} \\cdot \\Delta\\theta = \\nabla ${p.f} \\cdot (-\\alpha \\nabla ${p.f}) = -\\alpha \\lVert \\nabla ${p.f} \\rVert^2$.`,
    decreaseHint1: (p) =>
      `La variation d’une fonction le long d’un petit déplacement $\\Delta\\theta$ vaut environ $\\nabla ${p.f} \\cdot \\Delta\\theta$.`,
    decreaseHint2: (p) => `Ici $\\Delta\\theta = -\\alpha\\nabla ${p.f}$.`,
    decreaseCorrect:
      'Juste : un pas assez petit fait toujours baisser la perte, d’environ α fois le carré de la norme du gradient.',
    nameSignOnly: 'le signe',
    nameNotSquared: 'la norme non élevée au carré',
    decreaseSign: 'Un pas de descente fait baisser la perte : la variation est négative.',
    decreaseNotSquared:
      'Le gradient intervient deux fois, dans la pente et dans le pas : la norme est élevée au carré.',
    decreaseForgotRate: (p) => `Le pas est multiplié par $\\alpha = ${p.rate}$.`,
    elementwiseHint:
      'Chaque coordonnée a son propre taux : multipliez chaque composante du gradient par son taux (le produit terme à terme ⊙), puis soustrayez.',
    nameRatesSwapped: 'les taux échangés entre les coordonnées',
    ratesSwapped: (p) =>
      `Chaque taux appartient à sa coordonnée : avec $\\alpha = ${p.rate}$, le premier taux multiplie la première composante du gradient, le second la seconde.`,
    nameOneRate: 'un seul taux pour toutes les coordonnées',
    oneRate: (p) =>
      `Vous avez pris $${p.one}$ pour toutes les coordonnées ; chacune a son propre taux, $\\alpha = ${p.rate}$, composante par composante.`,
  },
});
