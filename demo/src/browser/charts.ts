import type { FunnelRow } from '../dashboard/dashboard-data.js';
import { svg } from './dom.js';
import { SEGMENTS } from './labels.js';

export type { FunnelRow };

export const FUNNEL_STAGES = [
  { key: 'quizCompleted', name: 'Quiz completed' },
  { key: 'choseOption', name: 'Chose an option' },
  { key: 'paid', name: 'Paid' },
  { key: 'gaveFeedback', name: 'Gave feedback' },
] as const;

const WIDTH = 400;

/** Horizontal grouped bars: one group per segment, one bar per funnel stage. */
export function funnelChart(rows: readonly FunnelRow[]): SVGSVGElement {
  const labelWidth = 130;
  const plotWidth = WIDTH - labelWidth - 30;
  const barHeight = 10;
  const groupHeight = FUNNEL_STAGES.length * (barHeight + 3) + 14;
  const height = rows.length * groupHeight;
  const max = Math.max(1, ...rows.flatMap((row) => FUNNEL_STAGES.map((stage) => row[stage.key])));
  const summary = rows.map((row) => `${SEGMENTS[row.segment] ?? row.segment}: ${FUNNEL_STAGES.map((stage) => `${row[stage.key]} ${stage.name.toLowerCase()}`).join(', ')}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `Funnel by segment. ${summary}.`, class: 'chart-svg' });

  rows.forEach((row, group) => {
    const top = group * groupHeight;
    chart.append(svg('text', { x: 0, y: top + groupHeight / 2, class: 'axis-label', 'dominant-baseline': 'middle' }, SEGMENTS[row.segment] ?? row.segment));
    FUNNEL_STAGES.forEach((stage, index) => {
      const value = row[stage.key];
      const y = top + 4 + index * (barHeight + 3);
      const width = Math.round((value / max) * plotWidth);
      chart.append(svg('rect', { x: labelWidth, y, width: Math.max(width, 1), height: barHeight, class: `stage-${index}` }));
      chart.append(svg('text', { x: labelWidth + width + 4, y: y + barHeight - 1, class: 'value' }, String(value)));
    });
  });
  return chart;
}

/** Vertical bars: how many debtors gave each score on the creditor's scale. */
export function csatChart(csat: { min: number; max: number; counts: readonly number[]; responses: number }): SVGSVGElement {
  const height = 200;
  const bottom = 172;
  const plotHeight = 145;
  const slot = (WIDTH - 20) / csat.counts.length;
  const max = Math.max(1, ...csat.counts);
  const summary = csat.counts.map((count, index) => `score ${csat.min + index}: ${count}`).join(', ');
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `Satisfaction scores from ${csat.responses} responses. ${summary}.`, class: 'chart-svg' });
  chart.append(svg('line', { x1: 10, x2: WIDTH - 10, y1: bottom, y2: bottom, class: 'axis' }));
  csat.counts.forEach((count, index) => {
    const barHeight = Math.round((count / max) * plotHeight);
    const x = 10 + index * slot + slot * 0.15;
    const centre = 10 + index * slot + slot / 2;
    chart.append(svg('rect', { x, y: bottom - barHeight, width: slot * 0.7, height: barHeight, class: 'csat-bar' }));
    chart.append(svg('text', { x: centre, y: bottom - barHeight - 4, class: 'value', 'text-anchor': 'middle' }, String(count)));
    chart.append(svg('text', { x: centre, y: bottom + 18, class: 'axis-label', 'text-anchor': 'middle' }, String(csat.min + index)));
  });
  return chart;
}
