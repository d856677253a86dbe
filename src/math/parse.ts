/**
 * Reads learner or teacher text into an expression tree, the way a teacher
 * reads it on paper: implicit multiplication (`2x`, `2(x+1)`, `x y`), `sin x`,
 * `sin²x`, `|x|`, vectors in any bracket, and `∂J/∂x = 2x` read as its right
 * side. It never throws on bad input: it returns where and why instead, with
 * a message a learner can act on, in their language (src/messages/reader.ts). Depth and length are bounded
 * (see limits.ts).
 */
import { CONSTANTS, FUNCTIONS, bin, num, sym, symbolsOf, type FunctionName, type Node, type Range } from './ast.js';
import { INVERSES, Vocabulary } from './identifiers.js';
import { LIMITS } from './limits.js';
import { decimalComma } from './locale.js';
import { tokenize, type Token } from './tokenize.js';
import { say, type Speaker } from '../messages/catalogue.js';
import { READER } from '../messages/reader.js';

export interface ReadError extends Range {
  readonly message: string;
}

export type ReadResult = { readonly ok: true; readonly node: Node } | { readonly ok: false; readonly error: ReadError };

export interface ReadOptions {
  /** Declared variable names; their spellings (x₁, x_1, θ) are read as them. */
  readonly variables?: readonly string[] | Vocabulary;
  /** Longest accepted text. */
  readonly maxLength?: number;
  /** The learner's locale: in one with a decimal comma (fr), `2,4` is 2.4 and `(2,4 ; 3,2)` a vector. */
  readonly locale?: string;
}

class Failure extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

const fail = (range: Range, message: string): never => {
  throw new Failure({ start: range.start, end: range.end, message });
};

type Said = Speaker<typeof READER.en>;

/** A token as a sentence names it: what the learner typed there, quoted as typed. */
const describe = (t: Token, m: Said, typed: string): string =>
  t.kind === 'end' ? m.theEnd : t.kind === 'open' ? m.aBracket : m.quoted({ text: typed });

class Parser {
  private i = 0;
  private depth = 0;
  private absDepth = 0;
  /** Products read from one run of letters (`xy`), whose last factor alone takes a power. */
  private readonly runTogether = new WeakSet<Node>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly vocabulary: Vocabulary,
    /** The reader's words in the learner's language. */
    private readonly m: Said,
    /** The text as the learner typed it, which messages quote (a token's own text is normalised: 2,4 is 2.4). */
    private readonly source: string,
  ) {}

  /** What the learner typed for `t`. */
  private typed(t: Range): string {
    return this.source.slice(t.start, t.end);
  }

  private get peek(): Token {
    return this.tokens[this.i]!;
  }

  private next(): Token {
    return this.tokens[this.i++]!;
  }

  private isOp(op: string, t: Token = this.peek): boolean {
    return t.kind === 'op' && t.op === op;
  }

  private enter(at: Range): void {
    if (++this.depth > LIMITS.depth) fail(at, this.m.tooDeep({ depth: LIMITS.depth }));
  }

  /** The whole input: an expression, or a bare comma list read as a vector (`6, 8`). */
  parseInput(): Node {
    const first = this.parseExpression();
    let node = first;
    if (this.isOp(',')) {
      const items = [first];
      while (this.isOp(',')) {
        this.next();
        items.push(this.parseExpression());
      }
      node = { type: 'vector', items };
    }
    const t = this.peek;
    if (t.kind === 'close') fail(t, this.m.noOpening({ text: this.typed(t) }));
    if (t.kind !== 'end') fail(t, this.m.unexpected({ what: describe(t, this.m, this.typed(t)) }));
    return node;
  }

  private parseExpression(): Node {
    let left = this.parseTerm();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next() as Token & { op: '+' | '-' };
      this.expectOperand(op);
      left = bin(op.op, left, this.parseTerm());
    }
    return left;
  }

  /** After a binary operator something must follow: `2x+` is missing its right side. */
  private expectOperand(op: Token & { op: string }): void {
    const t = this.peek;
    if (t.kind === 'end' || t.kind === 'close' || this.isOp(',') || (this.isOp('|') && this.absDepth > 0))
      fail(op, this.m.missingAfter({ op: this.typed(op) }));
    if (t.kind === 'op' && '*/^!'.includes(t.op))
      fail(t, this.m.twoOperators({ first: this.typed(op), second: this.typed(t) }));
  }

  private parseTerm(): Node {
    let left = this.parseUnary();
    for (;;) {
      const t = this.peek;
      if (this.isOp('*') || this.isOp('/')) {
        const op = this.next() as Token & { op: '*' | '/' };
        this.expectOperand(op);
        left = bin(op.op, left, this.parseUnary());
      } else if (this.startsOperand(t)) {
        // Implicit multiplication, at the same precedence as a written one: 1/2x is (1/2)·x.
        if (t.kind === 'number' && (left.type === 'number' || endsInNumber(left)))
          fail(t, this.m.twoNumbers({ text: this.typed(t) }));
        left = bin('*', left, this.parseUnary());
      } else {
        return left;
      }
    }
  }

  /** Whether `t` can begin a factor of an implicit product. */
  private startsOperand(t: Token): boolean {
    if (t.kind === 'number' || t.kind === 'ident' || t.kind === 'open') return true;
    return t.kind === 'op' && t.op === '|' && this.absDepth === 0;
  }

  private parseUnary(): Node {
    const t = this.peek;
    if (this.isOp('-') || this.isOp('+')) {
      this.next();
      this.enter(t);
      this.expectOperand(t as Token & { op: string });
      const arg = this.parseUnary();
      this.depth--;
      return this.isOp('+', t) ? arg : { type: 'neg', arg };
    }
    return this.parsePower();
  }

  private parsePower(): Node {
    const base = this.parsePostfix(this.parsePrimary());
    if (!this.isOp('^')) return base;
    const op = this.next() as Token & { op: '^' };
    this.expectOperand(op);
    this.enter(op);
    const exponent = this.parseUnary(); // right-associative, and 2^-1 is allowed
    this.depth--;
    // In `xy²` the square belongs to y alone, as it would on paper.
    if (this.runTogether.has(base) && base.type === 'binary')
      return bin('*', base.left, bin('^', base.right, exponent));
    return bin('^', base, exponent);
  }

  private parsePostfix(node: Node): Node {
    let chained = 0;
    while (this.isOp('!')) {
      // Each ! nests the tree one level deeper: bound the chain like any nesting.
      this.enter(this.next());
      chained++;
      node = { type: 'call', fn: 'factorial', args: [node] };
    }
    this.depth -= chained;
    return node;
  }

  private parsePrimary(): Node {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        if (!Number.isFinite(t.value)) fail(t, this.m.tooLarge({ text: this.typed(t) }));
        return { type: 'number', value: t.value, text: t.text };
      case 'ident':
        return this.parseIdentifier(t);
      case 'open':
        return this.parseBracket(t);
      case 'op':
        if (t.op === '|') return this.parseAbs(t);
        if (t.op === ',') fail(t, this.m.bareComma);
        return fail(t, this.m.missingBefore({ op: this.typed(t) }));
      case 'close':
        return fail(t, this.m.noOpening({ text: this.typed(t) }));
      case 'end':
        return fail(t, this.m.missingAtEnd);
    }
  }

  private parseIdentifier(t: Token & { kind: 'ident' }): Node {
    const resolved = this.vocabulary.resolve(t.text);
    if (resolved.kind === 'symbols') {
      const product = resolved.names.map(sym).reduce((left, right) => bin('*', left, right));
      if (resolved.names.length > 1) this.runTogether.add(product);
      return product;
    }
    let fn = resolved.name;
    // sin²x and sin^2(x) mean (sin x)², as on paper; sin⁻¹x and sin^-1(x) mean arcsin x.
    let power: Node | undefined;
    if (this.isOp('^')) {
      const caret = this.next();
      this.enter(t);
      power = this.parseUnaryNoImplicit(caret);
      this.depth--;
      const inverse = INVERSES[fn];
      if (inverse && isMinusOne(power)) [fn, power] = [inverse, undefined];
    }
    let args: Node[];
    const open = this.peek;
    if (open.kind === 'open' && open.close === ')') {
      this.next();
      args = this.parseList(open);
    } else if (open.kind === 'number' || open.kind === 'ident' || open.kind === 'open' || this.isOp('|')) {
      args = [this.parseBareArgument()];
    } else {
      return fail(t, this.m.needsArgument({ text: this.typed(t) }));
    }
    const call = this.buildCall(t, fn, resolved.base, args);
    return power ? bin('^', call, power) : call;
  }

  /** A call with its arguments checked; log(x, b) and log_b(x) become ln x / ln b. */
  private buildCall(t: Token & { kind: 'ident' }, fn: FunctionName, base: string | undefined, args: Node[]): Node {
    const arity: number = FUNCTIONS[fn];
    if (fn === 'log' && base === undefined && args.length === 2) return logOver(args[0]!, args[1]!);
    if (args.length !== arity)
      fail(t, this.m.arity({ text: this.typed(t), arity, given: args.length, log: fn === 'log' }));
    if (base === undefined) return { type: 'call', fn, args };
    const baseNode = /^\d/.test(base) ? num(Number(base)) : this.symbolNode(base);
    return logOver(args[0]!, baseNode);
  }

  private symbolNode(name: string): Node {
    const resolved = this.vocabulary.resolve(name);
    return resolved.kind === 'symbols' ? resolved.names.map(sym).reduce((l, r) => bin('*', l, r)) : sym(name);
  }

  /** The operand of a `^` (`after`: that operator, or the minus before this operand), with no implicit product. */
  private parseUnaryNoImplicit(after: Token): Node {
    const t = this.peek;
    if (this.isOp('-')) {
      this.next();
      this.enter(t);
      const arg = this.parseUnaryNoImplicit(t);
      this.depth--;
      return { type: 'neg', arg };
    }
    if (t.kind !== 'number' && t.kind !== 'ident' && t.kind !== 'open')
      fail(t, this.m.missingAfter({ op: this.typed(after) }));
    return this.parsePrimary();
  }

  /** `sin 2x` is sin(2x); `sin x cos x` is sin(x)·cos(x): the argument stops at the next function. */
  private parseBareArgument(): Node {
    this.enter(this.peek);
    let arg = this.parsePower();
    for (;;) {
      const t = this.peek;
      const continues =
        t.kind === 'number' || (t.kind === 'ident' && this.vocabulary.resolve(t.text).kind === 'symbols');
      if (!continues) break;
      if (t.kind === 'number') fail(t, this.m.twoNumbers({ text: this.typed(t) }));
      arg = bin('*', arg, this.parsePower());
    }
    this.depth--;
    return arg;
  }

  private parseBracket(open: Token & { kind: 'open' }): Node {
    const items = this.parseList(open);
    // A fresh node: brackets end a run of letters, so in `(wx)²` the square takes both.
    if (items.length === 1 && this.runTogether.has(items[0]!)) return { ...items[0]! };
    return items.length === 1 && open.close !== ']' && open.close !== '⟩' && open.close !== '〉' && open.close !== '>'
      ? items[0]!
      : { type: 'vector', items };
  }

  /** Comma-separated expressions up to the bracket that closes `open`. */
  private parseList(open: Token & { kind: 'open' }): Node[] {
    this.enter(open);
    const items: Node[] = [];
    const saved = this.absDepth;
    this.absDepth = 0;
    if (this.peek.kind === 'close') fail({ start: open.start, end: this.peek.end }, this.m.emptyBrackets);
    for (;;) {
      items.push(this.parseExpression());
      const t = this.next();
      if (t.kind === 'op' && t.op === ',') continue;
      if (t.kind === 'close') {
        if (t.text !== open.close) fail(t, this.m.wrongClose({ text: this.typed(t), close: open.close }));
        break;
      }
      if (t.kind === 'end') fail(open, this.m.neverClosed);
      fail(t, this.m.unexpectedInBrackets({ what: describe(t, this.m, this.typed(t)) }));
    }
    this.absDepth = saved;
    this.depth--;
    return items;
  }

  private parseAbs(bar: Token): Node {
    this.enter(bar);
    this.absDepth++;
    if (this.isOp('|')) fail(bar, this.m.emptyBars);
    const arg = this.parseExpression();
    const t = this.next();
    if (!this.isOp('|', t))
      fail(
        bar,
        t.kind === 'end'
          ? this.m.barNeverClosed
          : this.m.unexpectedInBars({ what: describe(t, this.m, this.typed(t)) }),
      );
    this.absDepth--;
    this.depth--;
    return { type: 'call', fn: 'abs', args: [arg] };
  }
}

const isMinusOne = (n: Node): boolean =>
  (n.type === 'number' && n.value === -1) || (n.type === 'neg' && n.arg.type === 'number' && n.arg.value === 1);

const logOver = (x: Node, base: Node): Node =>
  bin('/', { type: 'call', fn: 'log', args: [x] }, { type: 'call', fn: 'log', args: [base] });

/** `2x` ends in... no; `x 2`, `2^2 3`: whether a product's last factor is a written number. */
function endsInNumber(node: Node): boolean {
  if (node.type === 'number') return true;
  if (node.type === 'binary' && node.op === '*') return endsInNumber(node.right);
  return false;
}

/**
 * Reads `text` into an expression tree. An equation such as `dJ/dx = 2x` is
 * read as its right side, since that is the answer the learner means.
 */
export function read(text: string, options: ReadOptions = {}): ReadResult {
  const m = say(READER, options.locale);
  const maxLength = options.maxLength ?? LIMITS.answerLength;
  if (text.length > maxLength)
    return { ok: false, error: { start: maxLength, end: text.length, message: m.tooLong({ max: maxLength }) } };
  const equals = text.lastIndexOf('=');
  const offset = equals >= 0 && text.slice(0, equals).trim() !== '' ? equals + 1 : 0;
  const body = text.slice(offset);
  if (body.trim() === '') {
    const error =
      offset > 0
        ? { start: equals, end: equals + 1, message: m.missingAfterEquals }
        : { start: 0, end: text.length, message: m.empty };
    return { ok: false, error };
  }
  const tokens = tokenize(body, decimalComma(options.locale), m);
  if (!Array.isArray(tokens)) return { ok: false, error: shift(tokens, offset) };
  const vocabulary =
    options.variables instanceof Vocabulary ? options.variables : new Vocabulary(options.variables ?? []);
  try {
    return { ok: true, node: new Parser(tokens, vocabulary, m, body).parseInput() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: shift(e.error, offset) };
    throw e;
  }
}

const shift = (error: ReadError, offset: number): ReadError => ({
  ...error,
  start: error.start + offset,
  end: Math.max(error.end, error.start + 1) + offset,
});

/**
 * The variables an expression uses when none are declared, constants aside,
 * with `wrt` included: for commands that accept a bare function.
 */
export function symbolsOfText(text: string, wrt?: string): string[] {
  const result = read(text, { maxLength: LIMITS.expressionLength });
  const found = result.ok ? [...symbolsOf(result.node)].filter((s) => !Object.hasOwn(CONSTANTS, s)) : [];
  return wrt === undefined || found.includes(wrt) ? found : [...found, wrt];
}
