/**
 * The expression tree every reader in gd-tutor produces and every judge consumes.
 * It is deliberately tiny: numbers, symbols, the arithmetic operators, calls of
 * allow-listed functions, and one top-level vector. Nothing in it can name a
 * property, assign, or define, so evaluating it can never run code.
 */

/** Character range `[start, end)` in the text the learner typed. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Node =
  /** `text`: the literal as typed (2.40), when it was typed: its figures say how it was rounded. */
  | { readonly type: 'number'; readonly value: number; readonly text?: string }
  | { readonly type: 'symbol'; readonly name: string }
  | { readonly type: 'neg'; readonly arg: Node }
  | { readonly type: 'binary'; readonly op: BinaryOp; readonly left: Node; readonly right: Node }
  | { readonly type: 'call'; readonly fn: FunctionName; readonly args: readonly Node[] }
  | { readonly type: 'vector'; readonly items: readonly Node[] };

/**
 * The functions a learner or a teacher may call, with their number of
 * arguments: anything else is unreadable. The learning-ML names (sigmoid,
 * softplus, relu, max) are accepted everywhere: a declared variable of the
 * same name still wins, so accepting them cannot change how a lesson that
 * uses the name for a variable is read. `heaviside` is the derivative of relu.
 */
export const FUNCTIONS = {
  sin: 1,
  cos: 1,
  tan: 1,
  sec: 1,
  csc: 1,
  cot: 1,
  asin: 1,
  acos: 1,
  atan: 1,
  asec: 1,
  acsc: 1,
  acot: 1,
  sinh: 1,
  cosh: 1,
  tanh: 1,
  sech: 1,
  csch: 1,
  coth: 1,
  asinh: 1,
  acosh: 1,
  atanh: 1,
  asech: 1,
  acsch: 1,
  acoth: 1,
  exp: 1,
  log: 1,
  log10: 1,
  log2: 1,
  sqrt: 1,
  cbrt: 1,
  abs: 1,
  factorial: 1,
  sigmoid: 1,
  softplus: 1,
  relu: 1,
  heaviside: 1,
  max: 2,
  min: 2,
} as const satisfies Record<string, number>;

export type FunctionName = keyof typeof FUNCTIONS;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

/** Constants by canonical name; a declared variable of the same name wins. */
export const CONSTANTS: Readonly<Record<string, number>> = { e: Math.E, pi: Math.PI };

export const num = (value: number): Node => ({ type: 'number', value });
export const sym = (name: string): Node => ({ type: 'symbol', name });
export const bin = (op: BinaryOp, left: Node, right: Node): Node => ({ type: 'binary', op, left, right });

/** The names of the symbols an expression uses, in first-seen order. */
export function symbolsOf(node: Node, into: Set<string> = new Set()): Set<string> {
  switch (node.type) {
    case 'symbol':
      into.add(node.name);
      break;
    case 'neg':
      symbolsOf(node.arg, into);
      break;
    case 'binary':
      symbolsOf(node.left, into);
      symbolsOf(node.right, into);
      break;
    case 'call':
    case 'vector':
      for (const child of node.type === 'call' ? node.args : node.items) symbolsOf(child, into);
      break;
    case 'number':
      break;
  }
  return into;
}

/** The symbols that are not constants: what an expression depends on. */
export function freeSymbols(node: Node, declared: readonly string[] = []): string[] {
  return [...symbolsOf(node)].filter((s) => declared.includes(s) || !Object.hasOwn(CONSTANTS, s));
}

/** `node` with each named symbol replaced by its tree (a number, or an expression). */
export function substitute(node: Node, values: Readonly<Record<string, Node>>): Node {
  switch (node.type) {
    case 'number':
      return node;
    case 'symbol':
      return Object.hasOwn(values, node.name) ? values[node.name]! : node;
    case 'neg':
      return { type: 'neg', arg: substitute(node.arg, values) };
    case 'binary':
      return bin(node.op, substitute(node.left, values), substitute(node.right, values));
    case 'call':
      return { type: 'call', fn: node.fn, args: node.args.map((a) => substitute(a, values)) };
    case 'vector':
      return { type: 'vector', items: node.items.map((a) => substitute(a, values)) };
  }
}
