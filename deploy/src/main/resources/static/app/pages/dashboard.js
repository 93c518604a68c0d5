// #/dashboard[/<unit>/<year>]: a unit and every unit below it for a fiscal year: where the forms stand in the
// workflow, grades, execution rate by unit, amendments after submission; redrawn live from the dashboard stream.
import { registerPage } from '../main.js';
import { api } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { amount, h } from '../ui.js';
import { chartCard, disposeCharts, drawChart, figureTable, shortProject, shortUnit } from '../chart-echarts.js';
import { labelled, organization, ownUnitId, select, unitOptions, visibleForms, yearOptions, yearsOf }
  from '../trace-filters.js';
import { gradeText, percentText, statusText, timeText } from '../trace-words.js';
import { formLinks } from '../trace-view.js';

addMessages({
  zh: {
    'dashboard.nav': '统计看板', 'dashboard.unit': '单位（含下级单位）', 'dashboard.year': '年度',
    'dashboard.live': '实时更新 · {time}', 'dashboard.offline': '实时更新已中断，数字为 {time} 的情况',
    'dashboard.deadline': '截止日期 {date}', 'dashboard.forms': '自评表', 'dashboard.overdue': '逾期未报',
    'dashboard.rate': '总执行率', 'dashboard.budget': '全年预算数（万元）', 'dashboard.executed': '全年执行数（万元）',
    'dashboard.average': '平均总分', 'dashboard.changesAfterSubmission': '提交后修改（次）',
    'dashboard.changesAfterApproval': '审核通过后修改（次）',
    'dashboard.status': '审核进度', 'dashboard.grades': '评分等级分布', 'dashboard.rates': '各单位预算执行率',
    'dashboard.changes': '提交后修改的自评表',
    'dashboard.stage.all': '全部自评表', 'dashboard.stage.submitted': '已提交审核',
    'dashboard.stage.department': '主管部门审核及以后', 'dashboard.stage.finance': '财政复核及以后',
    'dashboard.stage.approved': '已审核通过', 'dashboard.stage': '环节', 'dashboard.count': '份数',
    'dashboard.statusNow': '当前状态', 'dashboard.gradeCount': '份数', 'dashboard.scored': '已评分 {count} 份',
    'dashboard.total': '合计', 'dashboard.noChanges': '本年度没有提交后修改的自评表',
    'dashboard.afterSubmission': '提交后修改（次）', 'dashboard.afterApproval': '其中审核通过后（次）',
    'dashboard.formsTitle': '本年度自评表', 'dashboard.noForms': '该单位本年度没有自评表。',
    'dashboard.late': '逾期',
  },
  en: {
    'dashboard.nav': 'Dashboard', 'dashboard.unit': 'Unit (and the units below it)', 'dashboard.year': 'Year',
    'dashboard.live': 'Live · {time}', 'dashboard.offline': 'Live updates stopped; figures as of {time}',
    'dashboard.deadline': 'Deadline {date}', 'dashboard.forms': 'Forms', 'dashboard.overdue': 'Overdue',
    'dashboard.rate': 'Execution rate', 'dashboard.budget': 'Adjusted budget (10,000 yuan)',
    'dashboard.executed': 'Executed (10,000 yuan)', 'dashboard.average': 'Average total score',
    'dashboard.changesAfterSubmission': 'Amendments after submission',
    'dashboard.changesAfterApproval': 'Amendments after approval',
    'dashboard.status': 'Review progress', 'dashboard.grades': 'Grades', 'dashboard.rates': 'Execution rate by unit',
    'dashboard.changes': 'Forms amended after submission',
    'dashboard.stage.all': 'All forms', 'dashboard.stage.submitted': 'Submitted',
    'dashboard.stage.department': 'At department review or beyond', 'dashboard.stage.finance':
      'At finance review or beyond', 'dashboard.stage.approved': 'Approved', 'dashboard.stage': 'Stage',
    'dashboard.count': 'Forms', 'dashboard.statusNow': 'Status now', 'dashboard.gradeCount': 'Forms',
    'dashboard.scored': '{count} forms scored', 'dashboard.total': 'All units',
    'dashboard.noChanges': 'No form was amended after submission this year',
    'dashboard.afterSubmission': 'Amendments after submission', 'dashboard.afterApproval': 'of which after approval',
    'dashboard.formsTitle': 'Forms of the year', 'dashboard.noForms': 'The unit has no forms this year.',
    'dashboard.late': 'overdue',
  },
});

const GRADES = ['优', '良', '中', '差'];
const GRADE_COLORS = ['#1b7a3a', '#1d4ed8', '#b45309', '#b42318'];
const count = (set) => set?.count ?? 0;

function funnel(totals) {
  const status = totals.byStatus;
  const level = totals.underReviewByLevel;
  const approved = count(status.APPROVED);
  return [
    ['dashboard.stage.all', count(totals.forms)],
    ['dashboard.stage.submitted', count(status.UNDER_REVIEW) + approved],
    ['dashboard.stage.department', count(level.DEPARTMENT) + count(level.FINANCE) + approved],
    ['dashboard.stage.finance', count(level.FINANCE) + approved],
    ['dashboard.stage.approved', approved],
  ].map(([key, value]) => ({ name: t(key), value }));
}

function statusChart(totals) {
  const stages = funnel(totals);
  return {
    tooltip: { trigger: 'item', formatter: `${t('trace.colon', { label: '{b}' })}{c}` },
    series: [{ type: 'funnel', sort: 'none', left: '4%', width: '58%', top: 10, bottom: 10, min: 0,
      max: Math.max(1, stages[0].value), minSize: '2%', gap: 2, label: { position: 'right',
        formatter: `${t('trace.colon', { label: '{b}' })}{c}` },
      data: stages }],
  };
}

function statusTable(totals) {
  const rows = funnel(totals).map((stage) => [stage.name, stage.value]);
  const now = ['DRAFT', 'RETURNED', 'REOPENED', 'APPROVED'].map((status) => [statusText(status),
    count(totals.byStatus[status])]);
  const levels = ['UNIT', 'DEPARTMENT', 'FINANCE'].map((level) => [statusText('UNDER_REVIEW', level),
    count(totals.underReviewByLevel[level])]);
  return h('div', {},
    figureTable([t('dashboard.stage'), t('dashboard.count')], rows, [1]),
    figureTable([t('dashboard.statusNow'), t('dashboard.count')],
      [...now, ...levels, [t('dashboard.overdue'), count(totals.overdue)]], [1]));
}

function gradeChart(totals) {
  return {
    tooltip: { trigger: 'item' },
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: GRADES.map(gradeText) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barWidth: '45%', label: { show: true, position: 'top' },
      data: GRADES.map((grade, i) => ({ value: count(totals.scores.grades[grade]),
        itemStyle: { color: GRADE_COLORS[i] } })) }],
  };
}

function gradeTable(totals) {
  return h('div', {},
    h('p', { class: 'muted' }, t('trace.colon', { label: t('dashboard.average') }),
      `${totals.scores.averageScore ?? '—'} · `,
      t('dashboard.scored', { count: count(totals.scores.scored) })),
    figureTable([t('trace.grade'), t('dashboard.gradeCount')],
      GRADES.map((grade) => [gradeText(grade), count(totals.scores.grades[grade])]), [1]));
}

/** Units with forms of the year; those that implement nothing themselves would be empty bars. */
function unitsWithForms(dashboard) {
  return dashboard.byUnit.filter((unit) => unit.figures.funds.executionRate !== null);
}

function rateChart(dashboard) {
  const units = unitsWithForms(dashboard);
  const overall = dashboard.totals.funds.executionRate;
  return {
    grid: { left: 48, right: 24, top: 28, bottom: 48 },
    xAxis: { type: 'category', data: units.map((unit) => unit.unitName),
      axisLabel: { interval: 0, rotate: units.length > 4 ? 20 : 0, formatter: (name) => shortUnit(name) } },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', barMaxWidth: 48, name: t('dashboard.rate'),
      label: { show: true, position: 'top', formatter: '{c}%' },
      data: units.map((unit) => Number(unit.figures.funds.executionRate)),
      markLine: overall === null ? undefined : { symbol: 'none', lineStyle: { type: 'dashed' },
        label: { formatter: `${t('dashboard.total')} ${overall}%`, position: 'insideEndTop' },
        data: [{ yAxis: Number(overall) }] } }],
  };
}

function rateTable(dashboard) {
  const rows = unitsWithForms(dashboard).map((unit) => [unit.unitName, count(unit.figures.forms),
    amount(unit.figures.funds.adjustedBudget.tenThousandYuan), amount(unit.figures.funds.executed.tenThousandYuan),
    percentText(unit.figures.funds.executionRate)]);
  const totals = dashboard.totals.funds;
  rows.push([t('dashboard.total'), count(dashboard.totals.forms), amount(totals.adjustedBudget.tenThousandYuan),
    amount(totals.executed.tenThousandYuan), percentText(totals.executionRate)]);
  return figureTable([t('trace.unit'), t('dashboard.count'), t('dashboard.budget'), t('dashboard.executed'),
    t('trace.executionRate')], rows, [1, 2, 3, 4]);
}

function amendedForms(dashboard) {
  return dashboard.forms.filter((form) => form.amendmentsAfterSubmission > 0)
    .sort((a, b) => b.amendmentsAfterSubmission - a.amendmentsAfterSubmission);
}

function changesChart(dashboard) {
  const forms = amendedForms(dashboard).reverse();
  if (!forms.length) {
    return { graphic: { type: 'text', left: 'center', top: 'middle',
      style: { text: t('dashboard.noChanges'), fill: '#616e7c', fontSize: 14 } } };
  }
  return {
    legend: { top: 0 },
    grid: { left: 170, right: 24, top: 28, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: forms.map((form) => form.projectName),
      axisLabel: { formatter: (name) => shortProject(name, 12) } },
    series: [
      { type: 'bar', name: t('dashboard.afterSubmission'), data: forms.map((form) => form.amendmentsAfterSubmission),
        label: { show: true, position: 'right' } },
      { type: 'bar', name: t('dashboard.afterApproval'), data: forms.map((form) => form.amendmentsAfterApproval),
        label: { show: true, position: 'right', formatter: (bar) => bar.value || '' } },
    ],
  };
}

function changesTable(dashboard) {
  return figureTable([t('trace.project'), t('dashboard.afterSubmission'), t('dashboard.afterApproval'), ''],
    amendedForms(dashboard).map((form) => [form.projectName, form.amendmentsAfterSubmission,
      form.amendmentsAfterApproval, formLinks(form.evaluationId)]), [1, 2]);
}

function kpis(dashboard) {
  const totals = dashboard.totals;
  const figure = (key, value, id) => h('div', {}, h('dt', {}, t(key)), h('dd', { id }, value));
  return [
    figure('dashboard.forms', count(totals.forms), 'dashboard-forms'),
    figure('dashboard.overdue', count(totals.overdue), 'dashboard-overdue'),
    figure('dashboard.budget', amount(totals.funds.adjustedBudget.tenThousandYuan)),
    figure('dashboard.executed', amount(totals.funds.executed.tenThousandYuan)),
    figure('dashboard.rate', percentText(totals.funds.executionRate), 'dashboard-rate'),
    figure('dashboard.average', totals.scores.averageScore ?? '—', 'dashboard-average'),
    figure('dashboard.changesAfterSubmission', totals.changesAfterSubmission.figures, 'changes-after-submission'),
    figure('dashboard.changesAfterApproval', totals.changesAfterApproval.figures, 'changes-after-approval'),
  ];
}

function formsTable(dashboard) {
  if (!dashboard.forms.length) return h('p', { class: 'muted' }, t('dashboard.noForms'));
  return figureTable([t('trace.project'), t('trace.unit'), t('trace.status'), t('trace.executionRate'),
    t('trace.totalScore'), t('trace.grade'), t('dashboard.afterSubmission'), ''],
  dashboard.forms.map((form) => [form.projectName, form.implementingUnitName,
    h('span', {}, statusText(form.status, form.reviewLevel),
      form.overdue ? h('span', { class: 'trace-badge' }, t('dashboard.late')) : null),
    percentText(form.executionRate), form.totalScore, gradeText(form.grade), form.amendmentsAfterSubmission,
    formLinks(form.evaluationId)]), [3, 4, 6]);
}

/**
 * The link the reader is on, if any, to put them back on it after a live update rebuilt the tables: a keyboard user
 * would otherwise be thrown back to the top of the page.
 */
function focusedLink(root) {
  const link = document.activeElement;
  if (!(link instanceof HTMLAnchorElement) || !root.contains(link) || link.closest('header')) return null;
  const href = link.getAttribute('href');
  const text = link.textContent;
  // The same link may also sit in a folded table of figures, where it cannot take the focus: try each in turn.
  return { restore: () => [...root.querySelectorAll(`a[href="${CSS.escape(href)}"]`)]
    .filter((candidate) => candidate.textContent === text)
    .some((candidate) => {
      candidate.focus();
      return document.activeElement === candidate;
    }) };
}

registerPage('dashboard', {
  nav: 'dashboard.nav',
  async render(main, unitParam, yearParam) {
    const [org, forms] = await Promise.all([organization(), visibleForms()]);
    const years = yearsOf(forms);
    const unitSelect = select('dashboard-unit', unitOptions(org.units),
      org.units.some((unit) => unit.id === unitParam) ? unitParam : ownUnitId(org.units));
    const yearSelect = select('dashboard-year', yearOptions(years),
      years.includes(Number(yearParam)) ? yearParam : years[0]);
    const live = h('span', { class: 'trace-live', id: 'dashboard-live', 'aria-live': 'off' });
    const deadline = h('span', { class: 'muted' });
    const kpiList = h('dl', { class: 'trace-kpis', 'aria-live': 'polite' });
    const cards = {
      status: chartCard('chart-status', 'dashboard.status', h('div')),
      grades: chartCard('chart-grades', 'dashboard.grades', h('div')),
      rates: chartCard('chart-rates', 'dashboard.rates', h('div')),
      changes: chartCard('chart-changes', 'dashboard.changes', h('div')),
    };
    const formsSection = h('div');
    const problem = h('div', { role: 'alert' });
    main.append(h('h1', {}, t('dashboard.nav')),
      h('div', { class: 'toolbar' }, labelled('dashboard.unit', unitSelect), labelled('dashboard.year', yearSelect),
        deadline, h('span', { class: 'spacer' }), live),
      problem, kpiList,
      h('div', { class: 'grid trace-charts' }, Object.values(cards)),
      h('section', { class: 'card' }, h('h2', {}, t('dashboard.formsTitle')), formsSection));

    const tableOf = (card) => card.querySelector('details > div');
    const chartOf = (card) => card.querySelector('.chart');

    let asOf = null;
    function show(dashboard) {
      asOf = dashboard.asOf;
      const focused = focusedLink(main);
      problem.replaceChildren();
      deadline.textContent = t('dashboard.deadline', { date: dashboard.deadline.date });
      kpiList.replaceChildren(...kpis(dashboard));
      drawChart(chartOf(cards.status), statusChart(dashboard.totals));
      tableOf(cards.status).replaceChildren(statusTable(dashboard.totals));
      drawChart(chartOf(cards.grades), gradeChart(dashboard.totals));
      tableOf(cards.grades).replaceChildren(gradeTable(dashboard.totals));
      drawChart(chartOf(cards.rates), rateChart(dashboard));
      tableOf(cards.rates).replaceChildren(rateTable(dashboard));
      drawChart(chartOf(cards.changes), changesChart(dashboard));
      tableOf(cards.changes).replaceChildren(changesTable(dashboard));
      formsSection.replaceChildren(formsTable(dashboard));
      live.textContent = t('dashboard.live', { time: timeText(dashboard.asOf) });
      live.classList.add('on');
      focused?.restore();
    }

    let stop = () => {};
    async function open() {
      stop();
      const unitId = unitSelect.value;
      const year = yearSelect.value;
      history.replaceState(null, '', `#/dashboard/${encodeURIComponent(unitId)}/${year}`);
      const query = `${encodeURIComponent(unitId)}?fiscalYear=${year}`;
      try {
        show(await api.get(`/api/dashboards/units/${query}`));
      } catch (error) {
        problem.replaceChildren(h('p', { class: 'error' }, refusalText(error)));
        return;
      }
      stop = api.stream(`/api/dashboards/units/${encodeURIComponent(unitId)}/stream?fiscalYear=${year}`, show,
        (error) => {
          live.classList.remove('on');
          live.textContent = error.code ? refusalText(error) : t('dashboard.offline', { time: timeText(asOf) });
        });
    }

    unitSelect.addEventListener('change', open);
    yearSelect.addEventListener('change', open);
    await open();
    return () => {
      stop();
      disposeCharts(main);
    };
  },
});
