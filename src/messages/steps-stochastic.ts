/**
 * The words of a stochastic or mini-batch step (src/content/steps/stochastic.ts). Parameters are LaTeX fragments
 * (`at` is a point already in math delimiters, `next` the name of the next iterate); example numbers are counts.
 */
import { defineArea } from './catalogue.js';

export const STEPS_STOCHASTIC = defineArea('steps-stochastic', {
  en: {
    titleExample: (p: { k: number }) => `SGD on example ${p.k}`,
    titleBatch: (p: { n: number }) => `mini-batch of ${p.n}`,
    prompt: (p: { which: string; at: string; next: string }) =>
      `Take one stochastic gradient step from ${p.at} on ${p.which}: the gradient of a batch is the mean of its examples' gradients $\\nabla \\ell_i$ (J is the mean of the $\\ell_i$). What is $${p.next}$?`,
    /** One example's data, in the locale's numbers: (x = 1.5, y = 2) / (x = 1,5 ; y = 2). */
    row: (p: { row: Readonly<Record<string, number>> }, f) =>
      `(${Object.entries(p.row)
        .map(([c, x]) => `${c} = ${f.number(x)}`)
        .join(', ')})`,
    example: (p: { k: number; row: string }) => `example ${p.k}, ${p.row}`,
    batch: (p: { ks: readonly number[]; rows: readonly string[] }, f) =>
      `the mini-batch of examples ${f.list(p.ks.map(String))} (drawn for you): ${p.rows.join(', ')}`,
    mean: (p: { g: string }) => `The batch's gradient is the mean: $${p.g}$`,
    hint1: 'Differentiate the loss of one example, $\\frac12(\\text{prediction} - y)^2$, by the chain rule.',
    hint2: 'For a mini-batch, average the examples’ gradients before stepping.',
    correct: 'Right: a step on a sample of the data, cheaper than the full batch and noisier.',
    name_full_batch: 'the full-batch gradient',
    full_batch: 'That is the step on the whole data set; use only the sampled example(s).',
    name_sum: 'the sum instead of the mean',
    sum: 'Average the examples’ gradients: divide their sum by the batch size.',
    name_wrong_example: 'another example',
    wrong_example: 'That is the step on another example: use the one the question names.',
  },
}).with({
  fr: {
    titleExample: (p) => `SGD sur l’exemple ${p.k}`,
    titleBatch: (p) => `mini-lot de ${p.n}`,
    prompt: (p) =>
      `Faites un pas de gradient stochastique depuis ${p.at} sur ${p.which} : le gradient d’un lot est la moyenne des gradients $\\nabla \\ell_i$ de ses exemples (J est la moyenne des $\\ell_i$). Que vaut $${p.next}$ ?`,
    row: (p, f) =>
      `(${Object.entries(p.row)
        .map(([c, x]) => `${c} = ${f.number(x)}`)
        .join(' ; ')})`,
    example: (p) => `l’exemple ${p.k}, ${p.row}`,
    batch: (p, f) => `le mini-lot des exemples ${f.list(p.ks.map(String))} (tirés pour vous) : ${p.rows.join(', ')}`,
    mean: (p) => `Le gradient du lot est la moyenne : $${p.g}$`,
    hint1:
      'Dérivez la perte d’un exemple, $\\frac12(\\text{prédiction} - y)^2$, avec la règle de dérivation en chaîne.',
    hint2: 'Pour un mini-lot, faites la moyenne des gradients des exemples avant de faire le pas.',
    correct: 'Juste : un pas sur un échantillon des données, moins coûteux que le lot complet mais plus bruité.',
    name_full_batch: 'le gradient sur toutes les données',
    full_batch: 'C’est le pas sur toutes les données ; n’utilisez que le ou les exemples tirés.',
    name_sum: 'la somme au lieu de la moyenne',
    sum: 'Faites la moyenne des gradients des exemples : divisez leur somme par la taille du lot.',
    name_wrong_example: 'un autre exemple',
    wrong_example: 'C’est le pas sur un autre exemple : utilisez celui que nomme la question.',
  },
});
