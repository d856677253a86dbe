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
  },
});
