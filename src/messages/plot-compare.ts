/**
 * The words of the comparison plot (src/plot/comparison.ts, <gd-compare-plot>): the optimisers' names, its captions,
 * its sentences and its table. Parameters are plain text already formatted (points, numbers, names such as θ₀ or J).
 */
import { defineArea } from './catalogue.js';

export const PLOT_COMPARE = defineArea('plot-compare', {
  en: {
    gd: 'plain descent',
    momentum: 'momentum',
    nesterov: 'Nesterov momentum',
    adagrad: 'AdaGrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
    named: (p: { name: string; rate: string }) => `${p.name} (α = ${p.rate})`,
    mapCaption: (p: { signature: string; formula: string; names: string }) =>
      `Contour map of ${p.signature} = ${p.formula}, with the paths of ${p.names}`,
    lossCaption: (p: { f: string }) => `${p.f} per iteration, for each optimiser`,
    starts: (p: { n: number; name: string; point: string; f: string; value: string }, f) =>
      `${f.plural(p.n, { one: 'One optimiser starts', other: 'All # optimisers start' })} at ${p.name} = ${p.point}, where ${p.f} = ${p.value}.`,
    ends: (p: { who: string; n: number; point: string; f: string; loss: string }, f) =>
      `${p.who}: after ${f.plural(p.n, { one: '# step', other: '# steps' })} at ${p.point}, where ${p.f} = ${p.loss}.`,
    below: (p: { who: string; f: string; tolerance: string; t: number }) =>
      `${p.who} brings ${p.f} within ${p.tolerance} of its lowest value at step ${p.t}.`,
    hidden: (p: { who: string }) => `The path of ${p.who} is drawn once you have answered every step.`,
    iteration: 'Iteration',
    table: (p: { f: string }) => `Table of ${p.f} per iteration`,
    yours: 'your point',
  },
}).with({
  fr: {
    gd: 'la descente simple',
    momentum: 'le moment',
    nesterov: 'le moment de Nesterov',
    adagrad: 'AdaGrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
    named: (p) => `${p.name} (α = ${p.rate})`,
    mapCaption: (p) => `Courbes de niveau de ${p.signature} = ${p.formula}, avec les chemins de ${p.names}`,
    lossCaption: (p) => `${p.f} à chaque itération, pour chaque optimiseur`,
    starts: (p, f) =>
      `${f.plural(p.n, { one: 'L’optimiseur part', other: 'Les # optimiseurs partent' })} de ${p.name} = ${p.point}, où ${p.f} = ${p.value}.`,
    ends: (p, f) =>
      `${p.who} : après ${f.plural(p.n, { one: '# pas', other: '# pas' })}, en ${p.point}, où ${p.f} = ${p.loss}.`,
    below: (p) => `${p.who} amène ${p.f} à moins de ${p.tolerance} de sa plus petite valeur au pas ${p.t}.`,
    hidden: (p) => `Le chemin de ${p.who} apparaît quand vous avez répondu à toutes les étapes.`,
    iteration: 'Itération',
    table: (p) => `Tableau de ${p.f} à chaque itération`,
    yours: 'votre point',
  },
});
