import type { BusinessReport, ColumnKind } from '@smp/contracts';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_LOOKS, valueAxisTicks, type ChartSpec, type SeriesLook } from './business-report-charts';
import { formatCell, formatChartValue } from './business-report-format';
import { minorUnitsPerMajor } from '../shared/money';
import './business-reports.css';

interface BusinessReportChartProps {
  report: BusinessReport;
  spec: ChartSpec;
  title: string;
}

const axisTick = { fontSize: 12, fill: '#1c2430' };
const ink = '#1c2430';

/**
 * A report drawn as bars or lines. To a screen reader it is one image with a name and
 * a summary; the table under it carries every figure.
 */
export function BusinessReportChart({ report, spec, title }: BusinessReportChartProps) {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const columnOf = (key: string) => report.columns.find((column) => column.key === key);
  const category = columnOf(spec.category);
  const series = spec.series.flatMap((key) => columnOf(key) ?? []);
  const valueKind: ColumnKind = series[0]?.kind ?? 'count';
  if (!category || series.length === 0) return null;

  const categoryNames = report.rows.map((row) => formatCell(category, row[spec.category] ?? null, report.currency));
  // Only the drawn values: recharts hands a point's fields to its SVG element, where a column named "style" would be read as CSS.
  const data = report.rows.map((row, index) => ({
    categoryName: categoryNames[index],
    ...Object.fromEntries(series.map((column) => [column.key, row[column.key] === null || row[column.key] === undefined ? null : Number(row[column.key])])),
  }));
  const formatValue = (value: unknown) => formatChartValue(valueKind, Number(value), report.currency);
  const patternId = (index: number) => `${id}-series-${index}`;
  const valueAxisLabel = series.length === 1 ? series[0]!.label : valueLabel[valueKind];
  const across = spec.shape === 'bars' && category.kind !== 'month';
  const height = across ? 56 + data.length * (series.length * 22 + 14) : 280;
  const summary = `${spec.shape === 'bars' ? 'Bars' : 'Lines'} of ${series.map((column) => column.label.toLowerCase()).join(', ')} by ${category.label.toLowerCase()}${
    categoryNames.length > 1 ? `, ${categoryNames[0]!} to ${categoryNames.at(-1)!}` : ''
  }. The table below gives every figure.`;

  const categoryAxis = { dataKey: 'categoryName', type: 'category' as const, tick: axisTick, stroke: ink };
  // With nothing yet to show, an axis of zeros would read "$0 $0 $0": keep a small scale instead.
  const smallestTop = { money: 100 * minorUnitsPerMajor(report.currency), rate: 0.1, count: 4, hours: 4, month: 0, text: 0 }[valueKind];
  const largest = Math.max(smallestTop, ...report.rows.flatMap((row) => series.map((column) => Number(row[column.key] ?? 0))));
  const ticks = valueAxisTicks(largest);
  const valueAxis = { type: 'number' as const, tick: axisTick, stroke: ink, tickFormatter: formatValue, ticks, domain: [0, ticks.at(-1)!] };
  const tooltip = <Tooltip formatter={(value, name) => [formatCell(columnOf(String(name)) ?? category, Number(value), report.currency), columnOf(String(name))?.label ?? name]} />;

  return (
    <figure className="report-chart">
      <div role="img" aria-label={`Chart: ${title}`} aria-describedby={`${id}-summary`}>
        <ResponsiveContainer width="100%" height={height}>
          {spec.shape === 'bars' ? (
            <BarChart data={data} layout={across ? 'vertical' : 'horizontal'} margin={{ top: 8, right: across ? 56 : 8, bottom: 24, left: 8 }} accessibilityLayer={false}>
              <defs>
                {SERIES_LOOKS.map((look, index) => (
                  <SeriesPattern key={look.pattern} id={patternId(index)} look={look} />
                ))}
              </defs>
              <CartesianGrid stroke="#d9dee5" vertical={across} horizontal={!across} />
              {across ? (
                <>
                  <XAxis {...valueAxis} label={{ value: valueAxisLabel, position: 'insideBottom', offset: -16, fill: ink }} />
                  <YAxis {...categoryAxis} width={110} tickFormatter={shortName} />
                </>
              ) : (
                <>
                  <XAxis {...categoryAxis} label={{ value: category.label, position: 'insideBottom', offset: -16, fill: ink }} />
                  <YAxis {...valueAxis} width={64} label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', fill: ink, style: { textAnchor: 'middle' } }} />
                </>
              )}
              {tooltip}
              {series.map((column, index) => (
                <Bar key={column.key} dataKey={column.key} name={column.key} fill={`url(#${patternId(index)})`} stroke={ink} strokeWidth={1} isAnimationActive={false}>
                  {across && <LabelList dataKey={column.key} position="right" formatter={formatValue} fill={ink} fontSize={12} />}
                </Bar>
              ))}
            </BarChart>
          ) : (
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#d9dee5" vertical={false} />
              <XAxis {...categoryAxis} label={{ value: category.label, position: 'insideBottom', offset: -16, fill: ink }} />
              <YAxis {...valueAxis} width={64} label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', fill: ink, style: { textAnchor: 'middle' } }} />
              {tooltip}
              {series.map((column, index) => {
                const look = SERIES_LOOKS[index % SERIES_LOOKS.length]!;
                return (
                  <Line
                    key={column.key}
                    dataKey={column.key}
                    name={column.key}
                    stroke={look.colour}
                    strokeWidth={2}
                    strokeDasharray={look.dash}
                    isAnimationActive={false}
                    dot={({ cx, cy, value, index: point }: { cx?: number; cy?: number; value?: unknown; index?: number }) =>
                      // A month without appointments has no rate: no point, and the line breaks there.
                      value === null || value === undefined || cx === undefined || cy === undefined ? <g key={point} /> : <Marker key={point} look={look} x={cx} y={cy} />
                    }
                    activeDot={false}
                  />
                );
              })}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((column, index) => (
            <li key={column.key}>
              <LegendSwatch shape={spec.shape} look={SERIES_LOOKS[index % SERIES_LOOKS.length]!} fill={`url(#${patternId(index)})`} />
              {column.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption id={`${id}-summary`} className="visually-hidden">
        {summary}
      </figcaption>
    </figure>
  );
}

/** A long name cut to fit beside its bar; the table gives it whole. */
function shortName(name: string): string {
  return name.length > 16 ? `${name.slice(0, 15)}…` : name;
}

const valueLabel: Record<ColumnKind, string> = { money: 'Amount', rate: 'Rate', count: 'Number', hours: 'Hours', month: 'Month', text: '' };

/** A bar's fill: the series' colour, overlaid with its hatching or dots. */
function SeriesPattern({ id, look }: { id: string; look: SeriesLook }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={look.pattern === 'hatch' ? 'rotate(45)' : undefined}>
      <rect width="8" height="8" fill={look.colour} />
      {look.pattern === 'hatch' && <line x1="0" y1="0" x2="0" y2="8" stroke={ink} strokeWidth="3" />}
      {look.pattern === 'dots' && <circle cx="4" cy="4" r="1.8" fill="#ffffff" />}
    </pattern>
  );
}

/** A line's point: a circle, square or triangle, hollow-cored so that overlapping points stay apart. */
function Marker({ look, x, y }: { look: SeriesLook; x: number; y: number }) {
  const common = { fill: '#ffffff', stroke: look.colour, strokeWidth: 2 };
  if (look.marker === 'square') return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...common} />;
  if (look.marker === 'triangle') return <path d={`M${x},${y - 6} L${x + 5.5},${y + 4} L${x - 5.5},${y + 4} Z`} {...common} />;
  return <circle cx={x} cy={y} r={4.5} {...common} />;
}

function LegendSwatch({ shape, look, fill }: { shape: ChartSpec['shape']; look: SeriesLook; fill: string }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14">
      {shape === 'bars' ? (
        <rect x="7" y="0.5" width="14" height="13" fill={fill} stroke={ink} />
      ) : (
        <>
          <line x1="0" y1="7" x2="28" y2="7" stroke={look.colour} strokeWidth="2" strokeDasharray={look.dash} />
          <Marker look={look} x={14} y={7} />
        </>
      )}
    </svg>
  );
}
