/**
 * The row of keys a phone keyboard lacks, for one answer box: what the step needs and nothing it cannot use. Symbols
 * (∂, the exercise's Greek variables such as θ, its learning rate as the lesson names it, α or η) only where an
 * expression is typed; the separator between components (`,`, or `;` where the comma is the decimal mark) only
 * where there are components. Each key's name is the catalogue's (`ui`), in the learner's language.
 */
import { greekOf } from '../../src/plot/names.js';
import { t, type Locale } from '../strings.js';

/** What the answer is, as the compiled step says: an expression in the variables, a number, a vector, a matrix. */
export type AnswerKind = 'expr' | 'value' | 'vector' | 'matrix';

export interface KeyNeeds {
  readonly answer: AnswerKind;
  /** The exercise's variables: a Greek one (theta) gets its letter's key in an expression. */
  readonly variables: readonly string[];
  /** The learning rate's name as the lesson writes it. */
  readonly rate: 'α' | 'η';
  readonly locale: Locale;
}

/** A key: what it types, what it shows, and its name (its title: the tooltip, and what a screen reader adds). */
export interface MathKey {
  readonly insert: string;
  readonly label: string;
  readonly name: string;
}

type KeyName =
  | 'keySquared'
  | 'keyPower'
  | 'keySquareRoot'
  | 'keyPartial'
  | 'keyOpen'
  | 'keyClose'
  | 'keySeparator'
  | 'keyMinus'
  | 'keyTimes';

/** The Greek letters of the variables (θ for theta and theta1), then the rate's, each once, with their names. */
function lettersOf(variables: readonly string[], rate: 'α' | 'η'): Map<string, string> {
  const letters = new Map<string, string>();
  for (const v of variables) {
    const g = greekOf(v);
    if (g) letters.set(g.letter, g.name);
  }
  return letters.set(rate, rate === 'α' ? 'alpha' : 'eta');
}

export function mathKeys({ answer, variables, rate, locale }: KeyNeeds): MathKey[] {
  const key = (insert: string, label: string, name: KeyName): MathKey => ({ insert, label, name: t(locale, name) });
  const expression = answer === 'expr';
  const separator = t(locale, 'separator');
  return [
    key('²', 'x²', 'keySquared'),
    key('^', 'xⁿ', 'keyPower'),
    key('√(', '√', 'keySquareRoot'),
    ...(expression
      ? [
          ...[...lettersOf(variables, rate)].map(([l, name]) => ({
            insert: l,
            label: l,
            name: t(locale, 'keyLetter', { name }),
          })),
          key('∂', '∂', 'keyPartial'),
        ]
      : []),
    key('(', '(', 'keyOpen'),
    key(')', ')', 'keyClose'),
    ...(answer === 'vector' || answer === 'matrix' ? [key(separator, separator.trim(), 'keySeparator')] : []),
    key('−', '−', 'keyMinus'),
    key('·', '·', 'keyTimes'),
  ];
}
