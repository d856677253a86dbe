/**
 * What a session says at run time (src/tutor): an answer right from the learner's own earlier slip (error
 * carried forward), a choice not made, and the deductions of the score.
 */
import { defineArea } from './catalogue.js';

export const FEEDBACK = defineArea('feedback', {
  en: {
    chooseFirst: 'Choose an answer first.',
    chooseOneOf: (p: { options: readonly string[] }) => `Choose one of: ${p.options.join('; ')}.`,
    choiceMissing: (p: { n: number }, f) =>
      f.plural(p.n, { one: '# right option is not chosen yet.', other: '# right options are not chosen yet.' }),
    choiceExtra: (p: { n: number }, f) =>
      f.plural(p.n, { one: '# of the chosen options is not right.', other: '# of the chosen options are not right.' }),
    /** "the gradient’s first and second components are off". */
    componentsOff: (p: { noun: string; components: readonly number[] }, f) =>
      `the ${p.noun}’s ${f.list(p.components.map((k) => ['first', 'second', 'third', 'fourth', 'fifth'][k] ?? `${k + 1}th`))} ${f.plural(p.components.length, { one: 'component is', other: 'components are' })} off`,
    yoursOff: (p: { noun: string }) => `your ${p.noun} is off`,
    basis: (p: { noun: string; latex: string }) => `${p.noun} $${p.latex}$`,
    /** Said of the step answered, whatever its noun (one sentence for "your eigenvalues" and "your update"). */
    carried: (p: { bases: readonly string[]; slips: readonly string[] }) =>
      `This follows from your ${p.bases.join(' and ')}${p.slips.length > 0 ? `; ${p.slips.join(', ')}` : ''}.`,
    solutionShown: (p: { amount: number }, f) => `solution shown: −${f.number(p.amount)}`,
    carriedCost: (p: { amount: number }, f) => `right from an earlier slip: −${f.number(p.amount)}`,
    attemptsCost: (p: { n: number; amount: number }, f) =>
      `${f.plural(p.n, { one: '# wrong attempt', other: '# wrong attempts' })}: −${f.number(p.amount)}`,
    hintsCost: (p: { n: number; amount: number }, f) =>
      `${f.plural(p.n, { one: '# hint', other: '# hints' })}: −${f.number(p.amount)}`,
  },
}).with({
  fr: {
    chooseFirst: 'Choisissez d’abord une réponse.',
    chooseOneOf: (p) => `Choisissez parmi : ${p.options.join(' ; ')}.`,
    choiceMissing: (p, f) =>
      f.plural(p.n, {
        one: '# bonne option n’est pas encore choisie.',
        other: '# bonnes options ne sont pas encore choisies.',
      }),
    choiceExtra: (p, f) =>
      f.plural(p.n, {
        one: '# des options choisies n’est pas juste.',
        other: '# des options choisies ne sont pas justes.',
      }),
    componentsOff: (p, f) =>
      `${f.plural(p.components.length, { one: 'la', other: 'les' })} ${f.list(p.components.map((k) => ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième'][k] ?? `${k + 1}e`))} ${f.plural(p.components.length, { one: 'composante', other: 'composantes' })} de votre ${p.noun} ${f.plural(p.components.length, { one: 'est fausse', other: 'sont fausses' })}`,
    yoursOff: (p) => `votre ${p.noun} n’est pas juste`,
    basis: (p) => `${p.noun} $${p.latex}$`,
    carried: (p) =>
      `Cela découle de votre ${p.bases.join(' et de votre ')}${p.slips.length > 0 ? ` ; ${p.slips.join(', ')}` : ''}.`,
    solutionShown: (p, f) => `solution affichée : −${f.number(p.amount)}`,
    carriedCost: (p, f) => `juste d’après une erreur précédente : −${f.number(p.amount)}`,
    attemptsCost: (p, f) =>
      `${f.plural(p.n, { one: '# essai faux', other: '# essais faux' })} : −${f.number(p.amount)}`,
    hintsCost: (p, f) => `${f.plural(p.n, { one: '# indice', other: '# indices' })} : −${f.number(p.amount)}`,
  },
});
