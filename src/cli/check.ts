/**
 * `gd-tutor check --jsonl FILE`: judges one request per JSON line and writes one
 * verdict per line, in order, carrying `id` back. Other tools rely on this
 * contract (see README), so its shapes are validated strictly here.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { judge, prepare, type Kind, type Tolerance } from '../math/index.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

const KINDS: readonly Kind[] = ['expr', 'value', 'vector', 'matrix'];

interface Line {
  id: string;
  kind: Kind;
  expected: string;
  answer: string;
  vars: string[];
  tolerance?: Tolerance;
}

/** Validates one parsed line, or says what is wrong with it. */
function validate(value: unknown): Line | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' && typeof v.id !== 'number') return '"id" must be a string';
  if (!KINDS.includes(v.kind as Kind)) return `"kind" must be one of ${KINDS.join(', ')}`;
  if (typeof v.expected !== 'string') return '"expected" must be a string';
  if (typeof v.answer !== 'string') return '"answer" must be a string';
  const vars = v.vars ?? [];
  if (!Array.isArray(vars) || !vars.every((x) => typeof x === 'string')) return '"vars" must be an array of strings';
  const tolerance = v.tolerance;
  if (tolerance !== undefined) {
    if (typeof tolerance !== 'object' || tolerance === null) return '"tolerance" must be an object';
    for (const [key, bound] of Object.entries(tolerance)) {
      if (key === 'plainNumber') {
        if (typeof bound !== 'boolean') return '"tolerance.plainNumber" must be true or false';
      } else if (key === 'absolute' || key === 'relative' || key === 'places' || key === 'sigFigs') {
        if (typeof bound !== 'number' || !(bound >= 0)) return `"tolerance.${key}" must be a non-negative number`;
      } else return `unknown tolerance "${key}" (use absolute, relative, places, sigFigs or plainNumber)`;
    }
  }
  return {
    id: String(v.id),
    kind: v.kind as Kind,
    expected: v.expected,
    answer: v.answer,
    vars: vars,
    ...(tolerance ? { tolerance: tolerance } : {}),
  };
}

export async function checkCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { options, positional } = parseArgs(args, { jsonl: { type: 'string' } });
  const file = options.jsonl;
  if (typeof file !== 'string' || positional.length > 0)
    throw new UsageError('usage: gd-tutor check --jsonl FILE   (FILE - reads standard input)');
  const input = file === '-' ? io.stdin : createReadStream(resolve(io.cwd, file));
  const opened = new Promise<void>((ok, fail) => {
    input.once('error', fail);
    input.once('readable', ok);
    input.once('end', ok);
  });
  try {
    await opened;
  } catch (e) {
    io.stderr.write(`gd-tutor check: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let lineNumber = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (raw.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      io.stderr.write(`${file}:${lineNumber}: not valid JSON (${(e as Error).message})\n`);
      return 2;
    }
    const line = validate(parsed);
    if (typeof line === 'string') {
      io.stderr.write(`${file}:${lineNumber}: ${line}\n`);
      return 2;
    }
    const prepared = prepare(line.kind, line.expected, line.vars, line.tolerance);
    if (!prepared.ok) {
      io.stderr.write(`${file}:${lineNumber}: ${prepared.message}\n`);
      return 2;
    }
    const verdict = judge(prepared.expectation, line.answer);
    const out: Record<string, unknown> = { id: line.id, verdict: verdict.verdict };
    if ('latex' in verdict) out.latex = verdict.latex;
    if ('message' in verdict) out.message = verdict.message;
    if (verdict.verdict === 'incorrect' || verdict.verdict === 'imprecise') out.reason = verdict.reason;
    if (verdict.verdict === 'unknown-symbol') out.symbols = verdict.symbols;
    if (verdict.verdict === 'unreadable') out.range = verdict.range;
    if (verdict.verdict === 'incorrect' && verdict.components) out.components = verdict.components;
    if (verdict.verdict === 'incorrect' && verdict.entries) out.entries = verdict.entries;
    io.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}
