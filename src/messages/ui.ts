/** The elements' own labels: buttons, verdicts, progress, the summary. */
import { defineArea } from './catalogue.js';

export const UI = defineArea('ui', {
  en: {
    check: 'Check',
    hint: 'Hint',
    hintOf: (p: { index: number; of: number }) => `Hint ${p.index} of ${p.of}`,
    hintCost: (p: { cost: number }, f) => `(costs ${f.number(p.cost)})`,
    noMoreHints: 'No more hints',
    showSolution: 'Show solution',
    reviewHint: (p: { index: number; of: number }) => `Review hint ${p.index} of ${p.of} (free)`,
    reviewSolution: 'Review the solution (free)',
    solution: 'Worked solution',
    readAs: 'Read as',
    yourAnswer: (p: { n: number }) => `Your answer to step ${p.n}`,
    correct: 'Correct',
    carried: 'Correct from your earlier answer',
    misconception: (p: { name: string }) => `Not quite: ${p.name}`,
    incorrect: 'Not right yet',
    'unknown-symbol': 'Not a variable of this exercise',
    imprecise: 'Nearly: check the rounding',
    unreadable: 'Cannot read this yet',
    empty: 'Type an answer first',
    locked: 'Finish the steps above first.',
    attempts: (p: { n: number }, f) => f.plural(p.n, { one: '# attempt', other: '# attempts' }),
    step: (p: { n: number }) => `Step ${p.n}`,
    /** A row of the summary: the step and its title. */
    stepTitled: (p: { n: number; title: string }) => `Step ${p.n}: ${p.title}`,
    /** The summary's heading: the score in percent, and the credit earned of the credit possible. */
    scoreLine: (p: { percent: number; earned: number; possible: number }, f) =>
      `Exercise complete — Score: ${p.percent}% (${f.number(p.earned)} / ${f.number(p.possible)})`,
    /** A step's credit in the summary (0.8). */
    credit: (p: { value: number }, f) => f.number(p.value),
    /** Between the deductions of one step in the summary. */
    deductionSeparator: '; ',
    summary: 'Summary',
    deductions: 'Deductions',
    none: 'none',
    progress: (p: { done: number; total: number }, f) =>
      `${p.done} of ${f.plural(p.total, { one: '# exercise', other: '# exercises' })} complete`,
    loading: 'Loading lesson…',
    loadFailed: (p: { message: string }) => `The lesson could not be loaded: ${p.message}`,
    restoreFailed: (p: { message: string }) =>
      `Your saved work could not be restored: the answer checker did not load (${p.message}). Nothing is lost: reload the page to try again.`,
    checkerFailed: (p: { message: string }) =>
      `The answer checker could not be loaded (${p.message}). Your answer is kept: check it again in a moment.`,
    lessonErrors: 'This lesson has errors:',
    keys: 'Math keys',
    // The math keys' names (what a screen reader says, and their tooltips).
    keySquared: 'squared',
    keyPower: 'power',
    keySquareRoot: 'square root',
    keyPartial: 'partial',
    keyOpen: 'open bracket',
    keyClose: 'close bracket',
    /** What separates a vector's components as this language types them (the comma is a decimal mark in fr). */
    separator: ', ',
    keySeparator: 'comma',
    keyMinus: 'minus',
    keyTimes: 'times',
    /** A Greek letter's key, named as English names the letter (theta, eta). */
    keyLetter: (p: { name: string }) => p.name,
    choose: 'Choose one',
    chooseSeveral: 'Choose every right answer',
    answerKey: (p: { title: string }) => `${p.title} — answer key`,
    answer: 'Answer:',
    /** A named mistake in a worked solution printed as text (gd-tutor solve). */
    namedMistake: (p: { answer: string; name: string; feedback: string }) => `✗ ${p.answer} — ${p.name}: ${p.feedback}`,
    table: 'Iteration table',
    tablePrompt:
      'Fill in the table row by row. Type a cell and press Enter to check it and move on; the arrow keys move between cells.',
    /** A cell of an iteration table; `derivative` is the gradient's column in one variable. */
    tableCell: (p: { t: number; column: 'theta' | 'loss' | 'gradient' | 'derivative' | 'next' }) =>
      `Row ${p.t}, ${{ theta: 'iterate', loss: 'loss', gradient: 'gradient', derivative: 'derivative', next: 'next iterate' }[p.column]}`,
    gridInput: 'Type in a grid',
    matrixCell: (p: { row: number; col: number }) => `row ${p.row}, column ${p.col}`,
    noMap: (p: { name: string; count: number; variables: string }) =>
      `No map here: ${p.name} depends on ${p.count} variables (${p.variables}), and a contour map shows only two.`,
  },
}).with({
  fr: {
    check: 'Vérifier',
    hint: 'Indice',
    hintOf: (p) => `Indice ${p.index} sur ${p.of}`,
    hintCost: (p, f) => `(coûte ${f.number(p.cost)})`,
    noMoreHints: 'Plus d’indices',
    showSolution: 'Voir la solution',
    reviewHint: (p) => `Revoir l’indice ${p.index} sur ${p.of} (gratuit)`,
    reviewSolution: 'Revoir la solution (gratuit)',
    solution: 'Solution détaillée',
    readAs: 'Lu comme',
    yourAnswer: (p) => `Votre réponse à l’étape ${p.n}`,
    correct: 'Correct',
    carried: 'Correct d’après votre réponse précédente',
    misconception: (p) => `Pas tout à fait : ${p.name}`,
    incorrect: 'Pas encore juste',
    'unknown-symbol': 'Pas une variable de l’exercice',
    imprecise: 'Presque : vérifiez l’arrondi',
    unreadable: 'Illisible pour l’instant',
    empty: 'Saisissez d’abord une réponse',
    locked: 'Terminez d’abord les étapes précédentes.',
    attempts: (p, f) => f.plural(p.n, { one: '# essai', other: '# essais' }),
    step: (p) => `Étape ${p.n}`,
    stepTitled: (p) => `Étape ${p.n} : ${p.title}`,
    scoreLine: (p, f) => `Exercice terminé — Score : ${p.percent} % (${f.number(p.earned)} / ${f.number(p.possible)})`,
    credit: (p, f) => f.number(p.value),
    deductionSeparator: ' ; ',
    summary: 'Bilan',
    deductions: 'Déductions',
    none: 'aucune',
    progress: (p, f) =>
      `${f.plural(p.done, { one: '# exercice terminé', other: '# exercices terminés' })} sur ${p.total}`,
    loading: 'Chargement de la leçon…',
    loadFailed: (p) => `La leçon n’a pas pu être chargée : ${p.message}`,
    restoreFailed: (p) =>
      `Votre travail enregistré n’a pas pu être rétabli : le correcteur ne s’est pas chargé (${p.message}). Rien n’est perdu : rechargez la page pour réessayer.`,
    checkerFailed: (p) =>
      `Le correcteur n’a pas pu être chargé (${p.message}). Votre réponse est gardée : vérifiez-la de nouveau dans un instant.`,
    lessonErrors: 'Cette leçon contient des erreurs :',
    keys: 'Touches mathématiques',
    keySquared: 'au carré',
    keyPower: 'puissance',
    keySquareRoot: 'racine carrée',
    keyPartial: 'dérivée partielle',
    keyOpen: 'parenthèse ouvrante',
    keyClose: 'parenthèse fermante',
    separator: ' ; ',
    keySeparator: 'point-virgule',
    keyMinus: 'moins',
    keyTimes: 'fois',
    keyLetter: (p) => ({ beta: 'bêta', eta: 'êta', theta: 'thêta', omega: 'oméga' })[p.name] ?? p.name,
    choose: 'Choisissez',
    chooseSeveral: 'Choisissez toutes les bonnes réponses',
    answerKey: (p) => `${p.title} — corrigé`,
    answer: 'Réponse :',
    namedMistake: (p) => `✗ ${p.answer} — ${p.name} : ${p.feedback}`,
    table: 'Tableau des itérations',
    tablePrompt:
      'Remplissez le tableau ligne par ligne. Saisissez une case et appuyez sur Entrée pour la vérifier et passer à la suivante ; les flèches passent d’une case à l’autre.',
    tableCell: (p) =>
      `Ligne ${p.t}, ${{ theta: 'itéré', loss: 'perte', gradient: 'gradient', derivative: 'dérivée', next: 'itéré suivant' }[p.column]}`,
    gridInput: 'Saisir dans une grille',
    matrixCell: (p) => `ligne ${p.row}, colonne ${p.col}`,
    noMap: (p) =>
      `Pas de carte ici : ${p.name} dépend de ${p.count} variables (${p.variables}), et une carte de niveaux n’en montre que deux.`,
  },
});
