/**
 * `kemas-tps.csv` regrouped the way paper needs it: per TPS (a checklist page), and per TPS and
 * container (a box label). The file is sorted by TPS, container, item and variant; the groups keep
 * that order.
 */
import type { Lang } from '../../types.js';
import { t } from '../../messages/index.js';
import type { KemasTpsRow } from './rows.js';
import type { ItemNames } from './names.js';

export interface TpsGroup {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly rows: readonly KemasTpsRow[];
}

export interface Container {
  readonly tps: TpsGroup;
  readonly wadah: string;
  readonly rows: readonly KemasTpsRow[];
}

/** Items that travel as themselves (boxes, booths) are in no container and get no label. */
export const LOOSE = 'lepas';

export function tpsGroups(rows: readonly KemasTpsRow[]): TpsGroup[] {
  const groups: { kodeKelurahan: string; kecamatan: string; kelurahan: string; tps: string; rows: KemasTpsRow[] }[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && last.kodeKelurahan === r.kodeKelurahan && last.kecamatan === r.kecamatan && last.kelurahan === r.kelurahan && last.tps === r.tps) last.rows.push(r);
    else groups.push({ kodeKelurahan: r.kodeKelurahan, kecamatan: r.kecamatan, kelurahan: r.kelurahan, tps: r.tps, rows: [r] });
  }
  return groups;
}

export function containers(groups: readonly TpsGroup[]): Container[] {
  return groups.flatMap((g) => {
    const byWadah = new Map<string, KemasTpsRow[]>();
    for (const r of g.rows) if (r.wadah !== LOOSE) byWadah.set(r.wadah, [...(byWadah.get(r.wadah) ?? []), r]);
    return [...byWadah.entries()].map(([wadah, rs]) => ({ tps: g, wadah, rows: rs }));
  });
}

/**
 * A container's name on paper: a ballot box by the ballot it holds (`Kotak suara PPWP (…)`), the
 * known containers by the catalogue, any other by its code in words.
 */
export function wadahName(wadah: string, rows: readonly KemasTpsRow[], names: ItemNames, lang: Lang, short = false): string {
  if (wadah === LOOSE || wadah === 'perlengkapan_tps') return t(lang, `cetak.wadah.${wadah}`);
  const kodes = [...new Set(rows.map((r) => r.kodeBarang))];
  if (wadah.startsWith('kotak_') && kodes.length === 1 && kodes[0] !== undefined) {
    const full = names.nama(kodes[0]).replace(/^surat suara\s+/i, '');
    // A checklist column is narrow: `PPWP`, not `PPWP (Presiden dan Wakil Presiden)`.
    const nama = short ? full.replace(/\s*\(.*\)$/, '') : full;
    return t(lang, 'cetak.wadah.kotak', { jenis: nama });
  }
  return wadah.replace(/_/g, ' ');
}

/** The dapil of what a container holds ('' when its items vary by none). */
export function dapilOf(rows: readonly KemasTpsRow[]): string {
  return [...new Set(rows.map((r) => r.varian).filter((v) => v !== ''))].join(', ');
}
