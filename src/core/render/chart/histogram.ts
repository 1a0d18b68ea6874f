/**
 * How many TPS have how many voters, against the TPS capacity: ten bins of a tenth of the
 * capacity each (the first from 0), and one bin for the TPS above it, drawn apart (hatched, past a
 * line marking the capacity) so a reader sees at once whether any TPS breaks the rule.
 */
import { esc } from '../html.js';
import { axisFor, coord, type Axis } from './ticks.js';

export interface Bin {
  /** Inclusive bounds; `to` is null for the bin above the capacity. */
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

export const BINS_UP_TO_CAPACITY = 10;

/**
 * The bins of `values` (whole numbers ≥ 0) against `capacity` (≥ 1): 0…w, w+1…2w, …, up to the
 * capacity, where w = ⌈capacity / 10⌉ (fewer bins when the capacity is under 10), then above it.
 */
export function binsFor(values: readonly number[], capacity: number): Bin[] {
  const w = Math.max(1, Math.ceil(capacity / BINS_UP_TO_CAPACITY));
  const bins: { from: number; to: number | null; count: number }[] = [];
  for (let from = 0, k = 0; from <= capacity; k++) {
    const to = Math.min(capacity, (k + 1) * w);
    bins.push({ from, to, count: 0 });
    from = to + 1;
  }
  const over = { from: capacity + 1, to: null, count: 0 };
  for (const v of values) {
    if (v > capacity) over.count++;
    else {
      // Bin k holds (k·w, (k+1)·w]; 0 is in the first.
      const k = v === 0 ? 0 : Math.ceil(v / w) - 1;
      const bin = bins[Math.min(k, bins.length - 1)];
      if (bin) bin.count++;
    }
  }
  return [...bins, over];
}

export interface HistogramBar {
  readonly bin: Bin;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HistogramLayout {
  readonly width: number;
  readonly height: number;
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly axis: Axis;
  readonly bars: readonly HistogramBar[];
  /** x of the capacity line: between the last bin up to the capacity and the bin above it. */
  readonly capacityX: number;
}

const FONT = 10;
const LEFT = 44;
const TOP = 16;
const BOTTOM = 34;
const GAP = 10;

export function histogramLayout(bins: readonly Bin[], opts: { width?: number; height?: number } = {}): HistogramLayout {
  const width = opts.width ?? 680;
  const height = opts.height ?? 220;
  const plotHeight = height - TOP - BOTTOM;
  const axis = axisFor(Math.max(0, ...bins.map((b) => b.count)), 4);
  // The bin above the capacity stands a gap apart from the others.
  const slot = (width - LEFT - GAP) / Math.max(1, bins.length);
  const bars = bins.map((bin, i) => {
    const h = coord((bin.count / axis.max) * plotHeight);
    const x = coord(LEFT + i * slot + (bin.to === null ? GAP : 0) + 2);
    return { bin, x, y: coord(TOP + plotHeight - h), width: coord(slot - 4), height: h };
  });
  const capacityX = coord(LEFT + (bins.length - 1) * slot + GAP / 2);
  return { width, height, plotTop: TOP, plotHeight, axis, bars, capacityX };
}

export interface HistogramText {
  readonly format: (n: number) => string;
  /** `> 300` for the bin above the capacity. */
  readonly over: (capacity: string) => string;
  readonly title: string;
}

function binLabel(bin: Bin, t: HistogramText): string {
  return bin.to === null ? t.over(t.format(bin.from - 1)) : `${t.format(bin.from)}–${t.format(bin.to)}`;
}

export function histogramSvg(bins: readonly Bin[], t: HistogramText): string {
  const l = histogramLayout(bins);
  const base = l.plotTop + l.plotHeight;
  const grid = l.axis.ticks.map((v) => {
    const y = coord(base - (v / l.axis.max) * l.plotHeight);
    return `<line x1="${LEFT}" y1="${y}" x2="${l.width}" y2="${y}" stroke="#bbb" stroke-width="0.5"/><text x="${LEFT - 4}" y="${coord(y + 3.5)}" font-size="${FONT}" text-anchor="end">${esc(t.format(v))}</text>`;
  });
  const bars = l.bars.map((b) => {
    const cx = coord(b.x + b.width / 2);
    const fill = b.bin.to === null ? 'url(#over)' : '#5b6f8a';
    return [
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${fill}" stroke="#000" stroke-width="${b.height > 0 ? 0.5 : 0}"/>`,
      `<text x="${cx}" y="${coord(b.y - 3)}" font-size="${FONT}" text-anchor="middle">${esc(t.format(b.bin.count))}</text>`,
      `<text x="${cx}" y="${coord(base + 13)}" font-size="${FONT - 1.5}" text-anchor="middle">${esc(binLabel(b.bin, t))}</text>`,
    ].join('');
  });
  const defs = '<defs><pattern id="over" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#000" stroke-width="1.6"/></pattern></defs>';
  // The line is explained in the figure's caption: a label here would collide with the bars' counts.
  const cap = `<line x1="${l.capacityX}" y1="${coord(l.plotTop - 8)}" x2="${l.capacityX}" y2="${coord(base + 4)}" stroke="#000" stroke-width="1.2" stroke-dasharray="4 2"/>`;
  const axis = `<line x1="${LEFT}" y1="${base}" x2="${l.width}" y2="${base}" stroke="#000" stroke-width="0.8"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="100%" role="img" aria-label="${esc(t.title)}">${defs}${grid.join('')}${bars.join('')}${axis}${cap}</svg>`;
}
