/**
 * Writes a tree back out: as LaTeX for the "your answer was read as …" preview
 * and worked solutions, and as plain text for the command line and for the
 * symbolic engine. Both insert exactly the brackets the tree needs, so what is
 * shown is how the answer was read, not how it was typed.
 */
import type { FunctionName, Node } from './ast.js';
import { decimalComma } from './locale.js';
import { GREEK } from './tokenize.js';

const GREEK_NAMES = new Set(Object.values(GREEK));

/** Binding strength: a child binding less than its context needs brackets. */
function precedence(node: Node): number {
  switch (node.type) {
    case 'binary':
      return node.op === '+' || node.op === '-' ? 1 : node.op === '^' ? 4 : 2;
    case 'neg':
      return 3;
    case 'number':
      return node.value < 0 ? 3 : 5;
    default:
      return 5;
  }
}

/** Whether `child`, at `side` of a binary `op`, needs brackets to keep its meaning. */
function needsBrackets(op: string, side: 'left' | 'right', child: Node): boolean {
  const p = precedence(child);
  switch (op) {
    case '+':
      return side === 'right' && p === 3;
    case '-':
      return side === 'right' && (p === 1 || p === 3);
    case '*':
      return side === 'left' ? p < 2 : p < 2 || p === 3;
    case '/':
      return side === 'left' ? p < 2 : p <= 3 || (child.type === 'binary' && p === 2);
    default: // '^': the base must be atomic; the exponent is grouped by braces in LaTeX
      return side === 'left' ? p <= 4 : false;
  }
}

/** −(a·b) reads as −a·b with the same value; only a sum or another sign needs brackets. */
const negNeedsBrackets = (arg: Node): boolean => precedence(arg) === 1 || precedence(arg) === 3;

/** How numbers are written: with a decimal comma (fr), 2,4 and (2,4; 3,2). */
export interface FormatOptions {
  readonly locale?: string;
}

function formatNumber(value: number, latex: boolean, comma = false): string {
  const text = String(value);
  const exp = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  const [mantissa, power] = exp ? [exp[1]!, String(Number(exp[2]))] : [text, undefined];
  // In LaTeX a bare comma is punctuation (it adds a space): {,} is the decimal comma.
  const shown = comma ? mantissa.replace('.', latex ? '{,}' : ',') : mantissa;
  if (power === undefined) return shown;
  return latex ? `${shown} \\times 10^{${power}}` : `${shown}*10^(${power})`;
}

// ---- plain text -----------------------------------------------------------

export function toText(node: Node, options: FormatOptions = {}): string {
  return textOf(node, decimalComma(options.locale));
}

function textOf(node: Node, comma: boolean): string {
  switch (node.type) {
    case 'number':
      return formatNumber(node.value, false, comma);
    case 'symbol':
      return node.name;
    case 'neg':
      return `-${wrapText(node.arg, negNeedsBrackets(node.arg), comma)}`;
    case 'binary': {
      const l = wrapText(node.left, needsBrackets(node.op, 'left', node.left), comma);
      const r = wrapText(
        node.right,
        node.op === '^' ? precedence(node.right) < 5 : needsBrackets(node.op, 'right', node.right),
        comma,
      );
      return node.op === '^' || node.op === '*' || node.op === '/' ? `${l}${node.op}${r}` : `${l} ${node.op} ${r}`;
    }
    case 'call':
      return `${node.fn}(${node.args.map((a) => textOf(a, comma)).join(comma ? '; ' : ', ')})`;
    case 'vector':
      return `[${node.items.map((a) => textOf(a, comma)).join(comma ? '; ' : ', ')}]`;
  }
}

const wrapText = (node: Node, brackets: boolean, comma: boolean): string =>
  brackets ? `(${textOf(node, comma)})` : textOf(node, comma);

// ---- LaTeX ----------------------------------------------------------------

function symbolLatex(name: string): string {
  const match = /^([A-Za-z]+?)_?(\d+)$/.exec(name);
  const [stem, index] = match ? [match[1]!, match[2]!] : [name, ''];
  const body = GREEK_NAMES.has(stem) ? `\\${stem}` : stem.length === 1 ? stem : `\\mathrm{${stem}}`;
  return index ? `${body}_{${index}}` : body;
}

const FUNCTION_LATEX: Readonly<Record<Exclude<FunctionName, 'sqrt' | 'cbrt' | 'abs' | 'factorial'>, string>> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  sec: '\\sec',
  csc: '\\csc',
  cot: '\\cot',
  asin: '\\arcsin',
  acos: '\\arccos',
  atan: '\\arctan',
  asec: '\\operatorname{arcsec}',
  acsc: '\\operatorname{arccsc}',
  acot: '\\operatorname{arccot}',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  sech: '\\operatorname{sech}',
  csch: '\\operatorname{csch}',
  coth: '\\coth',
  asinh: '\\operatorname{arsinh}',
  acosh: '\\operatorname{arcosh}',
  atanh: '\\operatorname{artanh}',
  asech: '\\operatorname{arsech}',
  acsch: '\\operatorname{arcsch}',
  acoth: '\\operatorname{arcoth}',
  exp: '\\exp',
  log: '\\ln',
  log10: '\\log_{10}',
  log2: '\\log_{2}',
  sigmoid: '\\sigma',
  softplus: '\\operatorname{softplus}',
  relu: '\\operatorname{ReLU}',
  heaviside: '\\operatorname{H}',
  max: '\\max',
  min: '\\min',
};

/** Whether a product reads unambiguously without a dot: 2x, 3\sin x, 2(x+1). */
function juxtaposes(left: Node, right: Node): boolean {
  if (left.type !== 'number' || left.value < 0) return false;
  const head = right.type === 'binary' && right.op === '^' ? right.left : right;
  // 2x, 3\sin x, and 2(x − 1): a bracketed sum after a number needs no dot either.
  return head.type === 'symbol' || head.type === 'call' || precedence(right) === 1;
}

export function toLatex(node: Node, options: FormatOptions = {}): string {
  return latexOf(node, decimalComma(options.locale));
}

function latexOf(node: Node, comma: boolean): string {
  switch (node.type) {
    case 'number':
      return formatNumber(node.value, true, comma);
    case 'symbol':
      return symbolLatex(node.name);
    case 'neg':
      return `-${wrapLatex(node.arg, negNeedsBrackets(node.arg), comma)}`;
    case 'binary': {
      if (node.op === '/') return `\\frac{${latexOf(node.left, comma)}}{${latexOf(node.right, comma)}}`;
      const l = wrapLatex(node.left, needsBrackets(node.op, 'left', node.left), comma);
      if (node.op === '^') {
        const bare = node.left.type === 'symbol' || (node.left.type === 'number' && node.left.value >= 0);
        return `${bare ? l : `{${l}}`}^{${latexOf(node.right, comma)}}`;
      }
      const r = wrapLatex(node.right, needsBrackets(node.op, 'right', node.right), comma);
      if (node.op === '*') return juxtaposes(node.left, node.right) ? `${l}${r}` : `${l} \\cdot ${r}`;
      return `${l} ${node.op} ${r}`;
    }
    case 'call': {
      const arg = node.args[0]!;
      if (node.fn === 'sqrt') return `\\sqrt{${latexOf(arg, comma)}}`;
      if (node.fn === 'abs') return `\\left|${latexOf(arg, comma)}\\right|`;
      if (node.fn === 'factorial') return `${wrapLatex(arg, precedence(arg) < 5, comma)}!`;
      if (node.fn === 'cbrt') return `\\sqrt[3]{${latexOf(arg, comma)}}`;
      return `${FUNCTION_LATEX[node.fn]}\\left(${node.args.map((a) => latexOf(a, comma)).join(comma ? '; ' : ', ')}\\right)`;
    }
    case 'vector':
      if (isMatrix(node))
        return `\\begin{bmatrix}${node.items.map((r) => (r as typeof node).items.map((x) => latexOf(x, comma)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
      return `\\left(${node.items.map((a) => latexOf(a, comma)).join(comma ? '; ' : ', ')}\\right)`;
  }
}

/** A vector of equal-length vectors is a matrix, shown as one. */
const isMatrix = (node: Node & { type: 'vector' }): boolean =>
  node.items.every((r) => r.type === 'vector' && r.items.length === (node.items[0] as typeof node).items.length);

const wrapLatex = (node: Node, brackets: boolean, comma: boolean): string =>
  brackets ? `\\left(${latexOf(node, comma)}\\right)` : latexOf(node, comma);
