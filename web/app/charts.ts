/**
 * Chart.js, registered piece by piece: one line controller, its line and point elements, a linear
 * scale for years and values, the legend and the tooltip. Nothing else of Chart.js is bundled.
 */
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartDataset,
  type Plugin,
  type ScatterDataPoint,
} from 'chart.js';
import { formatNumber, formatValue, formatYear } from '../src/format.ts';
import { t } from '../src/i18n.ts';
import type { SemanticSeries } from '../src/semantic-series.ts';
import type { ChartSeries } from '../src/series.ts';
import type { Lang } from '../src/types.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

const ink = '#1f3a5f';
const expectedColour = '#6b7280';
const targetColour = '#1a7f37';
const illustrativeFill = '#ffffff';
const bandFill = 'rgba(26, 127, 55, 0.14)';
const slipColour = '#b42318';
const meanColour = '#8a5a00';
const metBar = 'rgba(26, 127, 55, 0.75)';
const unmetBar = 'rgba(180, 35, 24, 0.75)';

/**
 * A range's band and per-year bars, drawn straight on the canvas: Chart.js's filler plugin and bar
 * controller would add to the bundle for two shapes this small (tests/web/bundle.test.ts).
 */
const semanticLayers = (semantic: SemanticSeries): Plugin<'line'> => ({
  id: 'chitieuSemanticLayers',
  beforeDatasetsDraw(chart) {
    const { ctx, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (!x || !y) return;
    ctx.save();
    if (semantic.band.length > 1) {
      ctx.beginPath();
      semantic.band.forEach((p, i) =>
        i === 0
          ? ctx.moveTo(x.getPixelForValue(p.x), y.getPixelForValue(p.high))
          : ctx.lineTo(x.getPixelForValue(p.x), y.getPixelForValue(p.high)),
      );
      for (const p of [...semantic.band].reverse()) ctx.lineTo(x.getPixelForValue(p.x), y.getPixelForValue(p.low));
      ctx.closePath();
      ctx.fillStyle = bandFill;
      ctx.fill();
    }
    const width = Math.max(4, (x.getPixelForValue(1) - x.getPixelForValue(0)) * 0.5);
    for (const bar of semantic.changes) {
      const left = x.getPixelForValue(bar.x) - width / 2;
      const zero = y.getPixelForValue(0);
      ctx.fillStyle = bar.met ? metBar : unmetBar;
      ctx.fillRect(
        left,
        Math.min(zero, y.getPixelForValue(bar.change)),
        width,
        Math.abs(y.getPixelForValue(bar.change) - zero),
      );
    }
    ctx.restore();
  },
});

type LineDataset = ChartDataset<'line', ScatterDataPoint[]>;

const actualDataset = (series: ChartSeries, label: string, size: number): LineDataset => ({
  label,
  data: series.actual.map((p) => ({ x: p.x, y: p.y })),
  borderColor: ink,
  backgroundColor: series.actual.map((p) => (p.illustrative ? illustrativeFill : ink)),
  pointBorderColor: ink,
  pointStyle: series.actual.map((p) => (p.illustrative ? 'rectRot' : 'circle')),
  pointRadius: size,
  pointHoverRadius: size + 2,
  borderWidth: 2,
  tension: 0,
  // Points on the first and last year sit on the plot's edge: draw them whole.
  clip: false,
});

const expectedDataset = (series: ChartSeries, label: string): LineDataset => ({
  label,
  data: series.expected.map((p) => ({ x: p.x, y: p.y })),
  borderColor: expectedColour,
  backgroundColor: expectedColour,
  borderDash: [6, 4],
  borderWidth: 1.5,
  pointRadius: 0,
  pointHitRadius: 6,
});

/** A small trend line: actuals and the expected trajectory, no axes, no interaction. */
export const sparkline = (canvas: HTMLCanvasElement, series: ChartSeries): Chart<'line', ScatterDataPoint[]> =>
  new Chart<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: { datasets: [expectedDataset(series, ''), actualDataset(series, '', 2)] },
    options: {
      animation: false,
      responsive: false,
      events: [],
      layout: { padding: 3 },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { type: 'linear', display: false, min: series.years?.[0], max: series.years?.[1] },
        y: { type: 'linear', display: false, grace: '5%' },
      },
    },
  });

/** Extra lines: the band's edges, the running mean, the slipped years; none when the target has none. */
const semanticDatasets = (semantic: SemanticSeries, words: ReturnType<typeof t>): LineDataset[] => [
  ...(semantic.band.length > 1
    ? [
        {
          label: words.chartBand,
          data: semantic.band.map((p) => ({ x: p.x, y: p.high })),
          borderColor: targetColour,
          backgroundColor: bandFill,
          borderWidth: 1,
          pointRadius: 0,
          pointHitRadius: 6,
        },
        {
          label: words.chartBand,
          data: semantic.band.map((p) => ({ x: p.x, y: p.low })),
          borderColor: targetColour,
          backgroundColor: bandFill,
          borderWidth: 1,
          pointRadius: 0,
          pointHitRadius: 6,
        },
      ]
    : []),
  ...(semantic.runningMean.length
    ? [
        {
          label: words.chartRunningMean,
          data: semantic.runningMean,
          borderColor: meanColour,
          backgroundColor: meanColour,
          borderDash: [4, 2],
          borderWidth: 2,
          pointRadius: 3,
        },
      ]
    : []),
  ...(semantic.slips.length
    ? [
        {
          label: words.chartSlips,
          data: semantic.slips,
          borderColor: slipColour,
          backgroundColor: slipColour,
          showLine: false,
          pointStyle: 'crossRot' as const,
          pointRadius: 8,
          pointBorderWidth: 3,
        },
      ]
    : []),
];

/** The indicator chart: actuals, expected trajectory and target, with legend, axes and tooltips. */
export const indicatorChart = (
  canvas: HTMLCanvasElement,
  series: ChartSeries,
  options: { lang: Lang; unit: string; targetLabel: string; illustrative: boolean; semantic?: SemanticSeries },
): Chart<'line', ScatterDataPoint[]> => {
  const words = t(options.lang);
  const semantic = options.semantic;
  const actualLabel = `${series.cumulative ? words.chartActualTotal : words.chartActual}${options.illustrative ? ` (${words.illustrative})` : ''}`;
  const datasets: LineDataset[] = [actualDataset(series, actualLabel, 4), expectedDataset(series, words.chartExpected)];
  if (series.target && series.years) {
    const steps = semantic?.targetSteps ?? [];
    datasets.push({
      label: `${steps.length ? words.chartTargetAmended : words.chartTarget} ${options.targetLabel}`,
      // An amended target steps at each amendment (web/src/semantic-series.ts).
      data: steps.length
        ? steps
        : [
            { x: series.years[0], y: series.target.value },
            { x: series.years[1], y: series.target.value },
          ],
      borderColor: targetColour,
      backgroundColor: targetColour,
      borderDash: [2, 3],
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
    });
  }
  if (semantic) datasets.push(...semanticDatasets(semantic, words));
  const illustrativeAt = new Set(series.actual.filter((p) => p.illustrative).map((p) => p.x));
  return new Chart<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: { datasets },
    ...(semantic ? { plugins: [semanticLayers(semantic)] } : {}),
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
        tooltip: {
          filter: (item) => item.datasetIndex !== 2,
          callbacks: {
            title: (items) => (items[0] ? formatYear(items[0].parsed.x ?? 0) : ''),
            label: (item) => {
              const value = formatValue(item.parsed.y ?? 0, options.unit, options.lang);
              const note =
                item.datasetIndex === 0 && illustrativeAt.has(item.parsed.x ?? NaN) ? ` (${words.illustrative})` : '';
              return `${item.dataset.label?.replace(/ \(.*\)$/, '') ?? ''}: ${value}${note}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: series.years?.[0],
          max: series.years?.[1],
          ticks: { stepSize: 1, precision: 0, callback: (value) => formatYear(Number(value)) },
          title: { display: true, text: words.year },
        },
        y: {
          type: 'linear',
          grace: '8%',
          ticks: { callback: (value) => formatNumber(Number(value), options.lang) },
          title: { display: Boolean(options.unit), text: options.unit },
        },
      },
    },
  });
};

/**
 * A per-year target's own chart: each year's change as a bar (green when it kept the rate, red when
 * not) against the required change a year, with axes and tooltips.
 */
export const changeChart = (
  canvas: HTMLCanvasElement,
  semantic: SemanticSeries,
  options: { lang: Lang; unit: string },
): Chart<'line', ScatterDataPoint[]> => {
  const words = t(options.lang);
  const xs = semantic.changes.map((c) => c.x);
  const [first, last] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  const required = semantic.changes[0]?.required ?? 0;
  const unit = options.unit.trim() === '%' ? words.percentagePoints : options.unit;
  return new Chart<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: words.chartYearlyChange,
          // The bars are drawn by semanticLayers; these points give them tooltips and the scale its range.
          data: semantic.changes.map((c) => ({ x: c.x, y: c.change })),
          showLine: false,
          pointRadius: 0,
          pointHitRadius: 12,
          borderColor: metBar,
          backgroundColor: metBar,
        },
        {
          label: words.chartRequiredRate,
          data: [
            { x: first, y: required },
            { x: last, y: required },
          ],
          borderColor: targetColour,
          backgroundColor: targetColour,
          borderDash: [2, 3],
          borderWidth: 2,
          pointRadius: 0,
        },
      ],
    },
    plugins: [semanticLayers({ ...semantic, band: [] })],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? formatYear(Math.round(items[0].parsed.x ?? 0)) : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, options.lang)} ${unit}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: first,
          max: last,
          ticks: {
            stepSize: 1,
            precision: 0,
            callback: (value) => (Number.isInteger(Number(value)) ? formatYear(Number(value)) : ''),
          },
          title: { display: true, text: words.year },
        },
        y: {
          type: 'linear',
          grace: '10%',
          beginAtZero: true,
          ticks: { callback: (value) => formatNumber(Number(value), options.lang) },
          title: { display: Boolean(unit), text: unit },
        },
      },
    },
  });
};

/** Frees every chart of the previous page (Chart.js keeps a registry of live instances). */
export const destroyCharts = (): void => {
  for (const chart of Object.values(Chart.instances)) chart.destroy();
};
