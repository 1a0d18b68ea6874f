import type { Lang } from '../core/types.js';

/**
 * Message language: `--lang` first; otherwise the first non-empty of LC_ALL, LC_MESSAGES, LANG
 * decides (English when it starts with `en`). Scanned from argv before commander runs, so that even
 * usage errors speak the user's language.
 */
export function resolveLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { lang: Lang; explicit: boolean } {
  const flag = langFlag(argv)?.value;
  if (flag === 'en' || flag === 'id') return { lang: flag, explicit: true };
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return { lang: fromEnv?.toLowerCase().startsWith('en') ? 'en' : 'id', explicit: false };
}

/** The value of `--lang VALUE` or `--lang=VALUE` (empty when none follows), or undefined without the flag. */
export function langFlag(argv: readonly string[]): { value: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg === '--lang') return { value: argv[i + 1] ?? '' };
    if (arg.startsWith('--lang=')) return { value: arg.slice('--lang='.length) };
  }
  return undefined;
}
