/**
 * Every string the elements show, in one place: English by default, French
 * to prove the wiring. Teacher content (prompts, hints) comes from the lesson.
 */
export type Locale = 'en' | 'fr';

const en = {
  check: 'Check',
  hint: 'Hint',
  hintOf: 'Hint {index} of {of}',
  hintCost: '(costs {cost})',
  noMoreHints: 'No more hints',
  showSolution: 'Show solution',
  solution: 'Worked solution',
  readAs: 'Read as',
  yourAnswer: 'Your answer to step {n}',
  correct: 'Correct',
  carried: 'Correct from your earlier answer',
  misconception: 'Not quite: {name}',
  incorrect: 'Not right yet',
  'unknown-symbol': 'Not a variable of this exercise',
  imprecise: 'Nearly: check the rounding',
  unreadable: 'Cannot read this yet',
  empty: 'Type an answer first',
  locked: 'Finish the steps above first.',
  attempts: '{n} attempt(s)',
  step: 'Step {n}',
  score: 'Score',
  summary: 'Summary',
  deductions: 'Deductions',
  none: 'none',
  complete: 'Exercise complete',
  progress: '{done} of {total} exercises complete',
  loading: 'Loading lesson…',
  loadFailed: 'The lesson could not be loaded: {message}',
  lessonErrors: 'This lesson has errors:',
  keys: 'Math keys',
  choose: 'Choose one',
  chooseSeveral: 'Choose every right answer',
} as const;

export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  check: 'Vérifier',
  hint: 'Indice',
  hintOf: 'Indice {index} sur {of}',
  hintCost: '(coûte {cost})',
  noMoreHints: 'Plus d’indices',
  showSolution: 'Voir la solution',
  solution: 'Solution détaillée',
  readAs: 'Lu comme',
  yourAnswer: 'Votre réponse à l’étape {n}',
  correct: 'Correct',
  carried: 'Correct d’après votre réponse précédente',
  misconception: 'Pas tout à fait : {name}',
  incorrect: 'Pas encore juste',
  'unknown-symbol': 'Pas une variable de l’exercice',
  imprecise: 'Presque : vérifiez l’arrondi',
  unreadable: 'Illisible pour l’instant',
  empty: 'Saisissez d’abord une réponse',
  locked: 'Terminez d’abord les étapes précédentes.',
  attempts: '{n} essai(s)',
  step: 'Étape {n}',
  score: 'Score',
  summary: 'Bilan',
  deductions: 'Déductions',
  none: 'aucune',
  complete: 'Exercice terminé',
  progress: '{done} exercices terminés sur {total}',
  loading: 'Chargement de la leçon…',
  loadFailed: 'La leçon n’a pas pu être chargée : {message}',
  lessonErrors: 'Cette leçon contient des erreurs :',
  keys: 'Touches mathématiques',
  choose: 'Choisissez',
  chooseSeveral: 'Choisissez toutes les bonnes réponses',
};

const LOCALES: Record<Locale, Record<StringKey, string>> = { en, fr };

export function t(locale: Locale, key: StringKey, params: Record<string, string | number> = {}): string {
  const template = LOCALES[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export const isLocale = (value: string | null | undefined): value is Locale => value === 'en' || value === 'fr';
