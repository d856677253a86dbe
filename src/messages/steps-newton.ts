/**
 * The words of the steps that look for where the gradient vanishes (src/content/steps/newton.ts): every
 * critical point, and one Newton step. Parameters are LaTeX fragments (`f` is the function's name as the
 * lesson writes it, `fn` is "f(x) = x^3 - 3x", `at` is a point already in math delimiters).
 */
import { defineArea } from './catalogue.js';

type F = { f: string };

export const STEPS_NEWTON = defineArea('steps-newton', {
  en: {
    // critical_points
    criticalTitle: 'critical points',
    criticalPromptOne: (p: { fn: string; x: string; f: string; several: boolean }) =>
      `Find every critical point of $${p.fn}$: the $${p.x}$ where $${p.f}'(${p.x}) = 0$.${p.several ? ' List them from smallest to largest, like (−1, 2).' : ''}`,
    criticalPromptMany: (p: F & { fn: string }) => `Find the critical point of $${p.fn}$, where $\\nabla ${p.f} = 0$.`,
    setToZero: (p: { zero: string }) => `Set the derivative to zero: $${p.zero}$.`,
    solutions: (p: { points: string }) => `Its real solutions, from smallest to largest: $${p.points}$.`,
    solution: (p: { x: string; value: string }) => `Its real solution: $${p.x} = ${p.value}$.`,
    setEachToZero: (p: { equations: readonly string[] }, f) =>
      `Set each partial derivative to zero: ${f.list(p.equations.map((e: string) => `$${e} = 0$`))}.`,
    solveTogether: (p: { point: string }) => `Solving these linear equations together: $${p.point}$.`,
    criticalHintOne1: 'Differentiate, set the derivative to zero, and factor.',
    criticalHintOne2: 'Keep every real solution.',
    criticalHintMany1: 'Set every partial derivative to zero.',
    criticalHintMany2: 'For a quadratic these are linear equations: solve them together.',
    criticalCorrect: (p: { where: string }) => `Right: the gradient vanishes at $${p.where}$.`,
    nameRootsOfF: 'where f is zero',
    rootsOfF: (p: F) => `Those are the zeros of $${p.f}$; critical points are where the derivative $${p.f}'$ is zero.`,
    nameOrder: 'decreasing order',
    order: 'These are the critical points; list them from smallest to largest.',
    // newton
    newtonTitle: 'Newton step',
    newtonPrompt: (p: F & { fn: string; at: string }) =>
      `Take one Newton step on $${p.fn}$ from ${p.at}: $\\theta_1 = \\theta_0 - H^{-1}\\nabla ${p.f}(\\theta_0)$.`,
    atStartOne: (p: F & { at: string; g: string; h: string }) =>
      `At ${p.at}: $${p.f}' = ${p.g}$ and $${p.f}'' = ${p.h}$.`,
    atStartMany: (p: F & { at: string; g: string; h: string }) =>
      `At ${p.at}: $\\nabla ${p.f} = ${p.g}$ and $H = ${p.h}$.`,
    stepOne: (p: F & { step: string; x: string; theta: string; next: string }) =>
      `The step is $${p.f}'/${p.f}'' = ${p.step}$, so $${p.x}_1 = ${p.theta} - ${p.step} = ${p.next}$.`,
    stepMany: (p: F & { step: string; next: string }) =>
      `Solve $H d = \\nabla ${p.f}$: $d = ${p.step}$, so $\\theta_1 = \\theta_0 - d = ${p.next}$.`,
    quadratic:
      'On a quadratic, one Newton step lands on the critical point: the quadratic model is the function itself.',
    towardsMinimum: (p: F & { from: string; to: string }) =>
      `The curvature is positive here, so the step heads for a minimum of the local quadratic model: $${p.f}$ goes from $${p.from}$ to $${p.to}$.`,
    notDownhill: (p: F & { from: string; to: string }) =>
      `The curvature is not positive here, so Newton's step heads for a maximum or a saddle of the local quadratic model, not downhill: $${p.f}$ goes from $${p.from}$ to $${p.to}$.`,
    soNext: (p: { name: string; next: string }) => `So $${p.name} = ${p.next}$.`,
    newtonHintOne1: "Compute $f'$ and $f''$ at the start.",
    newtonHintMany1: 'Compute the gradient and the Hessian at the start.',
    newtonHintOne2: "Subtract $f'/f''$ from the start.",
    newtonHintMany2: 'Solve $H d = \\nabla f$ for the step $d$, then subtract it from the start.',
    newtonCorrect: (p: { next: string }) => `Right: Newton's step lands at $${p.next}$.`,
    nameHessianNotInverse: 'H instead of H⁻¹',
    hessianNotInverseOne: "Newton's step divides the derivative by $f''$; this multiplies by it.",
    hessianNotInverse:
      "Newton's step multiplies the gradient by the inverse Hessian $H^{-1}$ (solve $H d = \\nabla f$), not by $H$.",
    nameSign: 'the sign',
    sign: 'The step is subtracted: $\\theta_1 = \\theta_0 - H^{-1}\\nabla f$.',
    nameStepOnly: 'the step alone',
    stepOnly: 'That is the move $-H^{-1}\\nabla f$; add it to the start point.',
    nameForgotGradient: 'the gradient forgotten',
    forgotGradient: "Newton's step is $f'/f''$: you left out the derivative $f'$.",
    nameGradientStep: 'a gradient step',
    gradientStep: 'That is a gradient step with $\\alpha = 1$; Newton’s step scales the gradient by $H^{-1}$.',
  },
}).with({
  fr: {
    criticalTitle: 'points critiques',
    criticalPromptOne: (p) =>
      `Trouvez tous les points critiques de $${p.fn}$ : les $${p.x}$ où $${p.f}'(${p.x}) = 0$.${p.several ? ' Donnez-les dans l’ordre croissant, comme (−1 ; 2).' : ''}`,
    criticalPromptMany: (p) => `Trouvez le point critique de $${p.fn}$, où $\\nabla ${p.f} = 0$.`,
    setToZero: (p) => `On annule la dérivée : $${p.zero}$.`,
    solutions: (p) => `Ses solutions réelles, dans l’ordre croissant : $${p.points}$.`,
    solution: (p) => `Sa solution réelle : $${p.x} = ${p.value}$.`,
    setEachToZero: (p, f) =>
      `On annule chaque dérivée partielle : ${f.list(p.equations.map((e: string) => `$${e} = 0$`))}.`,
    solveTogether: (p) => `En résolvant ce système linéaire : $${p.point}$.`,
    criticalHintOne1: 'Dérivez, annulez la dérivée et factorisez.',
    criticalHintOne2: 'Gardez toutes les solutions réelles.',
    criticalHintMany1: 'Annulez chaque dérivée partielle.',
    criticalHintMany2: 'Pour une fonction quadratique, ce sont des équations linéaires : résolvez le système.',
    criticalCorrect: (p) => `Juste : le gradient s’annule en $${p.where}$.`,
    nameRootsOfF: 'les zéros de f',
    rootsOfF: (p) => `Ce sont les zéros de $${p.f}$ ; les points critiques sont ceux où la dérivée $${p.f}'$ s’annule.`,
    nameOrder: 'ordre décroissant',
    order: 'Ce sont bien les points critiques ; donnez-les dans l’ordre croissant.',
    newtonTitle: 'pas de Newton',
    newtonPrompt: (p) =>
      `Faites un pas de Newton sur $${p.fn}$ depuis ${p.at} : $\\theta_1 = \\theta_0 - H^{-1}\\nabla ${p.f}(\\theta_0)$.`,
    atStartOne: (p) => `En ${p.at} : $${p.f}' = ${p.g}$ et $${p.f}'' = ${p.h}$.`,
    atStartMany: (p) => `En ${p.at} : $\\nabla ${p.f} = ${p.g}$ et $H = ${p.h}$.`,
    stepOne: (p) => `Le pas est $${p.f}'/${p.f}'' = ${p.step}$, donc $${p.x}_1 = ${p.theta} - ${p.step} = ${p.next}$.`,
    stepMany: (p) =>
      `On résout $H d = \\nabla ${p.f}$ : $d = ${p.step}$, donc $\\theta_1 = \\theta_0 - d = ${p.next}$.`,
    quadratic:
      'Sur une fonction quadratique, un pas de Newton arrive directement au point critique : le modèle quadratique est la fonction elle-même.',
    towardsMinimum: (p) =>
      `La courbure est positive ici, donc le pas va vers un minimum du modèle quadratique local : $${p.f}$ passe de $${p.from}$ à $${p.to}$.`,
    notDownhill: (p) =>
      `La courbure n’est pas positive ici, donc le pas de Newton va vers un maximum ou un point selle du modèle quadratique local, pas vers le bas : $${p.f}$ passe de $${p.from}$ à $${p.to}$.`,
    soNext: (p) => `Donc $${p.name} = ${p.next}$.`,
    newtonHintOne1: "Calculez $f'$ et $f''$ au point de départ.",
    newtonHintMany1: 'Calculez le gradient et la hessienne au point de départ.',
    newtonHintOne2: "Soustrayez $f'/f''$ au point de départ.",
    newtonHintMany2: 'Résolvez $H d = \\nabla f$ pour obtenir le pas $d$, puis soustrayez-le au point de départ.',
    newtonCorrect: (p) => `Juste : le pas de Newton arrive en $${p.next}$.`,
    nameHessianNotInverse: 'H au lieu de H⁻¹',
    hessianNotInverseOne: "Le pas de Newton divise la dérivée par $f''$ ; ici, vous l’avez multipliée.",
    hessianNotInverse:
      'Le pas de Newton multiplie le gradient par l’inverse de la hessienne $H^{-1}$ (résolvez $H d = \\nabla f$), pas par $H$.',
    nameSign: 'le signe',
    sign: 'Le pas se soustrait : $\\theta_1 = \\theta_0 - H^{-1}\\nabla f$.',
    nameStepOnly: 'le pas seul',
    stepOnly: 'C’est le déplacement $-H^{-1}\\nabla f$ ; ajoutez-le au point de départ.',
    nameForgotGradient: 'le gradient oublié',
    forgotGradient: "Le pas de Newton est $f'/f''$ : vous avez oublié la dérivée $f'$.",
    nameGradientStep: 'un pas de gradient',
    gradientStep: 'C’est un pas de gradient avec $\\alpha = 1$ ; le pas de Newton multiplie le gradient par $H^{-1}$.',
  },
});
