import { describe, expect, it } from 'vitest';
import { buildCommandRingkasan, ringkasanText } from '../../src/core/report/ringkasan.js';
import { withRingkasan } from '../../src/cli/outputs.js';
import { summarizeIssues } from '../../src/core/report/issue-tally.js';
import { parseRecordedRun } from '../../src/core/manifest/index.js';
import { sha256Hex } from '../audit/helpers.js';

/**
 * The ringkasan.json of the later commands (terima, kemas, petakan, cetak; contract, second half):
 * `versi_format, alat, perintah, masukan, <own totals>, masalah, keluaran`, built through the same
 * builder as hitung's, with the digests of the files actually written.
 */
const SHA = (c: string): string => c.repeat(64);

describe('buildCommandRingkasan + withRingkasan', () => {
  it('orders the keys as the contract does, sorts masukan and keluaran, and hashes the files written', () => {
    const set = withRingkasan(
      [
        { name: 'usulan-pemenuhan.csv', data: 'pengada,kode_barang\n' },
        { name: 'rekonsiliasi.csv', data: 'kode_barang\n' },
      ],
      (keluaran) =>
        buildCommandRingkasan({
          alat: { nama: 'logistik', versi: '0.1.0' },
          perintah: 'terima',
          // A manifest's files as the reader lists them, and a receipt table with its own counts.
          masukan: [
            { berkas: 'penerimaan.csv', sha256: SHA('b'), baris_data: 3, dihitung: 3, ditolak: 0 },
            { berkas: 'manifest/ringkasan.json', sha256: SHA('a') },
          ],
          totals: { rekonsiliasi: { lengkap: 1, kurang: 0 } },
          masalah: summarizeIssues([{ code: 'x-y', severity: 'peringatan', file: 'penerimaan.csv', line: 2, column: null, params: {} }]),
          keluaran,
          waktu: null,
        }),
    );
    const doc = set.ringkasan;
    expect(Object.keys(doc)).toEqual(['versi_format', 'alat', 'perintah', 'masukan', 'rekonsiliasi', 'masalah', 'keluaran']);
    expect(doc.masukan).toEqual([
      { berkas: 'manifest/ringkasan.json', sha256: SHA('a') },
      { berkas: 'penerimaan.csv', sha256: SHA('b'), baris_data: 3, dihitung: 3, ditolak: 0 },
    ]);
    expect(doc.keluaran).toEqual([
      { berkas: 'rekonsiliasi.csv', sha256: sha256Hex('kode_barang\n') },
      { berkas: 'usulan-pemenuhan.csv', sha256: sha256Hex('pengada,kode_barang\n') },
    ]);
    expect(doc.masalah).toEqual({ galat: 0, peringatan: 1, per_kode: { 'x-y': 1 }, baris_pertama: { 'x-y': [{ berkas: 'penerimaan.csv', baris: 2 }] }, tidak_ditampilkan: 0 });
    // ringkasan.json is the last file, and the manifest reader accepts what the builder writes.
    expect(set.files.at(-1)).toEqual({ name: 'ringkasan.json', data: ringkasanText(doc) });
    expect(parseRecordedRun(doc).ok).toBe(true);
  });

  it('adds waktu last, only when given', () => {
    const doc = buildCommandRingkasan({ alat: { nama: 'logistik', versi: '0.1.0' }, perintah: 'cetak', masukan: [], totals: {}, masalah: summarizeIssues([]), keluaran: [], waktu: '2024-02-14T00:00:00.000Z' });
    expect(Object.keys(doc)).toEqual(['versi_format', 'alat', 'perintah', 'masukan', 'masalah', 'keluaran', 'waktu']);
  });
});
