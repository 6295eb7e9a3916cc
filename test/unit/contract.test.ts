import { describe, expect, it } from 'vitest';
import { resolveConfig, resolveLanguage } from '../../src/config.js';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import { langFromLocale, translator } from '../../src/i18n/index.js';
import { chooseFormat } from '../../src/render/output.js';
import { colorLevel } from '../../src/runtime.js';
import { testRuntime } from '../helpers/runtime.js';

const tty = { isTTY: true } as never;
const pipe = { isTTY: false } as never;

describe('colour', () => {
  it('is on for a terminal only', () => {
    expect(colorLevel(tty, {}, undefined, 2)).toBe(2);
    expect(colorLevel(pipe, {}, undefined, 2)).toBe(0);
  });
  it('honours NO_COLOR, FORCE_COLOR and the flags, flags first', () => {
    expect(colorLevel(tty, { NO_COLOR: '1' }, undefined, 2)).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '' }, undefined, 2)).toBe(2);
    expect(colorLevel(pipe, { FORCE_COLOR: '1' }, undefined, 0)).toBe(1);
    expect(colorLevel(tty, { FORCE_COLOR: '0' }, undefined, 2)).toBe(0);
    expect(colorLevel(tty, {}, false, 2)).toBe(0);
    expect(colorLevel(pipe, { NO_COLOR: '1' }, true, 0)).toBe(1);
  });
});

describe('language', () => {
  it('resolves flag, then workspace, then locale, then English', () => {
    expect(resolveLanguage('id', 'en', { LANG: 'en_US.UTF-8' })).toBe('id');
    expect(resolveLanguage(undefined, 'id', { LANG: 'en_US.UTF-8' })).toBe('id');
    expect(resolveLanguage(undefined, undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(resolveLanguage(undefined, undefined, { LC_ALL: 'de_DE', LANG: 'id_ID' })).toBe('en');
    expect(resolveLanguage(undefined, undefined, {})).toBe('en');
    expect(langFromLocale('in_ID')).toBe('id');
  });
  it('has an Indonesian text for every English message, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(id[key], key).toBeTruthy();
      expect(names(id[key]), key).toEqual(names(en[key]));
    }
  });
  it('fills placeholders', () => {
    expect(translator('id')('output.written', { file: 'out/skor.csv' })).toBe('Menulis out/skor.csv');
  });
});

describe('layered configuration', () => {
  it('takes defaults, then the workspace, then flags', () => {
    const base = resolveConfig(undefined, {});
    expect(base.criteria.map((c) => c.id)).toEqual(DEFAULT_CRITERIA.map((c) => c.id));
    expect(base.scale).toEqual({ min: 1, max: 5 });
    const ws = resolveConfig(
      { version: 1, language: 'id', survey: { scale: { min: 0, max: 10 }, missing: ['TT'] } },
      {},
    );
    expect(ws.lang).toBe('id');
    expect(ws.scale).toEqual({ min: 0, max: 10 });
    expect(ws.missing).toContain('tt');
    const flags = resolveConfig(
      { version: 1, language: 'id', survey: { scale: { min: 0, max: 10 } } },
      { lang: 'en', scale: { min: 1, max: 7 } },
    );
    expect(flags.lang).toBe('en');
    expect(flags.scale).toEqual({ min: 1, max: 7 });
  });
});

describe('output format', () => {
  const { rt } = testRuntime({ cwd: '/' });
  const all = ['table', 'md', 'csv', 'json'] as const;
  it('uses --json/--format, then the -o extension, then a table', () => {
    expect(chooseFormat(rt, { json: true }, all)).toBe('json');
    expect(chooseFormat(rt, { format: 'md' }, all)).toBe('md');
    expect(chooseFormat(rt, { output: 'out/skor.CSV' }, all)).toBe('csv');
    expect(chooseFormat(rt, {}, all)).toBe('table');
  });
  it('refuses a format the command cannot write, and --json with another --format', () => {
    expect(() => chooseFormat(rt, { format: 'html' }, all)).toThrow(/html/);
    expect(() => chooseFormat(rt, { json: true, format: 'csv' }, all)).toThrow(/--json/);
  });
});
