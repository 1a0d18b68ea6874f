/**
 * A horizontal bar chart as SVG, for "this item per kecamatan": one bar per row, its value written
 * at its end (a printed chart must be readable to the unit, and the numbers are what a reader
 * checks), the axis ticks below. The geometry (barLayout) is separate from the markup, so tests
 * check proportions without parsing SVG.
 */
import { esc } from '../html.js';
import { axisFor, coord, type Axis } from './ticks.js';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

export interface BarOptions {
  /** Width of the drawing in SVG units (the page scales it to the column width). */
  readonly width?: number;
  readonly rowHeight?: number;
  /** How a value is written (grouping for paper: `1.234`). */
  readonly format: (n: number) => string;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  /** Where the bars start, and how long the axis is. */
  readonly plotX: number;
  readonly plotWidth: number;
  readonly axis: Axis;
  readonly bars: readonly Bar[];
  /** Labels longer than the room for them are cut with an ellipsis (the full text stays in a title). */
  readonly labelChars: number;
}

const FONT = 11;
/** An average character of the sans-serif fonts at FONT units: enough to size the label column. */
const CHAR = FONT * 0.58;
const VALUE_ROOM = 72;
const AXIS_ROOM = 20;
const PAD = 4;

export function barLayout(data: readonly BarDatum[], opts: Omit<BarOptions, 'format'> = {}): BarLayout {
  const width = opts.width ?? 680;
  const rowHeight = opts.rowHeight ?? 16;
  const longest = Math.max(1, ...data.map((d) => [...d.label].length));
  const labelChars = Math.min(longest, Math.floor((width * 0.4) / CHAR));
  const plotX = coord(labelChars * CHAR + 2 * PAD);
  const plotWidth = coord(width - plotX - VALUE_ROOM);
  const axis = axisFor(Math.max(0, ...data.map((d) => d.value)));
  const bars = data.map((d, i) => ({
    label: d.label,
    value: d.value,
    x: plotX,
    y: coord(PAD + i * rowHeight + 2),
    width: coord((Math.max(0, d.value) / axis.max) * plotWidth),
    height: rowHeight - 4,
  }));
  const height = coord(PAD + data.length * rowHeight + AXIS_ROOM);
  return { width, height, plotX, plotWidth, axis, bars, labelChars };
}

function cut(label: string, chars: number): string {
  const all = [...label];
  return all.length <= chars ? label : `${all.slice(0, Math.max(1, chars - 1)).join('')}…`;
}

export function barChartSvg(data: readonly BarDatum[], opts: BarOptions, title: string): string {
  const l = barLayout(data, opts);
  const bottom = coord(l.height - AXIS_ROOM);
  const grid = l.axis.ticks.map((t) => {
    const x = coord(l.plotX + (t / l.axis.max) * l.plotWidth);
    return `<line x1="${x}" y1="${PAD}" x2="${x}" y2="${bottom}" stroke="#bbb" stroke-width="0.5"/><text x="${x}" y="${coord(bottom + 13)}" font-size="${FONT - 1}" text-anchor="middle">${esc(opts.format(t))}</text>`;
  });
  const bars = l.bars.map((b) => {
    const mid = coord(b.y + b.height / 2 + FONT / 2 - 1.5);
    return [
      `<text x="${coord(l.plotX - PAD)}" y="${mid}" font-size="${FONT}" text-anchor="end"><title>${esc(b.label)}</title>${esc(cut(b.label, l.labelChars))}</text>`,
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#5b6f8a"/>`,
      `<text x="${coord(b.x + b.width + PAD)}" y="${mid}" font-size="${FONT}">${esc(opts.format(b.value))}</text>`,
    ].join('');
  });
  const axis = `<line x1="${l.plotX}" y1="${PAD}" x2="${l.plotX}" y2="${bottom}" stroke="#000" stroke-width="0.8"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="100%" role="img" aria-label="${esc(title)}">${grid.join('')}${bars.join('')}${axis}</svg>`;
}
