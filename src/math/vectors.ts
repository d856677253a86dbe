/**
 * Brings vectors to the top of a tree: `(3, 4) − 0.1·(6, 8)` becomes the two
 * components `3 − 0.1·6` and `4 − 0.1·8`, so a learner may write an update the
 * way it is computed and be judged component by component. Only what is
 * meaningful for vectors is lowered (sums of equal lengths, scalar multiples);
 * anything else is an error a learner can read.
 */
import { bin, type Node } from './ast.js';

export type Lowered =
  | { readonly ok: true; readonly scalar: Node }
  | { readonly ok: true; readonly components: readonly Node[] }
  | { readonly ok: false; readonly message: string };

type Shape = Node | readonly Node[];

/** A shape mistake in the learner's vectors, carried out of the recursion. */
class ShapeError extends Error {}

const isVector = (s: Shape): s is readonly Node[] => Array.isArray(s);

function lower(node: Node): Shape {
  switch (node.type) {
    case 'number':
    case 'symbol':
      return node;
    case 'vector':
      return node.items.map((item) => {
        const shape = lower(item);
        if (isVector(shape))
          throw new ShapeError('A vector inside a vector cannot be read; write one list of components.');
        return shape;
      });
    case 'neg': {
      const arg = lower(node.arg);
      return isVector(arg) ? arg.map((a) => ({ type: 'neg', arg: a })) : { type: 'neg', arg };
    }
    case 'call': {
      const args = node.args.map(lower);
      if (args.some(isVector)) throw new ShapeError(`${node.fn} applies to a number, not to a vector.`);
      return { ...node, args: args as Node[] };
    }
    case 'binary': {
      const left = lower(node.left);
      const right = lower(node.right);
      if (!isVector(left) && !isVector(right)) return bin(node.op, left, right);
      return lowerBinary(node.op, left, right);
    }
  }
}

function lowerBinary(op: string, left: Shape, right: Shape): Shape {
  if (op === '+' || op === '-') {
    if (!isVector(left) || !isVector(right))
      throw new ShapeError(`A number and a vector cannot be added or subtracted.`);
    if (left.length !== right.length)
      throw new ShapeError(`Vectors of ${left.length} and ${right.length} components cannot be added or subtracted.`);
    return left.map((l, k) => bin(op, l, right[k]!));
  }
  if (op === '*' && isVector(left) !== isVector(right)) {
    const [vector, scalar] = isVector(left) ? [left, right as Node] : [right as readonly Node[], left];
    return vector.map((c) => (isVector(left) ? bin('*', c, scalar) : bin('*', scalar, c)));
  }
  if (op === '/' && isVector(left) && !isVector(right)) return left.map((c) => bin('/', c, right));
  throw new ShapeError(
    op === '*'
      ? 'Two vectors cannot be multiplied here; multiply each component instead.'
      : `A vector cannot be used with ${op} here.`,
  );
}

export function lowerVectors(node: Node): Lowered {
  try {
    const shape = lower(node);
    return isVector(shape) ? { ok: true, components: shape } : { ok: true, scalar: shape };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, message: e.message };
    throw e;
  }
}
