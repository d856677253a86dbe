/**
 * A compiled answer (data) in the forms other code needs: the expression tree
 * the checker prepares (the one way from the lesson's data to the checker,
 * shared by the compiler and the sessions), and text for formats that want
 * text (SCORM's response patterns). Browser-safe.
 */
import { bin, num, type Node } from '../math/ast.js';
import { matrixNode } from '../math/matrix.js';
import { toText } from '../math/format.js';
import { numberText } from './number-text.js';
import type { NumberValue, Quantity } from './derived.js';

/** A number as a tree, exactly: 2.4, or 23/3 as a fraction. */
export function numberTree(n: NumberValue): Node {
  if (!n.fraction) return num(n.value);
  const [p, q] = n.fraction;
  const fraction = bin('/', num(Math.abs(p)), num(q));
  return p < 0 ? { type: 'neg', arg: fraction } : fraction;
}

/** The tree the checker prepares for an answer (undefined for a choice, which is matched by id). */
export function quantityTree(q: Quantity): Node | undefined {
  switch (q.type) {
    case 'number':
      return numberTree(q);
    case 'vector':
      return { type: 'vector', items: q.components.map(numberTree) };
    case 'expression':
      return q.tree;
    case 'expressions':
      return { type: 'vector', items: q.trees };
    case 'option':
    case 'options':
      return undefined;
    case 'matrix':
      return matrixNode(q.rows.map((r) => r.map((x) => (x.type === 'number' ? numberTree(x) : x.tree))));
  }
}

/** An answer's components as checker text, for people and for formats that want text (SCORM's patterns). */
export function componentTexts(q: Quantity): string[] {
  const written = (n: NumberValue) => (n.fraction ? `${n.fraction[0]}/${n.fraction[1]}` : numberText(n.value));
  switch (q.type) {
    case 'number':
      return [written(q)];
    case 'vector':
      return q.components.map(written);
    case 'expression':
      return [toText(q.tree)];
    case 'expressions':
      return q.trees.map((t) => toText(t));
    case 'option':
      return [q.id];
    case 'options':
      return [...q.ids];
    case 'matrix':
      return q.rows.flatMap((r) => r.map((x) => (x.type === 'number' ? written(x) : toText(x.tree))));
  }
}
