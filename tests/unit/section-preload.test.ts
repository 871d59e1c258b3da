import { describe, expect, it } from 'vitest';
import { bootScript, type PreloadManifest } from '../../scripts/sectionPreload';
import { initialLang } from '../../src/shared/i18n';

const MANIFEST: PreloadManifest = {
  prefix: '/assets/',
  suffix: '.js',
  lists: [['Chart-a1', 'series-b2'], ['Slides-c3'], ['en-d4'], ['zh-e5']],
  sections: { energy: 0, water: 0, slides: 1 },
  lang: { en: 2, zh: 3 },
};

/** Runs the boot script against a fake page and returns the hrefs of the modulepreload links it added. */
function run(search: string, languages: readonly string[]): string[] {
  const links: Array<{ rel: string; href: string }> = [];
  const document = { createElement: () => ({ rel: '', href: '' }), head: { appendChild: (l: { rel: string; href: string }) => links.push(l) } };
  const navigator = { languages, language: languages[0] ?? '' };
  new Function('location', 'navigator', 'document', bootScript(MANIFEST))({ search }, navigator, document);
  expect(links.every((l) => l.rel === 'modulepreload')).toBe(true);
  return links.map((l) => l.href);
}

describe('the boot script that preloads a section\'s code', () => {
  it.each([
    ['?section=energy&lang=zh', ['en-US'], ['/assets/Chart-a1.js', '/assets/series-b2.js', '/assets/zh-e5.js']],
    ['?section=water', ['en-GB'], ['/assets/Chart-a1.js', '/assets/series-b2.js', '/assets/en-d4.js']],
    ['?section=slides&slide=3', ['zh-CN'], ['/assets/Slides-c3.js', '/assets/zh-e5.js']],
    ['?section=overview', ['fr-FR', 'zh-TW'], ['/assets/zh-e5.js']],
    ['?section=__proto__', ['en'], ['/assets/en-d4.js']],
    ['', [], ['/assets/en-d4.js']],
  ])('%s with browser languages %j preloads %j', (search, languages, expected) => {
    expect(run(search, languages)).toEqual(expected);
  });

  it.each([
    ['?lang=en', ['zh-CN']], ['?lang=zh', ['en']], ['?lang=fr', ['de', 'zh-Hant', 'en']], ['', ['EN-us', 'zh']],
    ['', ['de']], ['', []], ['?lang=', ['ZH']], ['', ['es', 'en-US', 'zh-CN']],
  ])('picks the same language as the app for %j %j', (search, languages) => {
    const lang = initialLang(search, languages);
    expect(run(search, languages).at(-1)).toBe(`/assets/${lang === 'zh' ? 'zh-e5' : 'en-d4'}.js`);
  });
});
