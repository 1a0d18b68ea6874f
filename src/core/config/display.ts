/**
 * `configForDisplay`: the resolved config as a complete JSON config (what `logistik preset NAME`
 * prints). It is valid `--config` input and resolves to an equal config: it names its preset in
 * `extends`, gives every item in full, writes `null` / `{}` where an override cleared a preset
 * field, and lists removed preset items as `{ kode, hapus: true }`.
 */
import { kemasForDisplay } from './kemas.js';
import { presetInput } from './presets/index.js';
import { rationalToNumber } from './rational.js';
import type { Berlaku, ResolvedAlokasi, ResolvedBarang, ResolvedConfig, ResolvedPengada, ResolvedTambahan, Sumber } from './resolved.js';
import type { BarangInput } from './schema.js';

type Json = Record<string, unknown>;

function berlakuJson(b: Berlaku): Json | undefined {
  const out: Json = {};
  if (b.provinsiHanya.length > 0) out['provinsi_hanya'] = [...b.provinsiHanya];
  if (b.provinsiKecuali.length > 0) out['provinsi_kecuali'] = [...b.provinsiKecuali];
  return Object.keys(out).length > 0 ? out : undefined;
}

function sumberJson(s: Sumber): Json {
  const out: Json = {};
  if (s.sumber !== null) out['sumber'] = s.sumber;
  if (s.keyakinan !== null) out['keyakinan'] = s.keyakinan;
  return out;
}

function alokasiJson(a: ResolvedAlokasi): Json {
  const berlaku = berlakuJson(a.berlaku);
  return {
    tingkat: a.tingkat,
    basis: a.basis,
    rasio: rationalToNumber(a.rasio),
    ...(berlaku ? { berlaku } : {}),
    ...sumberJson(a),
  };
}

/** Fields the preset item sets that the resolved item has cleared must be cleared explicitly. */
function clearings(item: ResolvedBarang, base: BarangInput | undefined): Json {
  const out: Json = {};
  if (!base) return out;
  if (item.tambahan === null && base.tambahan) out['tambahan'] = null;
  if (item.jenisDapil === null && base.varian) out['varian'] = null;
  if (item.pengada === null && base.pengada) out['pengada'] = null;
  if (berlakuJson(item.berlaku) === undefined && base.berlaku) out['berlaku'] = {};
  return out;
}

function tambahanJson(t: ResolvedTambahan): Json {
  return { jumlah: t.jumlah, per: t.per, disimpan_di: t.disimpanDi, ...sumberJson(t) };
}

function pengadaJson(p: ResolvedPengada): Json {
  return { lembaga: p.lembaga, ...sumberJson(p) };
}

function itemJson(item: ResolvedBarang, base: BarangInput | undefined): Json {
  const berlaku = berlakuJson(item.berlaku);
  return {
    kode: item.kode,
    nama: item.nama,
    satuan: item.satuan,
    alokasi: item.alokasi.map(alokasiJson),
    cadangan_persen: rationalToNumber(item.cadanganPersen),
    pembulatan: item.pembulatan,
    pembulatan_cadangan: item.pembulatanCadangan,
    ...(item.tambahan ? { tambahan: tambahanJson(item.tambahan) } : {}),
    isi_kemasan: item.isiKemasan,
    ...(item.jenisDapil !== null ? { varian: { jenis: 'dapil', jenis_dapil: item.jenisDapil } } : {}),
    ...(berlaku ? { berlaku } : {}),
    ...(item.pengada ? { pengada: pengadaJson(item.pengada) } : {}),
    ...sumberJson(item),
    ...clearings(item, base),
  };
}

export function configForDisplay(c: ResolvedConfig): unknown {
  const baseItems = presetInput(c.preset)?.barang ?? [];
  const baseOf = (kode: string) => baseItems.find((b) => b.kode === kode);
  return {
    extends: c.preset,
    nama: c.nama,
    pemilihan: c.pemilihan,
    hari_pemungutan: c.hariPemungutan,
    kapasitas_tps: c.kapasitasTps,
    lingkup: c.lingkup,
    barang: [
      ...c.barang.map((item) => itemJson(item, baseOf(item.kode))),
      ...c.dihapus.map((kode) => ({ kode, hapus: true })),
    ],
    kemas: kemasForDisplay(c.kemas),
  };
}

/**
 * The resolved config as `logistik preset NAME` prints it and as konfigurasi.json holds it: 2-space
 * JSON with a trailing newline. `konfigurasi_sha256` is the SHA-256 of exactly these bytes, so an
 * auditor can check it with `logistik preset NAME | sha256sum` or `sha256sum konfigurasi.json`.
 */
export function configText(c: ResolvedConfig): string {
  return `${JSON.stringify(configForDisplay(c), null, 2)}\n`;
}
