/**
 * An exercise's `where` levels as the graph backpropagation walks by hand (z = W₁x, h = σ(z), s = W₂h, a = σ(s),
 * L = ½‖a − y‖²): the value of every level at a point (the forward pass), the local factor ∂level/∂input written in
 * the level names (σ′ as a(1 − a), the way it is worked), and ∂of/∂wrt accumulated backwards over the levels, as
 * the right number or as the number a named slip gives (σ′ dropped, or taken at the pre-activation z instead of
 * the activation a). Floating point: the exact value of a factor is the step's own (factor.ts); these numbers name
 * mistakes, decompose the worked solution and check that a carried sum is the whole derivative.
 */
import { differentiate } from '../math/derivative.js';
import { bin, compile, freeSymbols, num, substitute, sym, type Node } from '../math/index.js';
import type { Workings } from './workings.js';

/** How a derivative is worked: right, with σ′ left out, or with σ′ and the activations taken at the pre-activations. */
export type Slip = 'none' | 'no_sigma_prime' | 'pre_activation';

export interface Levels {
  /** The function's name or a level's name, as written (L = ½((a₁ − 1)² + a₂²)); undefined for a variable. */
  readonly definition: (name: string) => Node | undefined;
  /** The names (levels and variables) a definition uses directly. */
  readonly inputs: (name: string) => readonly string[];
  readonly dependsOn: (name: string, wrt: string) => boolean;
  /** ∂name/∂input in the level names, σ′ as a(1 − a). */
  readonly local: (name: string, input: string) => Node;
  /** The value of a variable or a level at the point. */
  readonly value: (name: string) => number;
  /** ∂of/∂wrt at the point, every other input held fixed, worked backwards level by level. */
  readonly backward: (of: string, wrt: string, slip?: Slip) => number;
}

/** The argument of a level that is σ of one name (a = σ(s)), which σ′ is taken at. */
function sigmoidOf(node: Node | undefined): string | undefined {
  return node?.type === 'call' && node.fn === 'sigmoid' && node.args[0]!.type === 'symbol'
    ? node.args[0]!.name
    : undefined;
}

export function levelsOf(w: Workings, point: readonly number[]): Levels {
  const inner = w.problem.inner;
  const levels = inner?.levels ?? {};
  const names = [...w.variables, ...Object.keys(levels)];
  const definition = (name: string): Node | undefined =>
    name === w.name ? (inner?.outer ?? w.problem.f) : levels[name];
  const inputs = (name: string): string[] => {
    const d = definition(name);
    return d ? freeSymbols(d).filter((s) => names.includes(s)) : [];
  };
  const dependsOn = (name: string, wrt: string): boolean => name === wrt || inputs(name).some((u) => dependsOn(u, wrt));
  const values = new Map<string, number>(w.variables.map((v, k) => [v, point[k]!]));
  const value = (name: string): number => {
    let v = values.get(name);
    if (v === undefined) {
      const d = definition(name);
      v = d ? valueOf(d) : NaN;
      values.set(name, v);
    }
    return v;
  };
  const valueOf = (node: Node, at: (name: string) => number = value): number => {
    const used = freeSymbols(node).filter((s) => names.includes(s));
    return compile(node, used)(Float64Array.from(used, at));
  };
  const local = (name: string, input: string): Node => {
    const d = definition(name)!;
    if (sigmoidOf(d) === input) return bin('*', sym(name), bin('-', num(1), sym(name)));
    const r = differentiate(d, input, names);
    if (!r.ok) throw new Error(`∂${name}/∂${input}: ${r.message}`);
    return r.value.node;
  };
  // A pre-activation slip reads each activation a = σ(s) as s in the local factors (σ′ as s(1 − s), ∂s/∂w = h as z),
  // though not in the loss's own (a − y stays a − y).
  const preValue = (name: string): number => {
    const arg = sigmoidOf(definition(name));
    return arg && name !== w.name ? value(arg) : value(name);
  };
  const localValue = (name: string, input: string, slip: Slip): number => {
    const isSigma = sigmoidOf(definition(name)) === input;
    if (isSigma && slip === 'no_sigma_prime') return 1;
    if (slip === 'pre_activation' && name !== w.name)
      return valueOf(substitute(local(name, input), isSigma ? { [name]: sym(input) } : {}), preValue);
    return valueOf(local(name, input));
  };
  const backward = (of: string, wrt: string, slip: Slip = 'none'): number =>
    inputs(of)
      .filter((u) => dependsOn(u, wrt))
      .reduce((sum, u) => sum + localValue(of, u, slip) * (u === wrt ? 1 : backward(u, wrt, slip)), 0);
  return { definition, inputs, dependsOn, local, value, backward };
}
