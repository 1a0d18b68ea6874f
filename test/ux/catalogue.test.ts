/**
 * The one message catalogue (issue 6, point 1): both languages complete and alike, every code and
 * key the source uses present, and no message text built outside it in the CLI.
 */
import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOGUE, MESSAGE_CATALOGUE } from '../../src/core/messages/index.js';
import { callSites, literalTexts, removeCalls, sourceFiles, stripComments, type SourceFile } from './source-scan.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** Every `{id, en}` pair of the catalogue, named for the failure message. */
const PAIRS: [string, { id: string; en: string }][] = [
  ...Object.entries(MESSAGE_CATALOGUE),
  ...Object.entries(ISSUE_CATALOGUE).flatMap(([code, e]) => [
    [`${code}.message`, e.text.message] as [string, { id: string; en: string }],
    [`${code}.hint`, e.text.hint] as [string, { id: string; en: string }],
  ]),
];

const SRC = sourceFiles('src');
const NON_CATALOGUE = SRC.filter((f) => !f.path.startsWith('src/core/messages/'));
const CLI = SRC.filter((f) => f.path.startsWith('src/cli/'));

function matchesIn(files: readonly SourceFile[], re: RegExp): { value: string; where: string }[] {
  return files.flatMap((f) => {
    const code = stripComments(f.text);
    return [...code.matchAll(re)].map((m) => ({ value: m[1] ?? '', where: `${f.path}:${code.slice(0, m.index).split('\n').length}` }));
  });
}

describe('catalogue: both languages', () => {
  it('has entries at all (the scan below is not vacuous)', () => {
    expect(Object.keys(MESSAGE_CATALOGUE).length).toBeGreaterThan(50);
    expect(Object.keys(ISSUE_CATALOGUE).length).toBeGreaterThan(30);
  });

  it.each(PAIRS)('%s has a non-empty id and en text with the same {placeholders}', (_key, pair) => {
    expect(typeof pair.id).toBe('string');
    expect(typeof pair.en).toBe('string');
    expect(pair.id.trim()).not.toBe('');
    expect(pair.en.trim()).not.toBe('');
    expect(placeholders(pair.id)).toEqual(placeholders(pair.en));
  });

  it.each(Object.entries(ISSUE_CATALOGUE))('issue %s has a severity, a message and a hint', (code, entry) => {
    expect(['galat', 'peringatan']).toContain(entry.severity);
    expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.text.message.id).not.toBe(entry.text.hint.id);
  });

  it('does not use an issue code as a message key too (one meaning per name)', () => {
    const both = Object.keys(ISSUE_CATALOGUE).filter((k) => k in MESSAGE_CATALOGUE);
    expect(both).toEqual([]);
  });
});

describe('catalogue: every code and key the source uses is in it', () => {
  // Issue codes are written as literals at the point of emission: `code: 'x'`, `code = c ? 'x' : 'y'`,
  // or as the first argument of a helper whose name ends in "issue"/"Issue" (makeIssue, runIssue,
  // this.issue …), possibly picked by a ternary.
  const KEBAB = "'([a-z0-9]+(?:-[a-z0-9]+)*)'";
  const emitted = [
    ...matchesIn(NON_CATALOGUE, new RegExp(`(?:\\bcode\\s*[:=]\\s*|[iI]ssue\\(\\s*)(?:(?:[^,;()'{}]|'[^']*')*?\\?\\s*)?${KEBAB}`, 'g')),
    ...matchesIn(NON_CATALOGUE, new RegExp(`(?:\\bcode\\s*[:=]\\s*|[iI]ssue\\(\\s*)(?:[^,;()'{}]|'[^']*')*?\\?\\s*'[^']*'\\s*:\\s*${KEBAB}`, 'g')),
  ].filter(
    // zod's own ctx.addIssue({ code: 'custom' }) is a zod code, not ours
    (m) => m.value !== 'custom',
  );

  it('finds the emitted issue codes (the scan is not vacuous)', () => {
    expect(new Set(emitted.map((m) => m.value)).size).toBeGreaterThan(30);
  });

  it('every issue code the source emits has a catalogue entry', () => {
    const missing = emitted.filter((m) => !(m.value in ISSUE_CATALOGUE)).map((m) => `${m.value} (${m.where})`);
    expect(missing).toEqual([]);
  });

  it('every catalogue issue code is emitted somewhere (no dead or misspelt entries)', () => {
    const used = new Set(emitted.map((m) => m.value));
    expect(Object.keys(ISSUE_CATALOGUE).filter((code) => !used.has(code))).toEqual([]);
  });

  it("every t(…, 'key') and d('key') key used in src/ exists", () => {
    const keys = [
      ...matchesIn(NON_CATALOGUE, /\bt\(\s*[\w.]+\s*,\s*'([^']+)'/g),
      ...matchesIn(CLI, /\bd\(\s*'([^']+)'/g),
    ];
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !(k.value in MESSAGE_CATALOGUE)).map((k) => `${k.value} (${k.where})`)).toEqual([]);
  });

  it('every key of a thrown LogistikError exists', () => {
    const keys = matchesIn(NON_CATALOGUE, /new (?:Usage|Config|Input|Output|Logistik)Error\(\s*(?:ExitCode\.\w+\s*,\s*)?'([^']+)'/g);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !(k.value in MESSAGE_CATALOGUE)).map((k) => `${k.value} (${k.where})`)).toEqual([]);
  });

  it('every namespaced key literal in src/cli exists (keys picked by a ternary or a table too)', () => {
    const keys = matchesIn(CLI, /'((?:summary|check|error|usage|help|banding|init|progress)\.[a-z0-9.-]+)'/g);
    expect(keys.filter((k) => !(k.value in MESSAGE_CATALOGUE)).map((k) => `${k.value} (${k.where})`)).toEqual([]);
  });
});

/**
 * What a literal may hold when it is written to a stream: whitespace, punctuation, escapes and
 * ANSI sequences. A word of two or more letters is a message, and messages come from the catalogue.
 */
function wordsIn(literal: string): string[] {
  const bare = literal
    .replace(/\\x1b\[[0-9;]*[A-Za-z]/g, ' ')
    .replace(/\\u001b\[[0-9;]*[A-Za-z]/g, ' ')
    .replace(/\\(x[0-9a-fA-F]{2}|u\{?[0-9a-fA-F]+\}?|.)/g, ' ');
  return bare.match(/\p{L}{2,}/gu) ?? [];
}

/** A written or rendered expression with the calls that produce catalogue text removed. */
function withoutCatalogueCalls(expr: string): string {
  return ['\\bt', '\\bd', '\\brender\\w*', 'JSON\\.stringify'].reduce(removeCalls, expr);
}

describe('no message is built outside the catalogue (src/cli)', () => {
  it('the scanner sees through t(), render*() and JSON.stringify() but not around them', () => {
    expect(literalTexts(withoutCatalogueCalls("`${c.red(t(lang, 'error.prefix'))}: ${t(lang, 'x', { a: 'b c' })}\\n`")).flatMap(wordsIn)).toEqual([]);
    expect(literalTexts(withoutCatalogueCalls("`\\r\\x1b[K${this.line(rows)}`")).flatMap(wordsIn)).toEqual([]);
    expect(literalTexts(withoutCatalogueCalls("`Manifests written to ${out}\\n`")).flatMap(wordsIn)).toEqual(['Manifests', 'written', 'to']);
    expect(literalTexts(withoutCatalogueCalls("c.red('galat: ' + t(lang, 'k'))")).flatMap(wordsIn)).toEqual(['galat']);
  });

  it('finds the writes (the scan is not vacuous)', () => {
    expect(CLI.flatMap((f) => callSites(f.text, '\\.write')).length).toBeGreaterThan(10);
  });

  it('writes to stdout/stderr and summary lines hold no natural-language literal', () => {
    const offenders: string[] = [];
    for (const file of CLI) {
      // `.write(…)` on any stream, and the lines render functions collect before they are written
      const sites = [...callSites(file.text, '\\.write'), ...callSites(file.text, '\\blines\\.push'), ...callSites(file.text, '\\bconsole\\.\\w+')];
      for (const site of sites) {
        const words = literalTexts(withoutCatalogueCalls(site.args)).flatMap(wordsIn);
        if (words.length > 0) offenders.push(`${file.path}:${site.line}: ${words.join(' ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('nothing in src/cli writes through console.* or process.stdout/stderr directly (only the injected io)', () => {
    const direct = matchesIn(CLI, /\b(console\.\w+|process\.(?:stdout|stderr))\b/g).map((m) => `${m.value} (${m.where})`);
    expect(direct).toEqual([]);
  });
});
