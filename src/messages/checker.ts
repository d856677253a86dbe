/**
 * What the checker (src/math/check.ts) says about an answer it read: empty, rounded too far, not a plain
 * number, names the exercise does not know, a vector's wrong components, a matrix's wrong entries and named
 * mistakes; and the precision a number is
 * wanted to, which prompts state too. (The reader's parse errors are src/messages/reader.ts.)
 */
import { defineArea } from './catalogue.js';

/** A tolerance as a prompt states it (the fields of the checker's Tolerance). */
export interface Precision {
  readonly places?: number;
  readonly sigFigs?: number;
  readonly absolute?: number;
  readonly relative?: number;
}

const percent = (r: number) => +(r * 100).toPrecision(3);

export const CHECKER = defineArea('checker', {
  en: {
    precision: (p: Precision, f) =>
      [
        ...(p.places !== undefined
          ? [f.plural(p.places, { one: 'to # decimal place', other: 'to # decimal places' })]
          : []),
        ...(p.sigFigs !== undefined
          ? [
              f.plural(p.sigFigs, {
                one: 'to at least # significant figure',
                other: 'to at least # significant figures',
              }),
            ]
          : []),
        ...(p.absolute !== undefined ? [`within ±${f.number(p.absolute)}`] : []),
        ...(p.relative !== undefined ? [`within ${f.number(percent(p.relative))}%`] : []),
      ].join(' or '),
    empty: 'Type an answer first.',
    roundedTooFar: (p: { precision: string }) => `Rounded too far: give the answer ${p.precision}.`,
    close: (p: { precision: string }) =>
      `Close, but not right ${p.precision}: check your rounding, or keep more figures.`,
    plainNumber: 'Give a plain number here, like 2.4, not a calculation: work it out first.',
    numberExpected: (p: { names: readonly string[] }) =>
      `A number is expected, but your answer contains ${p.names.join(', ')}.`,
    notVariables: (p: { names: readonly string[]; variables: readonly string[] }) =>
      `${p.names.join(', ')} ${p.names.length === 1 ? 'is not a variable' : 'are not variables'} of this exercise (the variables are ${p.variables.join(', ')}).`,
    vectorExpected: (p: { n: number; example: string }) =>
      `A vector of ${p.n} components is expected, written like ${p.example}.`,
    wrongLength: (p: { given: number; expected: number }, f) =>
      `Your vector has ${f.plural(p.given, { one: '# component', other: '# components' })}; ${p.expected} are expected.`,
    components: (p: { wrong: readonly number[]; of: number }, f) =>
      `${p.wrong.length === 1 ? 'Component' : 'Components'} ${f.list(p.wrong.map(String))} of ${p.of}`,
    componentsWrong: (p: { which: string; n: number }) => `${p.which} ${p.n === 1 ? 'is' : 'are'} not right.`,
    scalarExpected: 'A single expression or number is expected here, not a vector.',
    matrixShape: (p: { rows: number; columns: number; expectedRows: number; expectedColumns: number }) =>
      `Your matrix is ${p.rows}×${p.columns}; a ${p.expectedRows}×${p.expectedColumns} matrix is expected.`,
    entries: (p: { wrong: readonly (readonly [number, number])[] }) =>
      `${p.wrong.length === 1 ? 'Entry' : 'Entries'} ${p.wrong.map(([i, j]) => `(${i}, ${j})`).join(', ')}`,
    entriesWrong: (p: { which: string; n: number; rows: number; columns: number }) =>
      `${p.which} of the ${p.rows}×${p.columns} matrix ${p.n === 1 ? 'is' : 'are'} not right.`,
    transpose: 'This is the transpose of the answer: rows and columns are swapped.',
    negated: 'Every entry has the wrong sign: this is the negative of the answer.',
    swappedRows: (p: { i: number; j: number }) =>
      `Rows ${p.i} and ${p.j} are swapped; the entries are otherwise right.`,
    matrixExpected: 'A matrix is expected, written like [[1, 2], [3, 4]] or [1 2; 3 4].',
    ragged: (p: { lengths: readonly number[] }) =>
      `The rows have different lengths (${p.lengths.join(', ')}); every row of a matrix has as many entries.`,
    entry: (p: { i: number; j: number; why: string }) => `Entry (${p.i}, ${p.j}): ${p.why}`,
  },
}).with({
  fr: {
    precision: (p, f) =>
      [
        ...(p.places !== undefined ? [f.plural(p.places, { one: 'à # décimale', other: 'à # décimales' })] : []),
        ...(p.sigFigs !== undefined
          ? [
              f.plural(p.sigFigs, {
                one: 'avec au moins # chiffre significatif',
                other: 'avec au moins # chiffres significatifs',
              }),
            ]
          : []),
        ...(p.absolute !== undefined ? [`à ±${f.number(p.absolute)} près`] : []),
        ...(p.relative !== undefined ? [`à ${f.number(percent(p.relative))} % près`] : []),
      ].join(' ou '),
    empty: 'Saisissez d’abord une réponse.',
    roundedTooFar: (p) => `Arrondi trop tôt : donnez la réponse ${p.precision}.`,
    close: (p) => `Proche, mais pas juste ${p.precision} : vérifiez l’arrondi, ou gardez plus de chiffres.`,
    plainNumber: 'Donnez ici un nombre, comme 2,4, pas un calcul : effectuez-le d’abord.',
    numberExpected: (p) => `Un nombre est attendu, mais votre réponse contient ${p.names.join(', ')}.`,
    notVariables: (p) =>
      `${p.names.join(', ')} ${p.names.length === 1 ? 'n’est pas une variable' : 'ne sont pas des variables'} de l’exercice (les variables sont ${p.variables.join(', ')}).`,
    vectorExpected: (p) => `Un vecteur de ${p.n} composantes est attendu, écrit comme ${p.example}.`,
    wrongLength: (p, f) =>
      `Votre vecteur a ${f.plural(p.given, { one: '# composante', other: '# composantes' })} ; ${p.expected} sont attendues.`,
    components: (p, f) =>
      `${p.wrong.length === 1 ? 'La composante' : 'Les composantes'} ${f.list(p.wrong.map(String))} sur ${p.of}`,
    componentsWrong: (p) => `${p.which} ${p.n === 1 ? 'n’est pas juste' : 'ne sont pas justes'}.`,
    scalarExpected: 'Une seule expression ou un seul nombre est attendu ici, pas un vecteur.',
    matrixShape: (p) =>
      `Votre matrice est ${p.rows}×${p.columns} ; une matrice ${p.expectedRows}×${p.expectedColumns} est attendue.`,
    entries: (p) =>
      `${p.wrong.length === 1 ? 'Le coefficient' : 'Les coefficients'} ${p.wrong.map(([i, j]) => `(${i}, ${j})`).join(', ')}`,
    entriesWrong: (p) =>
      `${p.which} de la matrice ${p.rows}×${p.columns} ${p.n === 1 ? 'n’est pas juste' : 'ne sont pas justes'}.`,
    transpose: 'C’est la transposée de la réponse : les lignes et les colonnes sont échangées.',
    negated: 'Chaque coefficient a le mauvais signe : c’est l’opposé de la réponse.',
    swappedRows: (p) => `Les lignes ${p.i} et ${p.j} sont échangées ; les coefficients sont justes par ailleurs.`,
    matrixExpected: 'Une matrice est attendue, écrite comme [1 2; 3 4].',
    ragged: (p) =>
      `Les lignes n’ont pas la même longueur (${p.lengths.join(' ; ')}) ; toutes les lignes d’une matrice ont autant de coefficients.`,
    entry: (p) => `Coefficient (${p.i}, ${p.j}) : ${p.why}`,
  },
});
