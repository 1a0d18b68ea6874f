/**
 * `logistik preset NAME --jelaskan` and the "basis of the numbers" block after a run: every number
 * of the config with its rule in words and a mark saying what it rests on ([hukum]/[law],
 * [laporan]/[reported], [simpulan]/[inferred]), so an auditor sees at once which numbers are law.
 */
import type { ChalkInstance } from 'chalk';
// explain.js, not the config index (which loads zod): the run summary of hitung shows this.
import type { Keyakinan, ResolvedConfig } from '../core/config/index.js';
import { explainConfig, KEYAKINAN_ORDER, weakestKeyakinan, type Penjelasan } from '../core/config/explain.js';
import { formatNumber, t } from '../core/messages/index.js';
import { berlakuText, ruleText } from '../core/render/rule-text.js';
import type { Lang } from '../core/types.js';

export function markOf(k: Keyakinan | null, lang: Lang): string {
  return `[${t(lang, `jelaskan.tanda.${k ?? 'none'}`)}]`;
}

function itemLines(p: Penjelasan, config: ResolvedConfig, lang: Lang, c: ChalkInstance, width: number): string[] {
  const { item } = p;
  const lines = [c.bold(t(lang, 'jelaskan.barang', { kode: item.kode, nama: item.nama, satuan: item.satuan }))];
  const pad = ' '.repeat(width + 1);
  const itemBerlaku = berlakuText(item.berlaku, lang);
  if (itemBerlaku !== '') lines.push(`  ${pad}${t(lang, 'jelaskan.berlaku', { berlaku: itemBerlaku })}`);
  for (const b of p.bagian) {
    const mark = markOf(b.keyakinan, lang);
    lines.push(`  ${mark.padEnd(width)} ${ruleText(b, lang, config.lingkup)}`);
    lines.push(c.dim(`  ${pad}${b.sumber === null ? t(lang, 'jelaskan.sumber-kosong') : t(lang, 'jelaskan.sumber', { sumber: b.sumber })}`));
  }
  if (item.cadanganPersen.num === 0) lines.push(`  ${pad}${t(lang, 'jelaskan.tanpa-cadangan')}`);
  if (item.isiKemasan > 1) lines.push(`  ${pad}${t(lang, 'jelaskan.kemasan', { isi: formatNumber(item.isiKemasan, lang) })}`);
  if (item.pengada === null) lines.push(`  ${pad}${t(lang, 'jelaskan.pengada-kosong')}`);
  return lines;
}

/** The whole view: title, legend, every item, and how many parts rest on what. */
export function renderJelaskan(config: ResolvedConfig, lang: Lang, c: ChalkInstance): string {
  const explained = explainConfig(config);
  const width = Math.max(...KEYAKINAN_ORDER.map((k) => markOf(k, lang).length));
  const title = t(lang, 'jelaskan.judul', { nama: config.nama, preset: config.preset, hari: config.hariPemungutan, kapasitas: formatNumber(config.kapasitasTps, lang), lingkup: config.lingkup });
  const lines = [c.bold(title), t(lang, 'jelaskan.legenda'), ''];
  for (const p of explained) lines.push(...itemLines(p, config, lang, c, width), '');
  const parts = explained.flatMap((p) => p.bagian);
  const count = (k: Keyakinan | null): number => parts.filter((b) => b.keyakinan === k).length;
  lines.push(t(lang, 'jelaskan.jumlah', { n: parts.length, primary: count('primary'), reported: count('reported'), inferred: count('inferred'), none: count(null) }));
  return `${lines.join('\n')}\n`;
}

/**
 * The block after a run: the items of pengadaan.csv grouped by the weakest mark among the numbers
 * that counted (a PSU stock the run does not hold does not count), law first.
 */
export function renderDasarAngka(config: ResolvedConfig, detail: string, lang: Lang, c: ChalkInstance): string[] {
  const byMark = new Map<Keyakinan | null, string[]>();
  for (const p of explainConfig(config)) {
    const k = weakestKeyakinan(p);
    byMark.set(k, [...(byMark.get(k) ?? []), p.item.kode]);
  }
  const lines = [c.bold(t(lang, 'dasar.judul', { perintah: detail }))];
  for (const k of [...KEYAKINAN_ORDER].reverse()) {
    const kodes = byMark.get(k);
    if (kodes) lines.push(`  ${markOf(k, lang)} ${kodes.join(', ')}`);
  }
  return lines;
}
