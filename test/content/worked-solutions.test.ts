/**
 * A worked solution ends with its answer: the page shows the lines as they are and adds nothing after them
 * (it once repeated the answer as a line of its own under a last line that had just said it).
 */
import { describe, expect, it } from 'vitest';
import { contentFiles, lessonFromContent } from '../tutor/fixtures.js';

describe('worked solutions', () => {
  it.each(contentFiles())('%s: each one’s last line states the answer (a choice’s, in words)', (file) => {
    const missing = lessonFromContent(file).exercises.flatMap((e) =>
      e.steps
        .filter((s) => s.answer.type !== 'choice' && !(s.solution.at(-1) ?? '').includes(s.answerLatex))
        .map((s) => `${e.id} › ${s.id}: “${s.solution.at(-1)}” lacks ${s.answerLatex}`),
    );
    expect(missing).toEqual([]);
  });
});
