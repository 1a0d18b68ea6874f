/** Merged input → resolved values: completeness checks, defaults, decimals → rationals. */
import type { Problem } from './problems.js';
import type { MergedItem } from './merge.js';
import { toRational } from './rational.js';
import type { AlokasiInput, BarangInput, BerlakuInput, ConfigInput, PengadaInput, TambahanInput } from './schema.js';
import type { Berlaku, ResolvedAlokasi, ResolvedBarang, ResolvedConfig, ResolvedPengada, ResolvedTambahan } from './resolved.js';

export const DEFAULTS = {
  cadangan_persen: 0,
  pembulatan: 'atas',
  pembulatan_cadangan: 'per_unit',
  isi_kemasan: 1,
  // A run is for one KPU Kab/Kota unless it says otherwise; extras without a holder are that KPU's.
  lingkup: 'kabkota',
  disimpan_di: 'kpu_kabkota',
} as const;

export function toBerlaku(b: BerlakuInput | undefined): Berlaku {
  return { provinsiHanya: b?.provinsi_hanya ?? [], provinsiKecuali: b?.provinsi_kecuali ?? [] };
}

function toAlokasi(a: AlokasiInput): ResolvedAlokasi {
  return {
    tingkat: a.tingkat,
    basis: a.basis,
    rasio: toRational(a.rasio),
    berlaku: toBerlaku(a.berlaku),
    sumber: a.sumber ?? null,
    keyakinan: a.keyakinan ?? null,
  };
}

function toTambahan(t: TambahanInput | null | undefined): ResolvedTambahan | null {
  if (t === null || t === undefined) return null;
  const disimpanDi = t.disimpan_di ?? DEFAULTS.disimpan_di;
  return { jumlah: t.jumlah, per: t.per, disimpanDi, sumber: t.sumber ?? null, keyakinan: t.keyakinan ?? null };
}

function toPengada(p: PengadaInput | null | undefined): ResolvedPengada | null {
  if (p === null || p === undefined) return null;
  return { lembaga: p.lembaga, sumber: p.sumber ?? null, keyakinan: p.keyakinan ?? null };
}

/** Problems of an item that only show once preset and override are merged. */
function itemProblems(item: BarangInput, where: string, suggestion: string | undefined): Problem[] {
  const missing = (['nama', 'satuan', 'alokasi'] as const).filter((field) => item[field] === undefined);
  const problems: Problem[] = [];
  // Only overrides for a code the preset lacks: the code is wrong (a typo, or another preset's
  // item), not three fields missing. Say that, with the nearest preset code.
  if (missing.length === 3 || (missing.length > 0 && suggestion !== undefined)) {
    problems.push({
      path: `${where}.kode`,
      message: `no item ${item.kode} in the preset`,
      key: 'config.problem.kode-unknown',
      params: { kode: item.kode },
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  } else {
    for (const field of missing) {
      problems.push({ path: `${where}.${field}`, message: `required for item ${item.kode} (not in the extended preset)`, key: 'config.problem.field-required', params: { field, kode: item.kode } });
    }
  }
  // A fixed extra "per run" has no single dapil row to sit on when the item varies by dapil.
  if (item.varian && item.tambahan?.per === 'kegiatan') {
    problems.push({ path: `${where}.tambahan.per`, message: 'an item with varian dapil takes tambahan per dapil', key: 'config.problem.varian-tambahan' });
  }
  return problems;
}

export function buildItems(merged: readonly MergedItem[], problems: Problem[]): ResolvedBarang[] {
  const out: ResolvedBarang[] = [];
  merged.forEach(({ item, origin, suggestion }) => {
    const found = itemProblems(item, origin ?? `extends(${item.kode})`, suggestion);
    problems.push(...found);
    if (found.length > 0) return;
    out.push({
      kode: item.kode,
      nama: item.nama ?? '',
      satuan: item.satuan ?? '',
      alokasi: (item.alokasi ?? []).map(toAlokasi),
      cadanganPersen: toRational(item.cadangan_persen ?? DEFAULTS.cadangan_persen),
      pembulatan: item.pembulatan ?? DEFAULTS.pembulatan,
      pembulatanCadangan: item.pembulatan_cadangan ?? DEFAULTS.pembulatan_cadangan,
      tambahan: toTambahan(item.tambahan),
      isiKemasan: item.isi_kemasan ?? DEFAULTS.isi_kemasan,
      jenisDapil: item.varian?.jenis_dapil ?? null,
      berlaku: toBerlaku(item.berlaku),
      pengada: toPengada(item.pengada),
      sumber: item.sumber ?? null,
      keyakinan: item.keyakinan ?? null,
    });
  });
  return out;
}

type Top = Omit<ResolvedConfig, 'preset' | 'barang' | 'dihapus' | 'kemas'>;

export function buildTop(top: ConfigInput, problems: Problem[]): Top | null {
  const { nama, pemilihan, hari_pemungutan, kapasitas_tps } = top;
  const missing = Object.entries({ nama, pemilihan, hari_pemungutan, kapasitas_tps })
    .filter(([, v]) => v === undefined)
    .map(([k]) => ({ path: k, message: 'required (the preset has none)', key: 'config.problem.required' }));
  problems.push(...missing);
  if (nama === undefined || pemilihan === undefined || hari_pemungutan === undefined || kapasitas_tps === undefined) {
    return null;
  }
  return { nama, pemilihan, hariPemungutan: hari_pemungutan, kapasitasTps: kapasitas_tps, lingkup: top.lingkup ?? DEFAULTS.lingkup };
}
