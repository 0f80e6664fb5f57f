// A chart (Apache ECharts, SVG renderer, only the parts used here imported) and, under it, the same
// data points as a table: the chart's text alternative, for screen readers, keyboards and copying.
// Usage: <Chart title="Stock value" kind="line" categories={['1 Jan', …]} series={[{ name, values }]} />
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  /** One value per category, in the same order. */
  values: readonly number[];
  /** Series with the same stack name are stacked. */
  stack?: string;
}

export interface ChartProps {
  /** The chart's caption, also the table's. */
  title: string;
  kind: 'line' | 'bar';
  /** The x axis (or y axis when horizontal): already formatted labels. */
  categories: readonly string[];
  /** The first column's heading in the table, e.g. "Week ending". */
  categoryLabel: string;
  series: readonly ChartSeries[];
  /** How a value reads in the table and the tooltip. */
  format?: (value: number) => string;
  /** Bars along the y axis (long category names). */
  horizontal?: boolean;
  /** Shown instead of the chart when there are no categories. */
  empty?: string;
  height?: number;
}

const PALETTE = ['#0b5cad', '#d1495b', '#2e8b57', '#edae49', '#6a4c93', '#00798c', '#8c564b', '#5c6770'];

export function Chart({
  title,
  kind,
  categories,
  categoryLabel,
  series,
  format = String,
  horizontal = false,
  empty = 'Nothing to show for these filters.',
  height = 280,
}: ChartProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const hasData = categories.length > 0;

  useEffect(() => {
    const element = canvas.current;
    if (!element || !hasData) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    const categoryAxis = { type: 'category' as const, data: [...categories], axisLabel: { hideOverlap: true } };
    // A line (a level over time) is scaled to its values, so a change shows; bars start at zero.
    const valueAxis = {
      type: 'value' as const,
      scale: kind === 'line',
      axisLabel: { formatter: (value: number) => format(value) },
    };
    chart.setOption({
      animation: false,
      color: PALETTE,
      // Drawn inside the SVG (not as HTML with inline styles, which the page's CSP refuses).
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : String(value)),
      },
      legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
      grid: { left: 8, right: 16, bottom: 8, top: series.length > 1 ? 36 : 12, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: series.map((each) => ({
        name: each.name,
        type: kind,
        stack: each.stack,
        data: [...each.values],
        showSymbol: kind === 'line' && categories.length <= 40,
        emphasis: { focus: 'series' },
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [categories, series, kind, horizontal, format, hasData]);

  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {hasData ? (
        <>
          {/* The picture; the table below carries the same data for assistive technology. */}
          <div ref={canvas} className="chart-canvas" aria-hidden="true" style={{ height }} />
          <details className="chart-data">
            <summary>Data table: {title}</summary>
            <div className="table-wrap">
              <table data-chart={title}>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{categoryLabel}</th>
                    {series.map((each) => (
                      <th scope="col" className="number" key={each.name}>
                        {each.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {categories.map((category, index) => (
                    <tr key={`${category}-${index}`}>
                      <th scope="row">{category}</th>
                      {series.map((each) => (
                        <td className="number" key={each.name}>
                          {format(each.values[index] ?? 0)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </figure>
  );
}
