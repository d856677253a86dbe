/**
 * The words of the `factor` step (src/content/steps/factor.ts): one factor of a chain rule, ∂a/∂z, or the whole
 * product ∂L/∂w. Parameters are LaTeX fragments.
 */
import { defineArea } from './catalogue.js';

export const STEPS_FACTOR = defineArea('steps-factor', {
  en: {
    title: (p: { of: string; wrt: string }) => `∂${p.of}/∂${p.wrt}`,
    prompt: (p: { d: string; at: string | undefined }) =>
      p.at ? `Compute $${p.d}$ at ${p.at}.` : `Find $${p.d}$ as an expression in the variables.`,
    definition: (p: { of: string; formula: string }) => `$${p.of} = ${p.formula}$.`,
    local: (p: { d: string; value: string }) => `Holding every other input fixed: $${p.d} = ${p.value}$.`,
    product: (p: { d: string; factors: string }) => `By the chain rule, $${p.d} = ${p.factors}$.`,
    atPoint: (p: { d: string; at: string; value: string }) => `At ${p.at}: $${p.d} = ${p.value}$.`,
    hintLocal: 'Differentiate this one level by its own input, treating that input as the variable.',
    hintProduct: 'Multiply the factors along the chain, each evaluated at the point.',
    hintForward: 'First work forward: the value of each inner function at the point.',
    correct: (p: { d: string; value: string }) => `Right: $${p.d} = ${p.value}$.`,
    nameSign: 'the sign',
    sign: 'Check the sign: this is the negative of the factor.',
    nameFirst: 'the first factor only',
    first: 'That is only the outer factor; multiply it by the derivatives of the inner levels down to the variable.',
    nameSigmaPrime: 'σ′ left out',
    sigmaPrime: 'A sigmoid level a = σ(z) contributes its own factor σ′(z) = a(1 − a): multiply by it.',
    namePre: 'z instead of a',
    pre: 'That takes the pre-activation z where the activation a = σ(z) belongs: σ′(z) = a(1 − a), and a layer’s input is the activation before it.',
    nameTranspose: 'the transpose',
    transpose:
      'That multiplies by the weights the wrong way round (W δ, not Wᵀ δ): the factor for an input gathers the weights leaving it, one column of W.',
    together: (p: { d: string; value: string }) => `Together: $${p.d} = ${p.value}$.`,
    forwardTitle: (p: { names: string }) => `Forward: ${p.names}`,
    forwardPrompt: (p: { names: string; at: string }) => `Work forward: compute $${p.names}$ at ${p.at}.`,
    forwardLine: (p: { name: string; formula: string; numbers: string; value: string }) =>
      `$${p.name} = ${p.formula} = ${p.numbers} = ${p.value}$.`,
    forwardHint: 'Start from the inputs and compute each level from the ones before it, in order.',
    forwardHintSigma: 'With $\\sigma(z) = 1/(1 + e^{-z})$: compute $z$ first, then $\\sigma(z)$.',
    forwardCorrect: (p: { names: string; value: string }) => `Right: $${p.names} = ${p.value}$.`,
  },
}).with({
  fr: {
    title: (p) => `∂${p.of}/∂${p.wrt}`,
    prompt: (p) => (p.at ? `Calculez $${p.d}$ en ${p.at}.` : `Trouvez $${p.d}$ comme expression des variables.`),
    definition: (p) => `$${p.of} = ${p.formula}$.`,
    local: (p) => `En fixant toutes les autres entrées : $${p.d} = ${p.value}$.`,
    product: (p) => `Par dérivation en chaîne, $${p.d} = ${p.factors}$.`,
    atPoint: (p) => `En ${p.at} : $${p.d} = ${p.value}$.`,
    hintLocal: 'Dérivez ce niveau par rapport à sa propre entrée, traitée comme la variable.',
    hintProduct: 'Multipliez les facteurs le long de la chaîne, chacun évalué au point.',
    hintForward: 'D’abord la passe avant : la valeur de chaque fonction intérieure au point.',
    correct: (p) => `Juste : $${p.d} = ${p.value}$.`,
    nameSign: 'le signe',
    sign: 'Vérifiez le signe : c’est l’opposé du facteur.',
    nameFirst: 'le premier facteur seulement',
    first:
      'C’est seulement le facteur extérieur ; multipliez-le par les dérivées des niveaux intérieurs jusqu’à la variable.',
    nameSigmaPrime: 'σ′ oublié',
    sigmaPrime: 'Un niveau sigmoïde a = σ(z) apporte son propre facteur σ′(z) = a(1 − a) : multipliez par lui.',
    namePre: 'z au lieu de a',
    pre: 'C’est la pré-activation z là où il faut l’activation a = σ(z) : σ′(z) = a(1 − a), et l’entrée d’une couche est l’activation de la précédente.',
    nameTranspose: 'la transposée',
    transpose:
      'Les poids sont pris dans le mauvais sens (W δ au lieu de Wᵀ δ) : le facteur d’une entrée rassemble les poids qui en partent, une colonne de W.',
    together: (p) => `Ensemble : $${p.d} = ${p.value}$.`,
    forwardTitle: (p) => `Passe avant : ${p.names}`,
    forwardPrompt: (p) => `Passe avant : calculez $${p.names}$ en ${p.at}.`,
    forwardLine: (p) => `$${p.name} = ${p.formula} = ${p.numbers} = ${p.value}$.`,
    forwardHint: 'Partez des entrées et calculez chaque niveau à partir des précédents, dans l’ordre.',
    forwardHintSigma: 'Avec $\\sigma(z) = 1/(1 + e^{-z})$ : calculez d’abord $z$, puis $\\sigma(z)$.',
    forwardCorrect: (p) => `Juste : $${p.names} = ${p.value}$.`,
  },
});
