// Both languages say everything: the same keys (plural forms aside), no empty strings, the
// same {{placeholders}}, and Vietnamese written with its diacritics.
import { describe, expect, it } from 'vitest';
import { messages } from '../../../../renderer/src/i18n/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const enKeys = flatten(messages.en as Tree);
const viKeys = flatten(messages.vi as Tree);

describe('translations', () => {
  it('have the same keys in English and Vietnamese', () => {
    const enBase = new Set([...enKeys.keys()].map(base));
    const viBase = new Set([...viKeys.keys()].map(base));
    expect([...enBase].filter((k) => !viBase.has(k))).toEqual([]);
    expect([...viBase].filter((k) => !enBase.has(k))).toEqual([]);
  });

  it('give Vietnamese the one plural form it uses, "other"', () => {
    for (const key of viKeys.keys()) if (PLURAL.test(key)) expect(key).toMatch(/_other$/);
    for (const key of enKeys.keys()) {
      if (key.endsWith('_one')) expect(viKeys.has(key.replace(/_one$/, '_other'))).toBe(true);
    }
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...enKeys, ...viKeys]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of viKeys) {
      const enValue = enKeys.get(key) ?? enKeys.get(key.replace(/_other$/, '_one')) ?? '';
      expect(placeholders(value), key).toEqual(placeholders(enValue));
    }
  });

  it('write Vietnamese with diacritics (no ASCII-only sentences)', () => {
    const sentences = [...viKeys.entries()].filter(([, v]) => v.split(' ').length >= 4);
    const bare = sentences.filter(([, v]) => !/[^ -~]/.test(v)).map(([k]) => k);
    expect(bare).toEqual([]);
  });
});
