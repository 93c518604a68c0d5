// The 财政项目支出绩效自评表 as the official template lays it out: header, funds, goals, indicators, total and grade.
// Every figure a person can type is an input whose data-key names it as the API does ("funds.total.executed",
// "goals.actual", "indicators.I6.score"); checks and refusals are shown in the cell of the figure they concern.
import { addMessages, lang, t } from './i18n.js';
import { h } from './ui.js';
import { inBrackets, labelled } from './form-words.js';

addMessages({
  zh: {
    'sheet.title': '财政项目支出绩效自评表', 'sheet.yearTitle': '（{year}年度）',
    'sheet.funds': '项目资金（{unit}）', 'sheet.initialBudget': '年初预算数', 'sheet.adjustedBudget': '全年预算数',
    'sheet.executed': '全年执行数', 'sheet.weight': '分值', 'sheet.rate': '执行率', 'sheet.score': '得分',
    'sheet.source.total': '年度资金总额', 'sheet.source.currentYearAppropriation': '其中：当年财政拨款',
    'sheet.source.carryover': '上年结转资金', 'sheet.source.other': '其他资金',
    'sheet.goals': '年度总体目标', 'sheet.expected': '预期目标', 'sheet.actual': '实际完成情况',
    'sheet.indicators': '绩效指标', 'sheet.level1': '一级指标', 'sheet.level2': '二级指标', 'sheet.name': '三级指标',
    'sheet.target': '年度指标值', 'sheet.actualValue': '实际完成值', 'sheet.suggested': '建议得分',
    'sheet.deviation': '偏差原因分析及改进措施', 'sheet.total': '总分', 'sheet.grade': '评分等级',
    'sheet.formChecks': '整表检查', 'sheet.projectCode': '项目编码',
  },
  en: {
    'sheet.title': 'Project expenditure performance self-evaluation form', 'sheet.yearTitle': '(fiscal year {year})',
    'sheet.funds': 'Project funds ({unit})', 'sheet.initialBudget': 'Initial budget',
    'sheet.adjustedBudget': 'Adjusted budget', 'sheet.executed': 'Executed', 'sheet.weight': 'Weight',
    'sheet.rate': 'Execution rate', 'sheet.score': 'Score', 'sheet.source.total': 'Total funds',
    'sheet.source.currentYearAppropriation': 'of which: current-year appropriation',
    'sheet.source.carryover': 'Carry-over from last year', 'sheet.source.other': 'Other funds',
    'sheet.goals': 'Annual overall goals', 'sheet.expected': 'Expected', 'sheet.actual': 'Actually achieved',
    'sheet.indicators': 'Performance indicators', 'sheet.level1': 'Level 1', 'sheet.level2': 'Level 2',
    'sheet.name': 'Indicator', 'sheet.target': 'Target', 'sheet.actualValue': 'Actual', 'sheet.suggested': 'Suggested',
    'sheet.deviation': 'Reason for deviation and remedy', 'sheet.total': 'Total score', 'sheet.grade': 'Grade',
    'sheet.formChecks': 'Checks of the whole form', 'sheet.projectCode': 'Project code',
  },
});

export const SOURCES = ['total', 'currentYearAppropriation', 'carryover', 'other'];
const AMOUNTS = ['initialBudget', 'adjustedBudget', 'executed'];

/** The stored value of a figure, by its key. */
export function valueOf(form, key) {
  const [part, name, field] = key.split('.');
  if (part === 'funds') return form.funds?.[name]?.[field] ?? null;
  if (part === 'goals') return form.goals?.[name] ?? null;
  if (part === 'indicators') return form.indicators.find((i) => i.indicatorId === name)?.[field] ?? null;
  return null;
}

/** 3,040,000.00: thousands grouped, every decimal the form holds kept (万元 amounts may carry more than two). */
function grouped(value) {
  if (value === null || value === undefined) return '';
  const [whole, decimals] = String(value).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? digits : `${digits}.${decimals}`;
}

const idOf = (key) => `checks-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Where the checks of a figure go; the input it belongs to points at it, so a screen reader reads them too. */
function checksFor(key) {
  return h('div', { class: 'checks', id: idOf(key), dataset: { checkFor: key } });
}

function percent(value) {
  return value === null || value === undefined ? '—' : `${value}%`;
}

function suggestion(indicator) {
  const band = indicator.suggestedScore;
  if (!band) return '—';
  return band.min === band.max ? band.min : `${band.min}–${band.max}`;
}

/**
 * The sheet of a form. {@code current(key)} gives what an input shows (the unsaved value if any); inputs are
 * read-only unless {@code editable}.
 */
export function renderSheet(form, { editable, current }) {
  const field = (key, attributes, label) => {
    const common = {
      ...attributes, 'data-key': key, 'aria-label': label, 'aria-describedby': idOf(key), readonly: !editable,
    };
    if (attributes.rows) return h('textarea', common, current(key) ?? '');
    // Only what cannot be typed is grouped by thousands: an editor shows the digits as they will be sent.
    const shown = !editable && key.startsWith('funds.') ? grouped(current(key)) : current(key) ?? '';
    return h('input', { ...common, value: shown, autocomplete: 'off' });
  };
  const unit = t(`form.unit.${form.amountUnit}`);

  const header = h('table', { class: 'sheet-head' },
    h('tr', {}, h('th', { scope: 'row' }, t('form.project')),
      h('td', { colspan: 3, class: 'project-name' }, form.projectName,
        form.projectCode ? h('span', { class: 'muted' }, inBrackets(`${labelled(t('sheet.projectCode'))}${form.projectCode}`))
          : null)),
    h('tr', {}, h('th', { scope: 'row' }, t('form.department')),
      h('td', {}, form.competentDepartmentName || form.competentDepartmentId),
      h('th', { scope: 'row' }, t('form.unitName')),
      h('td', {}, form.implementingUnitName || form.implementingUnitId)));

  const funds = h('table', { class: 'sheet-funds' },
    h('tr', {}, h('th', { rowspan: SOURCES.length + 1, scope: 'rowgroup', class: 'group' }, t('sheet.funds', { unit })),
      h('th', {}), AMOUNTS.map((a) => h('th', { scope: 'col', class: 'number amount' }, t(`sheet.${a}`))),
      h('th', { scope: 'col', class: 'number' }, t('sheet.weight')),
      h('th', { scope: 'col', class: 'number' }, t('sheet.rate')),
      h('th', { scope: 'col', class: 'number' }, t('sheet.score'))),
    SOURCES.map((source) => {
      const total = source === 'total';
      const label = t(`sheet.source.${source}`);
      return h('tr', { class: total ? 'total' : null },
        h('th', { scope: 'row' }, label),
        AMOUNTS.map((column) => {
          const key = `funds.${source}.${column}`;
          return h('td', { class: 'number' },
            field(key, { class: 'figure', inputmode: 'decimal', 'data-field': column, 'data-source': source },
              `${label} ${t(`sheet.${column}`)}${inBrackets(unit)}`),
            checksFor(key));
        }),
        h('td', { class: 'number' }, total ? form.budgetExecution?.weight ?? '10' : '—'),
        h('td', { class: 'number', id: total ? 'execution-rate' : null, 'data-output': `funds.${source}.executionRate` }),
        h('td', { class: 'number', id: total ? 'budget-score' : null }, total ? null : '—'));
    }));

  const goals = h('table', { class: 'sheet-goals' },
    h('tr', {}, h('th', { rowspan: 2, scope: 'rowgroup', class: 'group' }, t('sheet.goals')),
      h('th', { scope: 'col' }, t('sheet.expected')), h('th', { scope: 'col' }, t('sheet.actual'))),
    h('tr', {},
      h('td', {}, field('goals.expected', { rows: 4, 'data-field': 'goals-expected' }, t('sheet.expected')),
        checksFor('goals.expected')),
      h('td', {}, field('goals.actual', { rows: 4, 'data-field': 'goals-actual' }, t('sheet.actual')),
        checksFor('goals.actual'))));

  const indicators = h('table', { class: 'sheet-indicators' },
    h('tr', {},
      h('th', { rowspan: form.indicators.length + 1, scope: 'rowgroup', class: 'group vertical' },
        t('sheet.indicators')),
      ['level1', 'level2', 'name', 'target', 'actualValue'].map((k) => h('th', { scope: 'col', class: k }, t(`sheet.${k}`))),
      ['weight', 'score', 'suggested'].map((k) => h('th', { scope: 'col', class: `number ${k}` }, t(`sheet.${k}`))),
      h('th', { scope: 'col', class: 'deviation' }, t('sheet.deviation'))),
    indicatorRows(form, field));

  const totals = h('table', { class: 'sheet-total' },
    h('tr', {}, h('th', { scope: 'row' }, t('sheet.total')), h('td', { id: 'total-score' }),
      h('th', { scope: 'row' }, t('sheet.grade')), h('td', { id: 'grade' })));

  const general = h('section', { class: 'form-checks', 'aria-label': t('sheet.formChecks') }, checksFor(''));
  const sheet = h('article', { class: 'sheet' },
    h('h1', { class: 'sheet-title' }, t('sheet.title')),
    h('p', { class: 'sheet-year' }, t('sheet.yearTitle', { year: form.fiscalYear })),
    header, funds, goals, indicators, totals, general);
  showFigures(sheet, form);
  return sheet;
}

/** Rows of the indicator table; a category cell spans the rows of its consecutive indicators, as on paper. */
function indicatorRows(form, field) {
  const list = form.indicators;
  const span = (index, same) => {
    if (index > 0 && same(list[index - 1], list[index])) return 0;
    let end = index + 1;
    while (end < list.length && same(list[end - 1], list[end])) end += 1;
    return end - index;
  };
  const sameLevel1 = (a, b) => a.level1 === b.level1;
  const sameLevel2 = (a, b) => a.level1 === b.level1 && a.level2 === b.level2;
  return list.map((indicator, index) => {
    const id = indicator.indicatorId;
    const key = (name) => `indicators.${id}.${name}`;
    const name = indicator.name || id;
    const level1Rows = span(index, sameLevel1);
    const level2Rows = span(index, sameLevel2);
    return h('tr', { dataset: { indicatorRow: id } },
      level1Rows ? h('th', { scope: 'rowgroup', rowspan: level1Rows, class: 'level1' }, indicator.level1 ?? '') : null,
      level2Rows ? h('th', { scope: 'rowgroup', rowspan: level2Rows, class: 'level2' }, indicator.level2 ?? '') : null,
      h('th', { scope: 'row', class: 'name' }, indicator.name ?? '', checksFor(key('name'))),
      h('td', { class: 'target' }, indicator.target ?? '', checksFor(key('target'))),
      h('td', { class: 'actual' },
        field(key('actual'), { 'data-field': 'actual', 'data-indicator': id }, `${name} ${t('sheet.actualValue')}`),
        checksFor(key('actual'))),
      h('td', { class: 'number weight' }, indicator.weight ?? '', checksFor(key('weight'))),
      h('td', { class: 'number score' },
        field(key('score'), { class: 'figure', inputmode: 'decimal', 'data-field': 'score', 'data-indicator': id },
          `${name} ${t('sheet.score')}`),
        checksFor(key('score'))),
      h('td', { class: 'number suggested', 'data-output': `${key('suggested')}` }),
      h('td', { class: 'deviation' },
        field(key('deviation'), { rows: 2, 'data-field': 'deviation', 'data-indicator': id },
          `${name} ${t('sheet.deviation')}`),
        checksFor(key('deviation'))));
  });
}

/** The computed figures of a form (as stored or as previewed): rates, budget score, suggestions, total, grade. */
export function showFigures(sheet, form) {
  for (const source of SOURCES) {
    sheet.querySelector(`[data-output="funds.${source}.executionRate"]`).textContent =
      percent(form.funds?.[source]?.executionRate);
  }
  sheet.querySelector('#budget-score').textContent = form.budgetExecution?.score ?? '—';
  for (const indicator of form.indicators) {
    const cell = sheet.querySelector(`[data-output="indicators.${indicator.indicatorId}.suggested"]`);
    if (cell) {
      cell.textContent = suggestion(indicator);
      cell.title = indicator.suggestedScore?.basis || '';
    }
  }
  sheet.querySelector('#total-score').textContent = form.totalScore ?? '—';
  sheet.querySelector('#grade').textContent = form.grade ?? '—';
}

/** The key of the figure a check concerns; '' for the whole form. */
export function checkKey(check) {
  if (check.indicatorId) return `indicators.${check.indicatorId}.${check.field || 'name'}`;
  return check.field || '';
}

/**
 * Shows the failing checks, the problems that block a submission and the refusals of typed figures, each in the
 * cell of its figure. {@code refusals} maps a key to a message.
 */
export function showChecks(sheet, checks, problems = [], refusals = new Map()) {
  for (const box of sheet.querySelectorAll('.checks')) box.replaceChildren();
  for (const input of sheet.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const place = (key, element) => {
    const box = sheet.querySelector(`.checks[data-check-for="${CSS.escape(key)}"]`)
      || sheet.querySelector('.checks[data-check-for=""]');
    box.append(element);
  };
  const words = (check) => (lang() === 'zh' ? check.messageZh || check.message : check.message || check.messageZh);
  for (const check of checks) {
    place(checkKey(check), h('p', { class: 'check', dataset: { code: check.code } }, words(check)));
  }
  for (const problem of problems) {
    place(checkKey(problem), h('p', { class: 'check problem', dataset: { code: problem.code } }, words(problem)));
  }
  for (const [key, message] of refusals) {
    place(key, h('p', { class: 'check refused', role: 'alert' }, message));
    sheet.querySelector(`[data-key="${CSS.escape(key)}"]`)?.setAttribute('aria-invalid', 'true');
  }
}
