/**
 * What the math reader (src/math/parse.ts, tokenize.ts, matrix.ts) says when it cannot read what a learner typed
 * (`2x+`, `(6, 8`, `x^`): where (the reader gives the range) and what to do, in the learner's language. In French
 * the examples write vectors with a semicolon, as the reader reads them there. What the learner typed is quoted as
 * typed (“2,4,5”, « ** »), between the language's quotation marks, never as the reader normalised it.
 */
import { defineArea } from './catalogue.js';

type Op = { op: string };
type Text = { text: string };

export const READER = defineArea('reader', {
  en: {
    /** How a token is named inside a sentence: the end of the input, an opening bracket. */
    theEnd: 'the end',
    aBracket: 'bracket',
    /** A fragment of the learner's text, as typed. */
    quoted: (p: Text) => `“${p.text}”`,
    tooLong: (p: { max: number }) => `This is longer than ${p.max} characters; shorten it.`,
    empty: 'The answer is empty.',
    missingAfterEquals: 'Something is missing after =.',
    tooDeep: (p: { depth: number }) =>
      `This is nested too deeply to read (more than ${p.depth} levels); simplify it first.`,
    noOpening: (p: Text) => `This “${p.text}” has no matching opening bracket.`,
    unexpected: (p: { what: string }) => `Unexpected ${p.what} here.`,
    missingAfter: (p: Op) => `Something is missing after “${p.op}”.`,
    missingBefore: (p: Op) => `Something is missing before “${p.op}”.`,
    missingAtEnd: 'Something is missing at the end.',
    twoOperators: (p: { first: string; second: string }) => `Two operators in a row: “${p.first}” then “${p.second}”.`,
    twoNumbers: (p: Text) => `Two numbers side by side: put an operator before “${p.text}”.`,
    tooLarge: (p: Text) => `The number “${p.text}” is too large to work with.`,
    bareComma: 'A comma separates the components of a vector: put them in brackets, like (6, 8).',
    needsArgument: (p: Text) => `“${p.text}” needs an argument, like ${p.text}(x).`,
    arity: (p: { text: string; arity: number; given: number; log: boolean }, f) =>
      `“${p.text}” takes ${f.plural(p.arity, { one: 'one argument', other: '# arguments' })}, not ${p.given}${p.log ? ' (write log(x, b) for a base b)' : ''}.`,
    emptyBrackets: 'These brackets are empty.',
    wrongClose: (p: { text: string; close: string }) =>
      `This “${p.text}” closes a bracket opened with a different kind; use ${p.close}.`,
    neverClosed: 'This bracket is never closed.',
    unexpectedInBrackets: (p: { what: string }) => `Unexpected ${p.what} inside the brackets.`,
    emptyBars: 'These absolute-value bars are empty.',
    barNeverClosed: 'This | is never closed.',
    unexpectedInBars: (p: { what: string }) => `Unexpected ${p.what} inside | |.`,
    twoPoints: (p: Text) => `The number “${p.text}” has more than one decimal point.`,
    raisedMinus: 'A raised minus ⁻ needs a raised number after it, like x⁻¹.',
    unreadableCharacter: (p: { char: string }) => `The character “${p.char}” can't be read here.`,
    matrixUnclosed: 'This [ of a matrix is never closed: end it with ].',
    matrixEmptyRow: 'A row of this matrix is empty: write each row’s entries between the semicolons.',
  },
}).with({
  fr: {
    theEnd: 'la fin',
    aBracket: 'une parenthèse',
    quoted: (p) => `« ${p.text} »`,
    tooLong: (p) => `Ceci dépasse ${p.max} caractères : raccourcissez-le.`,
    empty: 'La réponse est vide.',
    missingAfterEquals: 'Il manque quelque chose après =.',
    tooDeep: (p) => `Ceci est trop imbriqué pour être lu (plus de ${p.depth} niveaux) : simplifiez-le d’abord.`,
    noOpening: (p) => `Ce « ${p.text} » n’a pas de parenthèse ouvrante correspondante.`,
    unexpected: (p) => `Ici, on n’attend pas ${p.what}.`,
    missingAfter: (p) => `Il manque quelque chose après « ${p.op} ».`,
    missingBefore: (p) => `Il manque quelque chose avant « ${p.op} ».`,
    missingAtEnd: 'Il manque quelque chose à la fin.',
    twoOperators: (p) => `Deux opérateurs à la suite : « ${p.first} » puis « ${p.second} ».`,
    twoNumbers: (p) => `Deux nombres côte à côte : mettez un opérateur avant « ${p.text} ».`,
    tooLarge: (p) => `Le nombre « ${p.text} » est trop grand pour être utilisé.`,
    bareComma: 'Un point-virgule sépare les composantes d’un vecteur : mettez-les entre parenthèses, comme (6 ; 8).',
    needsArgument: (p) => `« ${p.text} » demande un argument, comme ${p.text}(x).`,
    arity: (p, f) =>
      `« ${p.text} » prend ${f.plural(p.arity, { one: 'un argument', other: '# arguments' })}, pas ${p.given}${p.log ? ' (écrivez log(x ; b) pour une base b)' : ''}.`,
    emptyBrackets: 'Ces parenthèses sont vides.',
    wrongClose: (p) => `Ce « ${p.text} » ferme une parenthèse d’une autre sorte : utilisez ${p.close}.`,
    neverClosed: 'Cette parenthèse n’est jamais fermée.',
    unexpectedInBrackets: (p) => `Entre les parenthèses, on n’attend pas ${p.what}.`,
    emptyBars: 'Ces barres de valeur absolue sont vides.',
    barNeverClosed: 'Cette barre | n’est jamais fermée.',
    unexpectedInBars: (p) => `Entre | |, on n’attend pas ${p.what}.`,
    twoPoints: (p) => `Le nombre « ${p.text} » a plus d’une virgule décimale.`,
    raisedMinus: 'Un moins en exposant ⁻ doit être suivi d’un nombre en exposant, comme x⁻¹.',
    unreadableCharacter: (p) => `Le caractère « ${p.char} » ne peut pas être lu ici.`,
    matrixUnclosed: 'Ce [ d’une matrice n’est jamais fermé : terminez-la par ].',
    matrixEmptyRow:
      'Une ligne de cette matrice est vide : écrivez les coefficients de chaque ligne entre les points-virgules.',
  },
});
