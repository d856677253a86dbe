/**
 * The words of the curvature bound on a region (src/content/steps/lipschitz.ts): the `lipschitz` step (L) and
 * `max_rate` on an `interval` or a `box` (1/L). Parameters are LaTeX fragments.
 */
import { defineArea } from './catalogue.js';

export const STEPS_LIPSCHITZ = defineArea('steps-lipschitz', {
  en: {
    titleL: 'L on the region',
    titleRate: 'safe learning rate',
    promptL: (p: { signature: string; formula: string; region: string; one: boolean }) =>
      p.one
        ? `For $${p.signature} = ${p.formula}$ on $${p.region}$, find the smoothness constant $L$: the largest value of $|f''|$ there.`
        : `For $${p.signature} = ${p.formula}$ on the box $${p.region}$, find the smoothness constant $L$: the largest size $|\\lambda|$ of an eigenvalue of the Hessian there.`,
    promptRate: (p: { signature: string; formula: string; region: string }) =>
      `For $${p.signature} = ${p.formula}$ on $${p.region}$, what is the largest learning rate $1/L$ that guarantees descent there?`,
    quadratic: (p: { L: string }) =>
      `The Hessian of a quadratic is the same everywhere, so the region does not matter: $L = ${p.L}$.`,
    second: (p: { f: string; f2: string }) => `The curvature: $${p.f}'' = ${p.f2}$.`,
    where1: (p: { ends: string; interior: string }) =>
      `$|f''|$ is largest at an end of the interval (${p.ends}) or where $f''' = 0$${p.interior ? ` (${p.interior})` : ' (nowhere inside)'}.`,
    whereBox: (p: { at: string; curvatures: string }) =>
      `Searching the box, the Hessian's eigenvalues are largest in size at $${p.at}$: $${p.curvatures}$.`,
    largest: (p: { at: string; L: string }) => `The largest is at $${p.at}$: $L = ${p.L}$.`,
    rate: (p: { L: string; rate: string }) =>
      `A step of at most $1/L$ cannot overshoot where the curvature is at most $L$: $\\alpha \\le 1/${p.L} = ${p.rate}$.`,
    hintL1: "Compute $f''$; its size is largest at an end of the interval or where $f''' = 0$.",
    hintLBox: 'Compute the Hessian; its largest eigenvalue in size, over the box, is $L$.',
    hintL2: "Compare $|f''|$ at each of those points.",
    hintRate: 'Find $L$ on the region first; the safe rate is $1/L$.',
    correctL: (p: { L: string }) => `Right: $L = ${p.L}$ on this region.`,
    correctRate: (p: { rate: string }) => `Right: any $\\alpha \\le ${p.rate}$ is safe on this region.`,
    nameAtStart: 'the curvature at the start only',
    atStart:
      'That is the curvature at the start; $L$ bounds it over the whole region, so look for its largest size there.',
    nameSigned: 'the largest signed value',
    signed:
      "A negative curvature counts by its size: take the largest $|f''|$ (or $|\\lambda|$), not the largest signed value.",
    nameL: 'L instead of 1/L',
    L: 'That is $L$, the curvature bound; the learning rate is its reciprocal, $1/L$.',
    nameTwoOverL: '2/L',
    twoOverL:
      'Below $2/L$ descent still converges on a quadratic, but the rate that guarantees a decrease here is $1/L$.',
  },
}).with({
  fr: {
    titleL: 'L sur la région',
    titleRate: 'taux d’apprentissage sûr',
    promptL: (p) =>
      p.one
        ? `Pour $${p.signature} = ${p.formula}$ sur $${p.region}$, trouvez la constante de régularité $L$ : la plus grande valeur de $|f''|$ sur cet intervalle.`
        : `Pour $${p.signature} = ${p.formula}$ sur le pavé $${p.region}$, trouvez la constante de régularité $L$ : la plus grande valeur absolue $|\\lambda|$ d’une valeur propre de la hessienne sur ce pavé.`,
    promptRate: (p) =>
      `Pour $${p.signature} = ${p.formula}$ sur $${p.region}$, quel est le plus grand taux d’apprentissage $1/L$ qui garantit la descente ?`,
    quadratic: (p) =>
      `La hessienne d’une fonction quadratique est partout la même : la région n’importe pas, $L = ${p.L}$.`,
    second: (p) => `La courbure : $${p.f}'' = ${p.f2}$.`,
    where1: (p) =>
      `$|f''|$ est maximale à une extrémité de l’intervalle (${p.ends}) ou là où $f''' = 0$${p.interior ? ` (${p.interior})` : ' (nulle part à l’intérieur)'}.`,
    whereBox: (p) =>
      `En parcourant le pavé, les valeurs propres de la hessienne sont les plus grandes en valeur absolue en $${p.at}$ : $${p.curvatures}$.`,
    largest: (p) => `La plus grande est en $${p.at}$ : $L = ${p.L}$.`,
    rate: (p) =>
      `Un pas d’au plus $1/L$ ne peut pas dépasser le minimum là où la courbure est au plus $L$ : $\\alpha \\le 1/${p.L} = ${p.rate}$.`,
    hintL1: "Calculez $f''$ ; sa valeur absolue est maximale à une extrémité de l’intervalle ou là où $f''' = 0$.",
    hintLBox: 'Calculez la hessienne ; sa plus grande valeur propre en valeur absolue, sur le pavé, est $L$.',
    hintL2: "Comparez $|f''|$ en chacun de ces points.",
    hintRate: 'Trouvez d’abord $L$ sur la région ; le taux sûr est $1/L$.',
    correctL: (p) => `Juste : $L = ${p.L}$ sur cette région.`,
    correctRate: (p) => `Juste : tout $\\alpha \\le ${p.rate}$ est sûr sur cette région.`,
    nameAtStart: 'la courbure au départ seulement',
    atStart:
      'C’est la courbure au point de départ ; $L$ la borne sur toute la région : cherchez sa plus grande valeur absolue.',
    nameSigned: 'la plus grande valeur signée',
    signed:
      "Une courbure négative compte par sa valeur absolue : prenez le plus grand $|f''|$ (ou $|\\lambda|$), pas la plus grande valeur signée.",
    nameL: 'L au lieu de 1/L',
    L: 'C’est $L$, la borne de la courbure ; le taux d’apprentissage est son inverse, $1/L$.',
    nameTwoOverL: '2/L',
    twoOverL:
      'Sous $2/L$ la descente converge encore sur une quadratique, mais le taux qui garantit une décroissance ici est $1/L$.',
  },
});
