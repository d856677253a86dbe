/**
 * Elements put on a blank page (see blankPage in harness.ts) the way a host page would: created, given a
 * compiled lesson fetched from the built site (lessons/bowl/0.json), and appended.
 */
import type { Locator, Page } from 'playwright-core';
import type { CompiledLesson } from '../../src/content/index.js';

export interface ExerciseOptions {
  /** Which lesson of the site (default bowl). */
  readonly lesson?: string;
  /** Which exercise of the lesson: 0 is the bowl's "One step from (3, 4)". */
  readonly index?: number;
  readonly locale?: 'en' | 'fr';
  /** Inside a shadow root of a <div id="host">, as in an LMS widget: only composed events leave it. */
  readonly inShadowRoot?: boolean;
}

/** A <gd-exercise> of the bowl lesson; progress goes to this context's (empty) localStorage. */
export async function mountExercise(page: Page, options: ExerciseOptions = {}): Promise<Locator> {
  await page.evaluate(async ({ lesson: id = 'bowl', index = 0, locale = 'en', inShadowRoot = false }) => {
    const lesson = (await (await fetch(`lessons/${id}/0.json`)).json()) as CompiledLesson;
    const el = document.createElement('gd-exercise');
    el.exercise = lesson.exercises[index];
    el.policy = lesson.policy;
    el.lessonId = lesson.id;
    el.locale = locale;
    if (inShadowRoot) {
      const host = document.createElement('div');
      host.id = 'host';
      host.attachShadow({ mode: 'open' }).append(el);
      document.body.append(host);
    } else document.body.append(el);
  }, options);
  return page.locator('gd-exercise');
}

export interface MathInputOptions {
  /** The variables it reads (default x and y). */
  readonly variables?: readonly string[];
  readonly locale?: 'en' | 'fr';
  readonly rateSymbol?: 'α' | 'η';
}

/** A <gd-math-input> named `name`, reading x and y (or `variables`), inside <form id="form">. */
export async function mountMathInput(page: Page, name: string, options: MathInputOptions = {}): Promise<Locator> {
  await page.evaluate(
    ({ fieldName, variables = ['x', 'y'], locale = 'en', rateSymbol = 'α' }) => {
      const form = document.createElement('form');
      form.id = 'form';
      const el = document.createElement('gd-math-input');
      el.name = fieldName;
      el.label = 'Your answer';
      el.variables = variables;
      el.locale = locale;
      el.rateSymbol = rateSymbol;
      form.append(el);
      document.body.append(form);
    },
    { fieldName: name, ...options },
  );
  return page.locator('gd-math-input');
}

/** A <gd-lesson>, not yet given a lesson or a src. */
export async function mountLesson(page: Page, locale: 'en' | 'fr' = 'en'): Promise<Locator> {
  await page.evaluate((lang) => {
    const el = document.createElement('gd-lesson');
    el.locale = lang;
    document.body.append(el);
  }, locale);
  return page.locator('gd-lesson');
}
