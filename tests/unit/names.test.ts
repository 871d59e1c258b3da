import { describe, expect, it } from 'vitest';
import { capitalized, colon, commaList, indicatorName, inBrackets, joinSentences, loadDataset, nameIn, scopeName, type Lang } from '../../src/core';
import { base } from './fixtures';

describe('names in the reader\'s language', () => {
  const data = loadDataset(base).dataset;

  it.each([
    ['en', 'new_alumina', 'new alumina plants'],
    ['zh', 'new_alumina', '新建氧化铝企业'],
    ['en', 'no_such_scope', 'no_such_scope'],
  ] as const)('scope %s %s → %s (as it reads inside a sentence; the id when unknown)', (lang, id, expected) => {
    expect(scopeName(data, id, lang)).toBe(expected);
  });

  it('names an indicator, or gives its id when it is unknown', () => {
    const first = data.indicators[0];
    expect(indicatorName(data, first.indicatorId, 'zh')).toBe(first.nameZh);
    expect(indicatorName(data, first.indicatorId, 'en')).toBe(first.nameEn);
    expect(nameIn('en', first)).toBe(first.nameEn);
    expect(indicatorName(data, 'nothing', 'en')).toBe('nothing');
  });

  it.each([
    ['en', 'existing alumina plants', 'Existing alumina plants'],
    ['en', 'the whole Chinalco group', 'The whole Chinalco group'],
    ['en', 'Chalco Guangxi Branch', 'Chalco Guangxi Branch'],
    ['en', '', ''],
    ['zh', '存量氧化铝企业', '存量氧化铝企业'],
  ] as const)('capitalized(%s, "%s") → "%s": only English, only the first letter', (lang, text, expected) => {
    expect(capitalized(text, lang as Lang)).toBe(expected);
  });
});

describe('punctuation that differs between the languages', () => {
  it.each([
    ['zh', '范围：', '数值（亿元）', '甲、乙', '第一句。第二句。'],
    ['en', 'Scope: ', 'Value (CNY billion)', 'a, b', 'One. Two.'],
  ] as const)('%s', (lang, label, bracketed, list, sentences) => {
    expect(`${lang === 'zh' ? '范围' : 'Scope'}${colon(lang)}`).toBe(label);
    expect(`${lang === 'zh' ? '数值' : 'Value'}${inBrackets(lang === 'zh' ? '亿元' : 'CNY billion', lang)}`).toBe(bracketed);
    expect(commaList(lang === 'zh' ? ['甲', '乙'] : ['a', 'b'], lang)).toBe(list);
    expect(joinSentences(lang, ...(lang === 'zh' ? ['第一句。', '', '第二句。'] : ['One.', '', 'Two.']))).toBe(sentences);
  });
});
