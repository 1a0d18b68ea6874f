import { describe, expect, it } from 'vitest';
import { operands, startRangeWorkersEarly } from '../../src/cli/early-workers.js';

/** The command line is read before commander does, only to start a large roll's range workers early. */
describe('startRangeWorkersEarly (range workers started from the command line)', () => {
  it('finds the command and its inputs, not the options nor their values', () => {
    expect(operands(['--lang', 'en', 'hitung', '-p', 'pemilu-2024', 'a.csv', '--out', 'o', '--allow-invalid', 'b.csv'])).toEqual(['hitung', 'a.csv', 'b.csv']);
    expect(operands(['validasi', '--delimiter', ';', '-', '--', '--odd.csv'])).toEqual(['validasi', '-', '--odd.csv']);
    expect(operands(['hitung', '--out=o', 'a.csv'])).toEqual(['hitung', 'a.csv']);
  });

  it('starts nothing for another command, or without an input', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd() };
    expect(await startRangeWorkersEarly(['kemas', 'manifest'], io)).toBeNull();
    expect(await startRangeWorkersEarly(['hitung'], io)).toBeNull();
    expect(await startRangeWorkersEarly(['--version'], io)).toBeNull();
  });
});
