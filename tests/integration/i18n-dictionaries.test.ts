// The web app's two dictionaries stay one glossary in two languages: the same keys, no empty text, and
// the same placeholders ({name}, {count}, ...) in both, so that no page shows a key, a blank or a
// literal '{name}' in one language only.
import { beforeAll, describe, expect, it } from 'vitest';

type Dictionary = Record<string, string>;
let nl: Dictionary;
let en: Dictionary;

beforeAll(async () => {
  // Loaded by path: the web app's modules follow the bundler's import rules, not this project's.
  const load = (name: string) => import(new URL(`../../web/app/i18n/${name}.ts`, import.meta.url).href);
  nl = (await load('nl')).nl;
  en = (await load('en')).en;
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web dictionaries (nl, en)', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty values', () => {
    const empty = (dictionary: Dictionary) =>
      Object.entries(dictionary)
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => key);
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const different = Object.entries(nl)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(en[key] ?? '').join())
      .map(([key, text]) => `${key}: ${placeholders(text)} vs ${placeholders(en[key] ?? '')}`);
    expect(different).toEqual([]);
  });

  it("name the department only through '{department}' (its name is configuration)", () => {
    const named = (dictionary: Dictionary) =>
      Object.entries(dictionary)
        .filter(([, text]) => /Departement Zorg|Department of Care/i.test(text))
        .map(([key]) => key);
    expect(named(nl)).toEqual([]);
    expect(named(en)).toEqual([]);
    expect(nl['app.department']).toBe('{department}');
  });
});
