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
  type ScatterDataPoint,
} from 'chart.js';
import { formatNumber, formatValue, formatYear } from '../src/format.ts';
import { t } from '../src/i18n.ts';
import type { ChartSeries } from '../src/series.ts';
import type { Lang } from '../src/types.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

const ink = '#1f3a5f';
const expectedColour = '#6b7280';
const targetColour = '#1a7f37';
const illustrativeFill = '#ffffff';

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

/** The indicator chart: actuals, expected trajectory and target, with legend, axes and tooltips. */
export const indicatorChart = (
  canvas: HTMLCanvasElement,
  series: ChartSeries,
  options: { lang: Lang; unit: string; targetLabel: string; illustrative: boolean },
): Chart<'line', ScatterDataPoint[]> => {
  const words = t(options.lang);
  const actualLabel = `${series.cumulative ? words.chartActualTotal : words.chartActual}${options.illustrative ? ` (${words.illustrative})` : ''}`;
  const datasets: LineDataset[] = [actualDataset(series, actualLabel, 4), expectedDataset(series, words.chartExpected)];
  if (series.target && series.years) {
    datasets.push({
      label: `${words.chartTarget} ${options.targetLabel}`,
      data: [
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
  const illustrativeAt = new Set(series.actual.filter((p) => p.illustrative).map((p) => p.x));
  return new Chart<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: { datasets },
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

/** Frees every chart of the previous page (Chart.js keeps a registry of live instances). */
export const destroyCharts = (): void => {
  for (const chart of Object.values(Chart.instances)) chart.destroy();
};
