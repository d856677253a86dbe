/** Whole exercise sessions: every step of the bowl answered, some wrongly first, as a learner would. */
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/content/index.js';
import { Session } from '../src/tutor/index.js';
import { summarise, time } from './stats.js';

const SESSIONS = 2000;

export function benchSession(): string[] {
  const { lesson } = loadLesson('bowl.yaml', readFileSync(new URL('../content/bowl.yaml', import.meta.url), 'utf8'));
  if (!lesson) throw new Error('content/bowl.yaml does not compile');
  const exercise = lesson.exercises[0]!;
  const script: [string, string][] = exercise.steps.flatMap((step, k) => {
    const right: [string, string] = [step.id, step.answer.text];
    const wrong = step.misconceptions[0]?.text;
    return k % 2 === 1 && wrong ? [[step.id, wrong] as [string, string], right] : [right];
  });
  const runOne = () => {
    const s = new Session({ exercise, policy: lesson.policy, lesson: lesson.id, now: () => 0 });
    for (const [step, text] of script) s.answer(step, text);
    return s.view();
  };
  for (let k = 0; k < 100; k++) runOne(); // warm-up
  const samples: number[] = [];
  const [, total] = time(() => {
    for (let k = 0; k < SESSIONS; k++) samples.push(time(runOne)[1]);
  });
  const s = summarise(samples);
  return [
    `${SESSIONS} sessions of the bowl exercise (${exercise.steps.length} steps, ${script.length} answers each, ${script.length - exercise.steps.length} of them wrong first) in ${total.toFixed(0)} ms = ${Math.round(SESSIONS / (total / 1000))} sessions/s; median ${s.median.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms per session`,
  ];
}
