import { describe, expect, it } from 'vitest';
import { fleetChartSvg } from './fleet-chart-svg.js';

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('fleetChartSvg', () => {
  const svg = fleetChartSvg({
    title: 'Requests <per> second',
    xLabel: 'time (s)',
    yLabel: 'requests',
    series: [
      { label: 'a & b', values: [10, 20, 30, 40] },
      { label: 'c', values: [5, 5, 5, 5] },
      { label: 'baseline', values: [1, 1], dashed: true },
    ],
    xFrom: 0,
    xTo: 40,
    xOffset: 0.5,
    shade: { from: 10, to: 30, label: 'outage' },
  });

  it('draws one line per series, escaped, the dashed one as the baseline', () => {
    const lines = svg.match(/<polyline[^>]*>/g) ?? [];
    expect(lines.map((l) => attr(l, 'class'))).toEqual(['series', 'series', 'baseline']);
    expect(lines.map((l) => attr(l, 'data-label'))).toEqual(['a &amp; b', 'c', 'baseline']);
    expect(attr(lines[0] as string, 'points')?.split(' ')).toHaveLength(4);
    expect(lines[2]).toContain('stroke-dasharray');
    expect(svg).toContain('Requests &lt;per&gt; second');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('shades the window between the x positions of its bounds', () => {
    const rect = /<rect class="shade"[^>]*>/.exec(svg)?.[0] as string;
    const tickX = (value: number): number =>
      Number(attr(new RegExp(`<text class="x-tick" data-x="${value}"[^>]*>`).exec(svg)?.[0] ?? '', 'x'));
    expect(attr(rect, 'data-from')).toBe('10');
    expect(attr(rect, 'data-to')).toBe('30');
    expect(Number(attr(rect, 'x'))).toBeCloseTo(tickX(10), 0);
    expect(Number(attr(rect, 'x')) + Number(attr(rect, 'width'))).toBeCloseTo(tickX(30), 0);
  });

  it('scales y to the data, or to yMin, with round ticks', () => {
    const labels = (s: string) => [...s.matchAll(/text-anchor="end">([^<]*)</g)].map((m) => m[1]);
    expect(labels(svg)).toEqual(['0', '10', '20', '30', '40']);
    const shares = fleetChartSvg({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      series: [{ label: 's', values: [0, 0.25, 0.5] }],
      xFrom: 0,
      xTo: 2,
      yMin: 1,
    });
    expect(labels(shares)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(shares).not.toContain('class="shade"');
  });

  it('leaves out values outside the x range', () => {
    const part = fleetChartSvg({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      series: [{ label: 's', values: [100, 1, 2, 3] }],
      xFrom: 1,
      xTo: 3,
    });
    const points = attr(/<polyline[^>]*>/.exec(part)?.[0] ?? '', 'points')?.split(' ');
    expect(points).toHaveLength(3);
    expect(part).toContain('>3</text>');
    expect(part).not.toContain('>100</text>');
  });
});
