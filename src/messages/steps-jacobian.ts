/**
 * The words of the Jacobian step (src/content/steps/jacobian.ts). Parameters are LaTeX fragments; `layout` is
 * this area's own layout phrase, already in the locale.
 */
import { defineArea } from './catalogue.js';

export const STEPS_JACOBIAN = defineArea('steps-jacobian', {
  en: {
    title: 'Jacobian',
    layout_numerator: 'numerator layout: row $i$ is the gradient of output $i$ (an $m \\times n$ matrix)',
    layout_denominator:
      'denominator layout: column $i$ is the gradient of output $i$ (an $n \\times m$ matrix, the transpose)',
    prompt: (p: { vars: string; map: string; at: string | undefined; layout: string }) =>
      `Find the Jacobian of the map $(${p.vars}) \\mapsto ${p.map}$${p.at ? ` at $${p.at}$` : ''}, in the ${p.layout}. Write it like [[a, b], [c, d]].`,
    partials: (p: { list: string }) => `The partial derivatives of each output: ${p.list}.`,
    inLayout: (p: { layout: string; matrix: string }) => `In the ${p.layout}: $${p.matrix}$.`,
    hint: 'Differentiate each output with respect to each variable.',
    hint_numerator: 'Row $i$ holds the partial derivatives of output $i$.',
    hint_denominator: 'Column $i$ holds the partial derivatives of output $i$.',
    correct_numerator: 'Right: that is the Jacobian in the numerator layout.',
    correct_denominator: 'Right: that is the Jacobian in the denominator layout.',
    nameTranspose: 'the other layout',
    transposed_numerator:
      'That is the transpose: this lesson uses the numerator layout, where row $i$ holds the partial derivatives of output $i$.',
    transposed_denominator:
      'That is the transpose: this lesson uses the denominator layout, where column $i$ holds the partial derivatives of output $i$ (so $\\nabla_x(Ax) = A^{\\top}$).',
  },
}).with({
  fr: {
    title: 'Jacobienne',
    layout_numerator:
      'disposition numérateur : la ligne $i$ est le gradient de la sortie $i$ (une matrice $m \\times n$)',
    layout_denominator:
      'disposition dénominateur : la colonne $i$ est le gradient de la sortie $i$ (une matrice $n \\times m$, la transposée)',
    prompt: (p) =>
      `Trouvez la jacobienne de l’application $(${p.vars}) \\mapsto ${p.map}$${p.at ? ` en $${p.at}$` : ''}, en ${p.layout}. Écrivez-la comme [a b; c d].`,
    partials: (p) => `Les dérivées partielles de chaque sortie : ${p.list}.`,
    inLayout: (p) => `En ${p.layout} : $${p.matrix}$.`,
    hint: 'Dérivez chaque sortie par rapport à chaque variable.',
    hint_numerator: 'La ligne $i$ contient les dérivées partielles de la sortie $i$.',
    hint_denominator: 'La colonne $i$ contient les dérivées partielles de la sortie $i$.',
    correct_numerator: 'Juste : c’est la jacobienne en disposition numérateur.',
    correct_denominator: 'Juste : c’est la jacobienne en disposition dénominateur.',
    nameTranspose: 'l’autre disposition',
    transposed_numerator:
      'C’est la transposée : cette leçon utilise la disposition numérateur, où la ligne $i$ contient les dérivées partielles de la sortie $i$.',
    transposed_denominator:
      'C’est la transposée : cette leçon utilise la disposition dénominateur, où la colonne $i$ contient les dérivées partielles de la sortie $i$ (donc $\\nabla_x(Ax) = A^{\\top}$).',
  },
});
