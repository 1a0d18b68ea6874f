/** A state's files as columns (tps-columns.ts, the byte ranges' hand-over) come back as they were. */
import { describe, expect, it } from 'vitest';
import { filesFromData, filesToData, StringTable, stringsOf } from '../../src/core/validate/tps-columns.js';
import { fold, nikNo, voter, type Rec } from './helpers.js';

const at = (file: string, line: number, over: Parameters<typeof voter>[0]): Rec => ({ file, line, cells: voter(over) });

describe('TPS columns', () => {
  it('round-trips files, TPS, name tallies, rejected TPS and footers, sharing each distinct string', () => {
    const rows: Rec[] = [];
    for (let i = 0; i < 60; i++) {
      const file = i % 3 === 0 ? 'b.csv' : 'ä/a.csv';
      // Two TPS per file, a second spelling in some rows, a rejected row, a duplicate NIK.
      const kelurahan = i % 7 === 0 ? 'PRABUMULIH' : 'Prabumulih';
      rows.push(at(file, 2 + i, { nik: nikNo(i % 50), tps: String(1 + (i % 2)), kelurahan, ...(i === 5 ? { jenis_kelamin: 'X' } : {}) }));
    }
    const state = fold(rows);
    const table = new StringTable();
    const data = filesToData(state.files, table);
    const strings = stringsOf(structuredClone(table.toData()));
    const back = filesFromData(structuredClone(data), strings);
    expect(back).toEqual(state.files);
    // One string per distinct value: the pair, the codes and the file names are not repeated per TPS.
    expect(new Set(strings).size).toBe(strings.length);
    const [a, b] = [...back.values()].map((f) => [...f.tps.values()]);
    expect(a![0]!.kodeKelurahan).toBe(b![0]!.kodeKelurahan);
  });

  it('round-trips an empty state', () => {
    const table = new StringTable();
    const data = filesToData(new Map(), table);
    expect(filesFromData(data, stringsOf(table.toData()))).toEqual(new Map());
  });
});
