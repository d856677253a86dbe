import { describe, expect, it } from 'vitest';
import { learnerLocale, lessonFile, parseLaunch, type PlayerLaunch } from '../../src/lms/launch.js';

const launch = (query: string, config?: Record<string, unknown>) => parseLaunch(new URLSearchParams(query), config);

describe('the player reads what to show from its address', () => {
  it('takes lesson, exercise, seed, learner and locale; LMS parameters it does not know are ignored', () => {
    expect(launch('lesson=bowl&exercise=one-step&seed=3&learner=ada%40uni&locale=fr&scoid=17')).toEqual({
      ok: true,
      launch: {
        lesson: 'bowl',
        exercise: 'one-step',
        seed: 3,
        learner: 'ada@uni',
        locale: 'fr',
        lessons: 'lessons/',
        passing: 0.8,
      },
    });
  });

  it('shows the whole lesson, variant 0 for an anonymous learner in English, when only the lesson is named', () => {
    expect(launch('lesson=bowl')).toEqual({
      ok: true,
      launch: { lesson: 'bowl', learner: 'anonymous', lessons: 'lessons/', passing: 0.8 },
    });
  });

  it('reads a SCORM launch page inline configuration, which the address may complete', () => {
    expect(launch('learner=x', { lesson: 'bowl', scorm: '2004', passing: 0.75, lessons: 'lessons/' })).toEqual({
      ok: true,
      launch: { lesson: 'bowl', learner: 'x', lessons: 'lessons/', scorm: '2004', passing: 0.75 },
    });
  });

  it.each([
    ['', 'No lesson was chosen: add ?lesson=<id> to the address, for instance ?lesson=bowl.'],
    ['lesson=../secrets', '“../secrets” is not a lesson id.'],
    ['lesson=bowl&exercise=a/b', '“a/b” is not an exercise id.'],
    ['lesson=bowl&seed=-1', 'The seed “-1” is not a whole number from 0 to 4294967295.'],
    ['lesson=bowl&seed=4294967296', 'The seed “4294967296” is not a whole number from 0 to 4294967295.'],
    ['lesson=bowl&lessons=https://evil.example/', 'The lessons folder must be a relative folder path.'],
    ['lesson=bowl&lessons=../up/', 'The lessons folder must be a relative folder path.'],
    ['lesson=bowl&passing=80', 'The passing score “80” is not a number from 0 to 1.'],
  ])('refuses %j: %s', (query, message) => {
    expect(launch(query)).toEqual({ ok: false, message });
  });
});

describe('the compiled lesson the player fetches: the learner’s language where the lesson is compiled in it', () => {
  const site = (launch('lesson=bowl') as { launch: PlayerLaunch }).launch;
  const scorm = (launch('', { lesson: 'bowl', locales: 'fr' }) as { launch: PlayerLaunch }).launch;
  const none = (launch('', { lesson: 'bowl', locales: '' }) as { launch: PlayerLaunch }).launch;

  it('takes the launch’s locale, else the LMS’s preference, else the browser’s; tags reduced to the catalogue’s', () => {
    expect(learnerLocale(['fr', 'en', 'en-US'])).toBe('fr');
    expect(learnerLocale([undefined, 'fr-FR', 'en-US'])).toBe('fr');
    expect(learnerLocale([undefined, '', 'fr_CA'])).toBe('fr');
    expect(learnerLocale([undefined, 'de-DE', 'EN-gb'])).toBe('en');
    expect(learnerLocale([undefined, '', 'de-DE'])).toBeUndefined(); // then the lesson's own language
  });

  it('names <variant>.<locale>.json where the launch lists the locale (the site: every one), else <variant>.json', () => {
    expect(scorm.locales).toEqual(['fr']);
    expect(none.locales).toEqual([]);
    expect(lessonFile(site, 3, 'fr')).toBe('lessons/bowl/3.fr.json');
    expect(lessonFile(site, 3, 'en')).toBe('lessons/bowl/3.en.json');
    expect(lessonFile(scorm, 3, 'fr')).toBe('lessons/bowl/3.fr.json');
    expect(lessonFile(scorm, 3, 'en')).toBe('lessons/bowl/3.json');
    expect(lessonFile(none, 3, 'fr')).toBe('lessons/bowl/3.json');
    expect(lessonFile(site, 3, undefined)).toBe('lessons/bowl/3.json');
  });
});
