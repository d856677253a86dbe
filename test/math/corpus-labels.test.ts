/**
 * The labels of the corpus's issue-10 pairs, checked by other means than the
 * checker that the corpus test judges: exact fractions for rational functions
 * and mathjs in 40-digit BigNumber arithmetic otherwise, at a fixed grid of
 * points (not the checker's seeded bands), and the rounding rule re-implemented
 * on decimal strings. Only the reading of the text into a tree is shared (it is
 * what both judge). A point where the sums an evaluation went through are
 * 10³⁰ times its result is unstable (cancellation) and skipped. Pairs whose
 * labels are by construction (unknown symbols) are not re-derived here.
 */
import { readFileSync } from 'node:fs';
import { all, create, type BigNumber, type MathJsInstance } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { lowerVectors, read, type CheckRequest, type Node } from '../../src/math/index.js';

interface Labelled extends CheckRequest {
  readonly equal: boolean;
  readonly category?: string;
}

const rows = readFileSync(new URL('../fixtures/answer-corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Labelled)
  .filter((r) => r.category !== undefined && r.category !== 'unknown-symbol');

const precise = create(all!, { number: 'BigNumber', precision: 40, predictable: true });
const fractions = create(all!, { number: 'Fraction' });

/** The functions mathjs lacks, defined from its own. */
function extras(m: MathJsInstance): Record<string, (...a: BigNumber[]) => BigNumber> {
  const one = m.bignumber(1);
  const zero = m.bignumber(0);
  return {
    sigmoid: (x) => one.div(one.plus(x.neg().exp())),
    softplus: (x) => one.plus(x.exp()).ln(),
    relu: (x) => (m.larger(x, zero) ? x : zero),
    heaviside: (x) => (m.larger(x, zero) ? one : m.smaller(x, zero) ? zero : m.bignumber(NaN)),
    // mathjs extends n! to Γ(n + 1); ours is for whole numbers only.
    factorial: (x) => {
      if (!x.isInteger() || x.isNegative() || x.gt(3000)) return m.bignumber(NaN);
      let product = one;
      for (let k = 2; k <= x.toNumber(); k++) product = product.times(k);
      return product;
    },
    realroot: (x, p, q) => {
      const root = x.abs().pow(m.bignumber(p).div(q));
      return x.isNegative() && Number(p) % 2 !== 0 ? root.neg() : root;
    },
  };
}

/** An exponent p/q with q odd, found by mathjs's fractions: a real root, as on paper. */
function oddExponent(node: Node): [number, number] | undefined {
  if (node.type === 'number' || node.type === 'symbol') return undefined;
  try {
    const f = fractions.evaluate(mathjsText(node)) as { n: bigint | number; d: bigint | number; s: bigint | number };
    const [n, d] = [Number(f.n) * Number(f.s), Number(f.d)];
    return d > 1 && d % 2 === 1 ? [n, d] : undefined;
  } catch {
    return undefined;
  }
}

function mathjsText(node: Node): string {
  switch (node.type) {
    case 'number':
      return node.text ?? String(node.value);
    case 'symbol':
      return node.name;
    case 'neg':
      return `(-(${mathjsText(node.arg)}))`;
    case 'binary': {
      const root = node.op === '^' ? oddExponent(node.right) : undefined;
      if (root) return `realroot(${mathjsText(node.left)}, ${root[0]}, ${root[1]})`;
      return `((${mathjsText(node.left)}) ${node.op} (${mathjsText(node.right)}))`;
    }
    case 'call':
      return `${node.fn}(${node.args.map(mathjsText).join(', ')})`;
    case 'vector':
      throw new Error('vectors are compared component by component');
  }
}

/** The size of the numbers an evaluation goes through (sums of absolute values): what cancellation can eat. */
function sizeText(node: Node): string {
  switch (node.type) {
    case 'number':
      return `abs(${mathjsText(node)})`;
    case 'neg':
      return sizeText(node.arg);
    case 'binary':
      if (node.op === '+' || node.op === '-') return `(${sizeText(node.left)} + ${sizeText(node.right)})`;
      if (node.op === '*') return `(${sizeText(node.left)} * ${sizeText(node.right)})`;
      if (node.op === '/') return `(${sizeText(node.left)} / abs(${mathjsText(node.right)}))`;
      return `abs(${mathjsText(node)})`;
    default:
      return `abs(${mathjsText(node)})`;
  }
}

/** A value at 40 digits, or undefined where undefined; unstable where cancellation could have eaten it. */
type Evaluate = (point: Record<string, number>) => { value: BigNumber | undefined; stable: boolean };

function evaluator(node: Node): Evaluate {
  const [value, size] = [precise.compile(mathjsText(node)), precise.compile(sizeText(node))];
  return (point) => {
    const scope: Record<string, unknown> = { ...EXTRAS };
    for (const [k, v] of Object.entries(point)) scope[k] = precise.bignumber(v);
    try {
      const v = value.evaluate(scope) as unknown;
      if (!precise.isBigNumber(v) || !v.isFinite()) return { value: undefined, stable: true };
      // Sums 10³⁰ times larger than the result leave 40 digits nothing to say about it.
      const s = size.evaluate(scope) as BigNumber;
      return { value: v, stable: s.isFinite() && s.times(1e-30).lte(v.abs().plus(1e-20)) };
    } catch {
      return { value: undefined, stable: true };
    }
  };
}

/** Both sides exactly, as fractions, when they are rational functions (no function calls): certain. */
function exactlyEqual(a: Node, b: Node, vars: readonly string[]): boolean | undefined {
  const rational = (n: Node): boolean =>
    n.type === 'number' ||
    (n.type === 'symbol' && vars.includes(n.name)) ||
    (n.type === 'neg' && rational(n.arg)) ||
    (n.type === 'binary' &&
      rational(n.left) &&
      (n.op === '^' ? n.right.type === 'number' && Number.isInteger(n.right.value) : rational(n.right)));
  if (!rational(a) || !rational(b)) return undefined;
  try {
    const [ca, cb] = [fractions.compile(mathjsText(a)), fractions.compile(mathjsText(b))];
    for (const p of points(vars, GRID)) {
      const scope = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, fractions.fraction(v)]));
      const [va, vb] = [ca.evaluate(scope) as unknown, cb.evaluate(scope) as unknown];
      if (!fractions.equal(va as never, vb as never)) return false;
    }
    return true;
  } catch {
    return undefined;
  }
}

const GRID = [0.05, 0.37, 0.71, 1.3, 2.6, 7.9, 13.7, 41.3, 123.7].flatMap((v) => [v, -v]);

const INTEGERS = Array.from({ length: 41 }, (_, k) => k - 20);

function points(vars: readonly string[], grid: readonly number[]): Record<string, number>[] {
  return grid.map((_, i) =>
    Object.fromEntries(vars.map((v, k) => [v, grid[(i * (2 * k + 1) + k * 7) % grid.length]!])),
  );
}

/** Equal by the README's rule, judged on the grid: agreement where both are defined, on a shared domain. */
function sameFunction(a: Node, b: Node, vars: readonly string[]): boolean {
  const [fa, fb] = [evaluator(a), evaluator(b)];
  const judge = (grid: readonly number[]) => {
    const classes = new Map<number, { a: number; b: number; both: number }>();
    let agreed = 0;
    let seenA = false;
    for (const p of points(vars, grid)) {
      const [ra, rb] = [fa(p), fb(p)];
      if (!ra.stable || !rb.stable) continue;
      const size = Math.abs(p[vars[0]!] ?? 0);
      const key = size < 1 ? 0 : size <= 20 ? 1 : 2;
      const c = classes.get(key) ?? { a: 0, b: 0, both: 0 };
      classes.set(key, c);
      if (ra.value) {
        c.a++;
        seenA = true;
      }
      if (rb.value) c.b++;
      if (ra.value && rb.value) {
        c.both++;
        const diff = ra.value.minus(rb.value).abs();
        const bound = ra.value.abs().plus(rb.value.abs()).times(1e-25).plus(1e-25);
        if (diff.gt(bound)) return { equal: false, seenA };
        agreed++;
      }
    }
    for (const c of classes.values())
      if (Math.max(c.a, c.b) >= 2 && c.both < Math.max(c.a, c.b) / 8) return { equal: false, seenA };
    return { equal: agreed >= 4, seenA };
  };
  const exact = exactlyEqual(a, b, vars);
  if (exact !== undefined) return exact;
  if (vars.length === 0) {
    const [ra, rb] = [fa({}), fb({})];
    if (ra.value === undefined || rb.value === undefined) return false;
    return ra.value.minus(rb.value).abs().lte(ra.value.abs().plus(rb.value.abs()).times(1e-30).plus(1e-30));
  }
  const real = judge(GRID);
  return real.seenA ? real.equal : judge(INTEGERS).equal;
}

/** The rounding rule, re-implemented on decimal strings and 96-digit values. */
function roundingRight(expected: Node, answerText: string, r: Labelled): boolean {
  const e = precise.bignumber(precise.evaluate(mathjsText(expected)) as BigNumber);
  const text = answerText.replace(/(\d),(?=\d)/g, '$1.').replace(/[−–]/g, '-');
  const plain = /^\s*-?\d*\.?\d+(e[+-]?\d+)?\s*$/i.test(text);
  const a = precise.bignumber(precise.evaluate(text) as BigNumber);
  const diff = a.minus(e).abs();
  if (diff.lte(e.abs().times(1e-30))) return true;
  const t = r.tolerance ?? {};
  if (t.absolute !== undefined && diff.lte(t.absolute)) return true;
  if (t.relative !== undefined && diff.lte(e.abs().times(t.relative))) return true;
  if (t.places !== undefined && diff.lte(precise.bignumber(10).pow(-t.places).times(0.5))) return true;
  const explicit = t.absolute !== undefined || t.relative !== undefined || t.places !== undefined;
  const s = t.sigFigs ?? (explicit ? undefined : 3);
  if (s === undefined) return false;
  const halfUnit = precise
    .bignumber(10)
    .pow(Math.floor(Math.log10(Math.abs(e.toNumber()))) - s + 1)
    .times(0.5);
  if (!diff.lte(halfUnit)) return false;
  if (!plain) return /[.eE]/.test(text);
  const digits = text.trim().replace(/^-/, '').replace(/e.*$/i, '');
  const significant = digits.includes('.')
    ? digits.replace('.', '').replace(/^0+/, '').length
    : digits.replace(/^0+/, '').replace(/0+$/, '').length;
  return significant >= s;
}

const EXTRAS = extras(precise);

const tree = (text: string, r: Labelled): Node => {
  const parsed = read(text, { variables: r.vars ?? [], maxLength: 4000, ...(r.locale ? { locale: r.locale } : {}) });
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.node;
};

const scalars = (node: Node): Node[] => {
  const lowered = lowerVectors(node);
  if (!lowered.ok) throw new Error(lowered.message);
  return 'components' in lowered ? [...lowered.components] : [lowered.scalar];
};

describe('the labels of the issue-10 corpus pairs, re-derived independently', () => {
  it('has pairs to re-derive', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  const categories = [...new Set(rows.map((r) => r.category!))];
  it.each(categories)('agrees with every %s label', (category) => {
    const disagreements = rows
      .filter((r) => r.category === category)
      .flatMap((r) => {
        const [expected, answer] = [scalars(tree(r.expected, r)), scalars(tree(r.answer, r))];
        let label: boolean;
        if (expected.length !== answer.length) label = false;
        else if (r.kind !== 'expr') {
          // Components as typed: a vector answer is split on its separators, in the locale's way.
          const texts =
            answer.length === 1
              ? [r.answer]
              : r.answer.replace(/^\s*[([⟨]|[)\]⟩]\s*$/g, '').split(r.locale && r.locale !== 'en' ? ';' : ',');
          label = expected.every((e, k) => roundingRight(e, texts[k]!.trim(), r));
        } else label = sameFunction(expected[0]!, answer[0]!, r.vars ?? []);
        return label === r.equal ? [] : [`${r.expected} | ${r.answer}: labelled ${r.equal}, re-derived ${label}`];
      });
    expect(disagreements).toEqual([]);
  });
});
