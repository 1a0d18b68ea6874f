/**
 * The printed pages in a real browser (issue 14.2): headless Chromium (Debian's `chromium`) opens
 * every page `logistik cetak` writes with scripts off and nothing fetched, prints it to A4 PDF, and
 * poppler reads the PDF back: the page count the data implies, every table row whole on one page,
 * no word past the right margin, and every number equal to the CSV it comes from (grouped for
 * paper). A screenshot of each page's top is compared with the stored one within a small
 * tolerance (UPDATE_SCREENSHOTS=1 stores new ones). One browser for the file; small folders: the
 * Kepulauan Seribu recap (73 TPS) and the folders made from it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { formatNumber } from '../../src/core/messages/index.js';
import type { Lang } from '../../src/core/types.js';
import { runInProcess } from '../helpers/cli.js';
import { CHROMIUM, openPage, printPdf, startBrowser, type Session } from './browser.js';
import { hitungFolder, kemasFolder, readCsv, terimaFolder, type Rows } from './folders.js';
import { missingRows, pageCount, pageTexts, POPPLER, words, type ExpectedRow } from './pdf.js';

const READY = CHROMIUM !== null && POPPLER;
if (!READY) {
  // Said once, plainly, so a green run without the browser is not mistaken for a checked one.
  console.warn(`SKIPPED: the browser tests need Debian's chromium and poppler-utils (found chromium: ${CHROMIUM ?? 'no'}, poppler: ${POPPLER}); .ci/run installs them.`);
}

const SHOTS = join(import.meta.dirname, 'screenshots');
/** Share of pixels that may differ from the stored screenshot (anti-aliasing, not layout). */
const TOLERANCE = 0.01;

let dir = '';
let session: Session;

interface Printed {
  readonly pdf: string;
  readonly problems: readonly string[];
  readonly pages: readonly string[];
  readonly count: number;
  readonly shot: Buffer;
}

const printed = new Map<string, Printed>();

async function print(folder: string, file: string, key = file): Promise<Printed> {
  const opened = await openPage(session, join(folder, file));
  const pdf = join(dir, `${key}.pdf`);
  const shot = await opened.page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 560 } });
  await printPdf(opened.page, pdf);
  await opened.page.context().close();
  const p = { pdf, problems: opened.problems, pages: pageTexts(pdf), count: pageCount(pdf), shot };
  printed.set(key, p);
  return p;
}

async function cetak(folder: string, ...extra: string[]): Promise<string> {
  const r = await runInProcess(['cetak', folder, ...extra]);
  if (r.code !== 0) throw new Error(`cetak ${folder}: ${r.stderr}`);
  return extra.includes('-o') ? extra[extra.indexOf('-o') + 1] ?? '' : join(folder, 'cetak');
}

beforeAll(async () => {
  if (!READY) return;
  dir = await mkdtemp(join(tmpdir(), 'logistik-cetak-browser-'));
  await hitungFolder(join(dir, 'manifest'));
  await kemasFolder(join(dir, 'manifest'), join(dir, 'kemas'));
  await terimaFolder(join(dir, 'rekonsiliasi'));
  session = await startBrowser();
  const pages: [string, string, string][] = [
    [await cetak(join(dir, 'manifest')), 'laporan.html', 'laporan.html'],
    [await cetak(join(dir, 'kemas')), 'label-kotak.html', 'label-kotak.html'],
    [join(dir, 'kemas', 'cetak'), 'daftar-periksa-tps.html', 'daftar-periksa-tps.html'],
    [join(dir, 'kemas', 'cetak'), 'serah-terima.html', 'serah-terima.html'],
    [await cetak(join(dir, 'rekonsiliasi')), 'usulan-pemenuhan.html', 'usulan-pemenuhan.html'],
    [join(dir, 'rekonsiliasi', 'cetak'), 'berita-acara-pemusnahan.html', 'berita-acara-pemusnahan.html'],
    [await cetak(join(dir, 'rekonsiliasi'), '-o', join(dir, 'cetak-en'), '--lang', 'en'), 'usulan-pemenuhan.html', 'usulan-pemenuhan.en.html'],
  ];
  for (const [folder, file, key] of pages) await print(folder, file, key);
}, 300_000);

afterAll(async () => {
  if (!READY) return;
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

const n = (x: string | number | undefined, lang: Lang = 'id'): string => formatNumber(Number(x), lang);
const got = (key: string): Printed => {
  const p = printed.get(key);
  if (!p) throw new Error(`${key} was not printed`);
  return p;
};
const firstLast = (name: string): string[] => {
  const w = name.split(/\s+/);
  return [...new Set([w[0] ?? '', w.at(-1) ?? ''])];
};

describe.skipIf(!READY)('every page in Chromium', () => {
  const ALL = ['laporan.html', 'label-kotak.html', 'daftar-periksa-tps.html', 'serah-terima.html', 'usulan-pemenuhan.html', 'berita-acara-pemusnahan.html', 'usulan-pemenuhan.en.html'];

  it.each(ALL)('%s opens without console errors and fetches nothing', (key) => {
    expect(got(key).problems).toEqual([]);
  });

  it.each(ALL)('%s prints to A4 with no word past the right margin', (key) => {
    const all = words(got(key).pdf);
    expect(all.length).toBeGreaterThan(20);
    // 14 mm margins: the printable area ends at 210 − 14 mm; a point of slack for rounding.
    const right = (w: number): number => w - (14 * 72) / 25.4 + 1;
    const over = all.filter((w) => w.xMax > right(w.pageWidth) || w.xMin < 0).map((w) => `page ${w.page + 1}: ${w.text} (${w.xMax})`);
    expect(over).toEqual([]);
    expect(Math.round(all[0]?.pageWidth ?? 0)).toBe(595);
  });

  it.each(ALL)('%s looks as stored (screenshot of its top, within 1 % of the pixels)', async (key) => {
    const file = join(SHOTS, `${key.replace(/\.html$/, '')}.png`);
    const shot = got(key).shot;
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(file)) {
      await writeFile(file, shot);
      if (process.env.UPDATE_SCREENSHOTS !== '1') throw new Error(`no stored screenshot: wrote ${file}, check it and commit it`);
      return;
    }
    const a = PNG.sync.read(await readFile(file));
    const b = PNG.sync.read(shot);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    const diff = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
    expect(diff / (a.width * a.height)).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe.skipIf(!READY)('laporan.html: every number is the manifest\'s', () => {
  it('totals per item, where each is held, needs per kecamatan, issue counts: read back in order', async () => {
    const m = join(dir, 'manifest');
    const pengadaan = await readCsv(join(m, 'pengadaan.csv'));
    const kec = await readCsv(join(m, 'distribusi-kecamatan.csv'));
    const ringkasan = JSON.parse(await readFile(join(m, 'ringkasan.json'), 'utf8'));
    const rows: ExpectedRow[] = [
      ...pengadaan.map((r) => ({ numbers: ['kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_pengadaan'].map((c) => n(r[c])), words: firstLast(r.nama_barang ?? '') })),
      ...pengadaan.map((r) => ({ numbers: ['di_tps', 'di_pps', 'di_ppk', 'di_kpu', 'jumlah'].map((c) => n(r[c])), words: firstLast(r.nama_barang ?? '') })),
      // One chart per item with a non-zero total, in the config's order; a bar per kecamatan with its value.
      ...Object.keys(kec[0] ?? {}).slice(4).filter((item) => kec.some((r) => Number(r[item]) > 0)).flatMap((item) => kec.map((r) => ({ numbers: [n(r[item])], words: [r.kecamatan ?? ''] }))),
      ...Object.entries(ringkasan.masalah.per_kode as Record<string, number>).map(([code, count]) => ({ numbers: [n(count)], words: [code] })),
    ];
    expect(missingRows(got('laporan.html').pages, rows)).toEqual([]);
  });

  it('the histogram counts every TPS of distribusi-tps.csv once, against the capacity of 300', async () => {
    const tps = await readCsv(join(dir, 'manifest', 'distribusi-tps.csv'));
    const counts = new Array<number>(11).fill(0);
    for (const r of tps) {
      const dpt = Number(r.dpt);
      counts[dpt > 300 ? 10 : Math.max(0, Math.ceil(dpt / 30) - 1)]! += 1;
    }
    const text = got('laporan.html').pages.join('\n');
    expect(text).toContain('271–300');
    expect(text).toContain('> 300');
    // The counts above the bars, left to right, as the words of the PDF give them.
    const labels = ['0–30', '31–60', '61–90', '91–120', '121–150', '151–180', '181–210', '211–240', '241–270', '271–300'];
    expect(labels.every((l) => text.includes(l))).toBe(true);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(73);
    const all = words(got('laporan.html').pdf).map((w) => w.text);
    for (const c of counts) expect(all).toContain(n(c));
  });
});

describe.skipIf(!READY)('kemas pages: one label per TPS container, one checklist per TPS, one handover per PPK and PPS', () => {
  let kemas: Rows;
  beforeAll(async () => {
    kemas = await readCsv(join(dir, 'kemas', 'kemas-tps.csv'));
  });

  it('label-kotak.html: two labels a sheet, every container of every TPS, its contents as the CSV', () => {
    const containers = [...new Set(kemas.filter((r) => r.wadah !== 'lepas').map((r) => `${r.kode_kelurahan}|${r.tps}|${r.wadah}`))];
    const p = got('label-kotak.html');
    expect(p.count).toBe(Math.ceil(containers.length / 2));
    const rows = kemas.filter((r) => r.wadah !== 'lepas').map((r) => ({ numbers: [r.jumlah, r.ikat_penuh, r.sisa].filter((x) => x !== '').map((x) => n(x)), words: [r.varian === '' ? '—' : r.varian ?? ''] }));
    expect(missingRows(p.pages, rows)).toEqual([]);
    // Each sheet holds the two labels of consecutive containers: their TPS numbers are on it.
    containers.forEach((c, i) => expect(p.pages[Math.floor(i / 2)]).toContain(`TPS ${c.split('|')[1]}`));
  });

  it('daftar-periksa-tps.html: page i is the checklist of TPS i, every row of it with its numbers', () => {
    const tps = [...new Set(kemas.map((r) => `${r.kode_kelurahan}|${r.tps}`))];
    const p = got('daftar-periksa-tps.html');
    expect(p.count).toBe(tps.length);
    tps.forEach((key, i) => {
      const [kode, no] = key.split('|');
      const page = p.pages[i] ?? '';
      expect(page).toContain(`(${kode})`);
      expect(page).toMatch(new RegExp(`TPS\\s+${no}\\b`));
      const rows = kemas.filter((r) => r.kode_kelurahan === kode && r.tps === no).map((r) => ({ numbers: [r.jumlah, r.ikat_penuh, r.sisa].filter((x) => x !== '').map((x) => n(x)) }));
      expect(missingRows([page], rows), key).toEqual([]);
    });
  });

  it('serah-terima.html: a page per PPK then per PPS, each row of the handover lists on its page', async () => {
    const ppk = await readCsv(join(dir, 'kemas', 'serah-terima-ppk.csv'));
    const pps = await readCsv(join(dir, 'kemas', 'serah-terima-pps.csv'));
    const units = [...new Set(ppk.map((r) => r.kode_kecamatan))].length + [...new Set(pps.map((r) => r.kode_kelurahan))].length;
    const p = got('serah-terima.html');
    expect(p.count).toBe(units);
    const rows = [...ppk, ...pps].map((r) => ({ numbers: [n(r.jumlah)] }));
    expect(missingRows(p.pages, rows)).toEqual([]);
    expect(p.pages[0]).toContain(ppk[0]?.kecamatan ?? '?');
    expect(p.pages.at(-1)).toContain(pps.at(-1)?.kelurahan ?? '?');
  });
});

describe.skipIf(!READY)('terima pages', () => {
  it('usulan-pemenuhan.html: a letter and an attachment per pengada; the attachment rows are the CSV\'s', async () => {
    const usulan = await readCsv(join(dir, 'rekonsiliasi', 'usulan-pemenuhan.csv'));
    const pengada = [...new Set(usulan.map((r) => r.pengada))];
    for (const [key, lang] of [['usulan-pemenuhan.html', 'id'], ['usulan-pemenuhan.en.html', 'en']] as const) {
      const p = got(key);
      expect(p.count, key).toBe(2 * pengada.length);
      const rows = usulan.map((r) => ({ numbers: [r.rusak, r.kurang_kirim, r.kekurangan].map((x) => n(x, lang)), words: firstLast(r.nama_barang ?? '') }));
      expect(missingRows(p.pages, rows), key).toEqual([]);
    }
    // Kab. Seluma's case: 218 damaged + 94 short → request 312.
    expect(got('usulan-pemenuhan.html').pages.join('\n')).toMatch(/218\s+94\s+312/);
  });

  it('berita-acara-pemusnahan.html: one sheet, every row and the total in sheets, the witnesses', async () => {
    const rows = await readCsv(join(dir, 'rekonsiliasi', 'pemusnahan.csv'));
    const p = got('berita-acara-pemusnahan.html');
    expect(p.count).toBe(1);
    const sum = (c: string): string => n(rows.reduce((s, r) => s + Number(r[c]), 0));
    const expected = [...rows.map((r) => ({ numbers: [r.rusak, r.kelebihan, r.dimusnahkan].map((x) => n(x)), words: firstLast(r.nama_barang ?? '') })), { numbers: [sum('rusak'), sum('kelebihan'), sum('dimusnahkan')], words: ['Jumlah'] }];
    expect(missingRows(p.pages, expected)).toEqual([]);
    for (const w of ['Bawaslu', 'Polri', 'KPU']) expect(p.pages[0]).toContain(w);
  });
});
