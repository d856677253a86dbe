/**
 * The math keys of an answer box (components/math-input/math-keys.ts): what the step needs, the learning rate as the
 * lesson names it, and every key's name in the learner's language.
 */
import { describe, expect, it } from 'vitest';
import { mathKeys, type KeyNeeds } from '../../components/math-input/math-keys.js';

const row = (needs: Partial<KeyNeeds>) =>
  mathKeys({ answer: 'expr', variables: ['x', 'y'], rate: 'α', locale: 'en', ...needs }).map(
    (k) => `${k.label} ${k.name}`,
  );

describe('the math keys', () => {
  it('offer η, not α, in an expression of a lesson that writes η, and θ only where a variable is θ', () => {
    expect(row({ rate: 'η', variables: ['theta'] })).toEqual([
      'x² squared',
      'xⁿ power',
      '√ square root',
      'θ theta',
      'η eta',
      '∂ partial',
      '( open bracket',
      ') close bracket',
      '− minus',
      '· times',
    ]);
    expect(row({})).toContain('α alpha');
    expect(row({})).not.toContain('θ theta');
    expect(row({ variables: ['theta1', 'theta2'] }).filter((k) => k.startsWith('θ'))).toEqual(['θ theta']);
  });

  it('offer no symbol for a number, and the components’ separator for a vector or a matrix', () => {
    expect(row({ answer: 'value', variables: ['theta'] })).toEqual([
      'x² squared',
      'xⁿ power',
      '√ square root',
      '( open bracket',
      ') close bracket',
      '− minus',
      '· times',
    ]);
    expect(row({ answer: 'vector' })).toContain(', comma');
    expect(row({ answer: 'matrix' })).toContain(', comma');
  });

  it('are named in French on a French page, and separate components with a semicolon there', () => {
    expect(row({ answer: 'vector', locale: 'fr' })).toEqual([
      'x² au carré',
      'xⁿ puissance',
      '√ racine carrée',
      '( parenthèse ouvrante',
      ') parenthèse fermante',
      '; point-virgule',
      '− moins',
      '· fois',
    ]);
    expect(row({ rate: 'η', variables: ['theta'], locale: 'fr' }).slice(3, 6)).toEqual([
      'θ thêta',
      'η êta',
      '∂ dérivée partielle',
    ]);
    const separator = mathKeys({ answer: 'vector', variables: [], rate: 'α', locale: 'fr' }).find(
      (k) => k.label === ';',
    );
    expect(separator?.insert).toBe(' ; ');
  });
});
