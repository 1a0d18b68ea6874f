import { describe, expect, it } from 'vitest';
import { CleanVoterFolder, createRollState } from '../../src/core/validate/index.js';

// The benchmark's no-validation mode (src/io/fold.ts, LOGISTIK_BENCH_NO_VALIDATE) counts with
// CleanVoterFolder.count: the rows land in their TPS as add() would put them, without any NIK.
describe('CleanVoterFolder.count', () => {
  const id = { key: '32.01.01.2001|001', kodeKelurahan: '32.01.01.2001', kecamatan: 'A', kelurahan: 'B', tps: '001' };

  it('counts rows in their TPS like add(), and keeps no NIK', () => {
    const counted = createRollState();
    const added = createRollState();
    const c = new CleanVoterFolder(counted, 'a.csv', 'nik');
    const a = new CleanVoterFolder(added, 'a.csv', 'nik');
    for (let line = 2; line < 12; line++) {
      c.count(line, id);
      a.add(line, id, 32010101, 10_000_000 + line);
    }
    a.flush();
    c.flush();
    expect(counted.nik.size).toBe(0);
    expect(added.nik.size).toBe(10);
    const tc = counted.files.get('a.csv')!.tps.get(id.key)!;
    const ta = added.files.get('a.csv')!.tps.get(id.key)!;
    expect([tc.rows, tc.dpt, tc.firstLine]).toEqual([ta.rows, ta.dpt, ta.firstLine]);
    expect(counted.files.get('a.csv')!.records).toBe(10);
  });
});
