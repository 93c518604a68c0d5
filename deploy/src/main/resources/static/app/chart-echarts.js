// Apache ECharts, served by the app (static/vendor/echarts), loaded once when a page first draws a chart so that the
// other pages do not parse a megabyte of script. Tooltips render on the canvas: an HTML tooltip carries inline
// style attributes that the Content-Security-Policy (default-src 'self') refuses.
import { addMessages, t } from './i18n.js';
import { h } from './ui.js';

addMessages({
  zh: { 'chart.data': '图表数据（表格）' },
  en: { 'chart.data': 'The figures as a table' },
});

let loading = null;

export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/vendor/echarts/echarts.min.js';
      script.onload = () => resolve(window.echarts);
      script.onerror = () => {
        loading = null;
        reject(new Error('ECharts could not be loaded'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

const FONT = '"PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';

export const COLORS = ['#b42318', '#1d4ed8', '#1b7a3a', '#b45309', '#6d28d9', '#0e7490', '#616e7c'];

/**
 * Draws option into element (replacing an earlier chart there) and keeps it sized with its box. Returns the chart;
 * disposeCharts(root) releases every chart below root when the page is left.
 */
export async function drawChart(element, option) {
  const echarts = await loadECharts();
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    element.traceObserver = observer;
  }
  chart.setOption({
    color: COLORS,
    textStyle: { fontFamily: FONT },
    aria: { enabled: true },
    animationDuration: 300,
    ...option,
    tooltip: { trigger: 'axis', ...option.tooltip, renderMode: 'richText', confine: true },
  }, true);
  element.setAttribute('role', 'img');
  return chart;
}

export function disposeCharts(root) {
  if (!window.echarts) return;
  for (const element of root.querySelectorAll('.chart')) {
    element.traceObserver?.disconnect();
    window.echarts.getInstanceByDom(element)?.dispose();
  }
}

/** A chart with a heading and its figures as a table a keyboard or screen-reader user can read. */
export function chartCard(id, titleKey, table) {
  return h('section', { class: 'card trace-chart-card', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, t(titleKey)),
    h('div', { id, class: 'chart' }),
    table ? h('details', { class: 'trace-chart-data' }, h('summary', {}, t('chart.data')), table) : null);
}

/** A plain table: headers and rows of cells (strings, numbers or nodes); number columns align right. */
export function figureTable(headers, rows, numberColumns = []) {
  return h('table', { class: 'trace-table' },
    h('thead', {}, h('tr', {}, headers.map((text, i) => h('th', {
      scope: 'col', class: numberColumns.includes(i) ? 'number' : null }, text)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, i) => h('td', {
      class: numberColumns.includes(i) ? 'number' : null }, cell ?? '—'))))));
}

/** Long names cut for an axis; the full name stays in the tooltip and the table. */
export function shortLabel(text, length = 14) {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * A project name for an axis: many share a head ("其他专项工作经费(司法调解员费)"), so the words in brackets tell
 * them apart.
 */
export function shortProject(name, length = 14) {
  const inner = /^[^(（]+[(（](.+)[)）]$/.exec(name || '');
  return shortLabel(inner ? inner[1] : name, length);
}

/** A unit name for an axis, without the city every unit of the installation shares. */
export function shortUnit(name, length = 12) {
  return shortLabel((name || '').replace(/^上海市/, ''), length);
}
