import type { CommanderError } from 'commander';
import { t } from '../core/messages/index.js';
import type { CommandContext } from './context.js';

/**
 * commander writes its errors in English; we silence its output and say the same thing from the
 * catalogue, keeping its "did you mean" suggestion (its quoted token and suggestion are data).
 */
export function renderCommanderError(err: CommanderError, ctx: CommandContext): string {
  return `${ctx.color.red(t(ctx.lang, 'error.prefix'))}: ${commanderMessage(err, ctx)}\n${t(ctx.lang, 'usage.see-help')}\n`;
}

/** The catalogue's sentence for a commander error, with its suggestion. */
export function commanderMessage(err: CommanderError, ctx: CommandContext): string {
  const token = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+)\?/.exec(err.message)?.[1];
  const key = COMMANDER_KEYS[err.code] ?? 'usage.commander';
  const text = t(ctx.lang, key, { token, detail: err.message.replace(/^error: /, '') });
  return suggestion ? `${text} ${t(ctx.lang, 'usage.did-you-mean', { suggestion })}` : text;
}

const COMMANDER_KEYS: Record<string, string> = {
  'commander.unknownCommand': 'usage.unknown-command',
  'commander.unknownOption': 'usage.unknown-option',
  'commander.missingArgument': 'usage.missing-argument',
  'commander.optionMissingArgument': 'usage.option-missing-argument',
  'commander.excessArguments': 'usage.excess-arguments',
  'commander.missingMandatoryOptionValue': 'usage.option-missing-argument',
};
