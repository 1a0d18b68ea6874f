import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { ExitCode, ResourceError } from '../../src/errors.js';
import { checkMemory, memoryLimit } from '../../src/io/memory-guard.js';

describe('the memory guard', () => {
  it('lets a run go on while its live heap is under the limit', () => {
    expect(() => checkMemory({})).not.toThrow();
  });

  it('stops a run past the limit with a typed error: exit 4, a catalogue message with the numbers', () => {
    let thrown: unknown;
    try {
      checkMemory({ LOGISTIK_MEMORY_LIMIT_MIB: '1' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ResourceError);
    const err = thrown as ResourceError;
    expect(err.exitCode).toBe(ExitCode.Internal);
    expect(err.key).toBe('error.memory');
    expect(err.params.batas).toBe(1);
    expect(err.params.dipakai).toBeGreaterThan(1);
  });

  it('takes a share of V8 limit, or the injected limit when lower (never a higher one)', () => {
    const v8 = getHeapStatistics().heap_size_limit;
    expect(memoryLimit(v8, {})).toBe(Math.floor(v8 * 0.85));
    expect(memoryLimit(v8, { LOGISTIK_MEMORY_LIMIT_MIB: '64' })).toBe(64 * 1024 * 1024);
    expect(memoryLimit(v8, { LOGISTIK_MEMORY_LIMIT_MIB: String(10 ** 9) })).toBe(Math.floor(v8 * 0.85));
    expect(memoryLimit(v8, { LOGISTIK_MEMORY_LIMIT_MIB: 'x' })).toBe(Math.floor(v8 * 0.85));
  });
});
