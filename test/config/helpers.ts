import { ConfigError } from '../../src/errors.js';
import { resolveConfig } from '../../src/core/config/index.js';

/** The ConfigError that resolving `config` throws (fails the test when it resolves). */
export function configError(config: unknown): ConfigError {
  try {
    resolveConfig({ config });
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}
