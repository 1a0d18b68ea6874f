/**
 * A config's rules in words, part by part (`logistik preset NAME --jelaskan`, and the rules table
 * of laporan.html): the same sentence wherever a rule is shown.
 */
import type { Bagian, Berlaku } from '../config/index.js';
import { rationalToNumber } from '../config/rational.js';
import { formatNumber, t } from '../messages/index.js';
import type { Lang } from '../types.js';

/** The screen's grouping for the whole part, and the language's decimal mark (2,5 % / 2.5 %). */
function formatDecimal(n: number, lang: Lang): string {
  const [whole = '0', fraction] = String(n).split('.');
  const grouped = formatNumber(Number(whole), lang);
  return fraction === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${fraction}`;
}

export function berlakuText(b: Berlaku, lang: Lang): string {
  if (b.provinsiHanya.length > 0) return t(lang, 'jelaskan.berlaku.hanya', { provinsi: b.provinsiHanya.join(', ') });
  if (b.provinsiKecuali.length > 0) return t(lang, 'jelaskan.berlaku.kecuali', { provinsi: b.provinsiKecuali.join(', ') });
  return '';
}

/** The rule of one part in words. */
export function ruleText(b: Bagian, lang: Lang, lingkup: string): string {
  switch (b.jenis) {
    case 'alokasi': {
      const a = b.alokasi;
      const tingkat = t(lang, `jelaskan.tingkat.${a.tingkat}`);
      const basis = t(lang, `jelaskan.basis.${a.basis}`);
      const where = berlakuText(a.berlaku, lang);
      // A fractional ratio is rounded in each holding unit with the item's mode (24.5 → 25).
      const rounded = a.rasio.den > 1 ? t(lang, 'jelaskan.dibulatkan', { pembulatan: t(lang, `jelaskan.pembulatan.${b.item.pembulatan}`) }) : '';
      const rule = t(lang, 'jelaskan.alokasi', { tingkat, rasio: formatDecimal(rationalToNumber(a.rasio), lang), basis, berlaku: where === '' ? '' : `, ${where}` });
      return `${rule}${rounded}`;
    }
    case 'cadangan': {
      const { item } = b;
      const pembulatan = t(lang, `jelaskan.pembulatan.${item.pembulatan}`);
      const cakupan = t(lang, `jelaskan.cakupan.${item.pembulatanCadangan}`);
      return t(lang, 'jelaskan.cadangan', { persen: formatDecimal(rationalToNumber(item.cadanganPersen), lang), pembulatan, cakupan });
    }
    case 'tambahan': {
      const extra = b.item.tambahan;
      if (extra === null) return '';
      const lembaga = t(lang, `jelaskan.lembaga.${extra.disimpanDi}`);
      const dihitung = b.dihitung ? t(lang, 'jelaskan.dihitung', { lingkup }) : t(lang, `jelaskan.tidak-dihitung.${extra.disimpanDi}`);
      return t(lang, 'jelaskan.tambahan', { jumlah: formatNumber(extra.jumlah, lang), per: t(lang, `jelaskan.per.${extra.per}`), lembaga, dihitung });
    }
    case 'pengada':
      return t(lang, 'jelaskan.pengada', { lembaga: t(lang, `jelaskan.lembaga.${b.item.pengada?.lembaga ?? 'kpu_kabkota'}`) });
  }
}

