/**
 * Chart geometry (issue 14.1): bars proportional to their values, axis ticks on 1/2/5 steps that
 * cover the largest value, and the empty and one-value cases drawn without dividing by zero.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisFor, niceStep } from '../../src/core/render/chart/ticks.js';
import { barChartSvg, barLayout } from '../../src/core/render/chart/bar-chart.js';
import { binsFor, histogramLayout, histogramSvg } from '../../src/core/render/chart/histogram.js';
import { formatNumber } from '../../src/core/messages/index.js';

const format = (n: number): string => formatNumber(n, 'id');

describe('axis ticks', () => {
  it('steps of 1, 2 or 5 times a power of ten, never below 1', () => {
    expect(niceStep(0, 5)).toBe(1);
    expect(niceStep(1, 5)).toBe(1);
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(11, 5)).toBe(5);
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(101, 5)).toBe(50);
    expect(niceStep(4999, 5)).toBe(1000);
    expect(niceStep(160203, 5)).toBe(50000);
  });

  it('the axis ends on the first tick at or above the largest value', () => {
    expect(axisFor(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(axisFor(1)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(axisFor(10)).toEqual({ max: 10, step: 2, ticks: [0, 2, 4, 6, 8, 10] });
    expect(axisFor(11).ticks).toEqual([0, 5, 10, 15]);
    expect(axisFor(306).ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it('for any value: ticks start at 0, are evenly spaced, at most a few, and the last covers the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (max) => {
        const a = axisFor(max);
        expect(a.ticks[0]).toBe(0);
        expect(a.ticks.at(-1)).toBe(a.max);
        expect(a.max).toBeGreaterThanOrEqual(max);
        expect(a.ticks.length).toBeLessThanOrEqual(11);
        a.ticks.forEach((t, i) => expect(t).toBe(i * a.step));
        expect(String(a.step)).toMatch(/^[125]0*$/);
      }),
    );
  });
});

describe('bar chart', () => {
  const data = [
    { label: 'Kepulauan Seribu Utara', value: 306 },
    { label: 'Kepulauan Seribu Selatan', value: 153 },
    { label: 'Nol', value: 0 },
  ];

  it('bars are proportional to their values and start on the axis', () => {
    const l = barLayout(data);
    const [a, b, c] = l.bars;
    expect(a?.x).toBe(l.plotX);
    expect(b?.x).toBe(l.plotX);
    expect((a?.width ?? 0) / (b?.width ?? 1)).toBeCloseTo(2, 2);
    expect(c?.width).toBe(0);
    // 306 on an axis to 400: three quarters of the plot, less a rounding of at most 0.01.
    expect(Math.abs((a?.width ?? 0) - (306 / 400) * l.plotWidth)).toBeLessThanOrEqual(0.01);
    expect(l.plotX + l.plotWidth).toBeLessThanOrEqual(l.width);
  });

  it('rows do not overlap and the drawing is as tall as its rows', () => {
    const l = barLayout(data, { rowHeight: 16 });
    for (let i = 1; i < l.bars.length; i++) expect(l.bars[i]!.y).toBeGreaterThanOrEqual(l.bars[i - 1]!.y + l.bars[i - 1]!.height);
    expect(l.height).toBeGreaterThan(l.bars.at(-1)!.y + l.bars.at(-1)!.height);
  });

  it('no data: an empty drawing with an axis of length 1, no bar', () => {
    const l = barLayout([]);
    expect(l.bars).toEqual([]);
    expect(l.axis.max).toBe(1);
    expect(barChartSvg([], { format }, 'kosong')).toMatch(/^<svg [^>]*viewBox="0 0 680 [0-9.]+"/);
  });

  it('one value: one bar across the axis it rounds up to', () => {
    const l = barLayout([{ label: 'A', value: 7 }]);
    expect(l.axis.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(l.bars[0]!.width).toBeCloseTo((7 / 8) * l.plotWidth, 1);
  });

  it('every value is written at its bar, grouped for paper, and labels are escaped', () => {
    const svg = barChartSvg([{ label: 'A & <B>', value: 1234567 }], { format }, 'judul');
    expect(svg).toContain('>1.234.567</text>');
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
  });

  it('a label too long for its column is cut with an ellipsis, the full text kept in a title', () => {
    const long = 'K'.repeat(200);
    const svg = barChartSvg([{ label: long, value: 1 }], { format }, 'judul');
    expect(svg).toContain(`<title>${long}</title>`);
    expect(svg).toContain('…</text>');
  });
});

describe('histogram of TPS sizes', () => {
  it('ten bins of a tenth of the capacity, then one above it; every value in exactly one bin', () => {
    const bins = binsFor([0, 1, 30, 31, 299, 300, 301, 600], 300);
    expect(bins).toHaveLength(11);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 30], [31, 60], [61, 90], [91, 120], [121, 150], [151, 180], [181, 210], [211, 240], [241, 270], [271, 300], [301, null],
    ]);
    expect(bins.map((b) => b.count)).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 0, 2, 2]);
  });

  it('any values: counts add up to the number of values; bins tile 0…capacity without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 200 }), (cap, values) => {
        const bins = binsFor(values, cap);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
        expect(bins[0]!.from).toBe(0);
        for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBe((bins[i - 1]!.to ?? NaN) + 1);
        expect(bins.at(-2)!.to).toBe(cap);
        expect(bins.at(-1)!.count).toBe(values.filter((v) => v > cap).length);
      }),
    );
  });

  it('bar heights are proportional to counts; the capacity line stands before the last bin', () => {
    const bins = binsFor([10, 10, 10, 10, 100, 100, 400], 300);
    const l = histogramLayout(bins);
    const first = l.bars[0]!;
    const over = l.bars.at(-1)!;
    expect(first.height / over.height).toBeCloseTo(4, 2);
    expect(first.y + first.height).toBeCloseTo(l.plotTop + l.plotHeight, 2);
    expect(l.capacityX).toBeGreaterThan(l.bars.at(-2)!.x + l.bars.at(-2)!.width);
    expect(l.capacityX).toBeLessThan(over.x);
  });

  it('no TPS: all bins empty, no bar height, still an axis', () => {
    const l = histogramLayout(binsFor([], 300));
    expect(l.bars.every((b) => b.height === 0)).toBe(true);
    expect(l.axis.max).toBe(1);
  });

  it('the bins are labelled with their ranges and the counts written above them', () => {
    const svg = histogramSvg(binsFor([1500, 2000], 1000), { format, over: (c) => `> ${c}`, title: 'judul' });
    expect(svg).toContain('>0–100</text>');
    expect(svg).toContain('>901–1.000</text>');
    expect(svg).toContain('>&gt; 1.000</text>');
    expect(svg).toContain('>2</text>');
  });
});
