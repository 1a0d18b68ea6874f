import { describe, expect, it } from 'vitest';
import { freeBuffers, prepareFreeing } from '../../src/io/free-buffers.js';

describe('freeBuffers', () => {
  it('detaches the buffers at once (their memory goes with the dropped message), repeats and empty ones included', async () => {
    await prepareFreeing();
    const a = new Uint32Array(1024).fill(7);
    const b = new Uint8Array(0);
    freeBuffers([a.buffer, a.buffer, b.buffer]);
    expect(a.length).toBe(0);
    expect(a.buffer.byteLength).toBe(0);
    // Already detached: nothing to do, no error.
    freeBuffers([a.buffer]);
  });
});
