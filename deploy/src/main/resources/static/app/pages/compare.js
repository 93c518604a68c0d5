// #/compare[/<unit>[/<project code or name>]]: a unit's figures year by year, and one project across the years
// with each indicator's target, actual value and score.
import { registerPage } from '../main.js';
import { api } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { amount, h } from '../ui.js';
import { chartCard, disposeCharts, drawChart, figureTable } from '../chart-echarts.js';
import { labelled, organization, ownUnitId, select, unitOptions, visibleForms, yearOptions, yearsOf }
  from '../trace-filters.js';
import { gradeText, percentText, statusText, yearText } from '../trace-words.js';
import { formLinks } from '../trace-view.js';

addMessages({
  zh: {
    'compare.nav': '年度对比', 'compare.unit': '单位（含下级单位）', 'compare.from': '起始年度', 'compare.to': '截止年度',
    'compare.years': '单位历年情况', 'compare.yearGrades': '历年评分等级与提交后修改',
    'compare.budget': '全年预算数（万元）', 'compare.executed': '全年执行数（万元）', 'compare.rate': '执行率（%）',
    'compare.average': '平均总分', 'compare.forms': '自评表', 'compare.approved': '已审核通过',
    'compare.overdue': '逾期', 'compare.changes': '提交后修改（次）', 'compare.rateChange': '执行率变化（百分点）',
    'compare.scoreChange': '平均分变化', 'compare.project': '项目（编码或名称）', 'compare.projectShow': '查看项目历年情况',
    'compare.projectTitle': '项目历年情况', 'compare.projectYears': '{name}（{code}）', 'compare.totalScore': '总分',
    'compare.indicators': '各指标历年情况', 'compare.changedNote': '底色标出与上一年度不同之处。',
    'compare.matchedBy.PROJECT_CODE': '按项目编码匹配', 'compare.matchedBy.NORMALIZED_NAME': '按项目名称匹配',
    'compare.matchedBy.PROJECT_CODE_AND_NORMALIZED_NAME': '按项目编码和名称匹配（有的年度没有编码）',
    'compare.pickProject': '请输入或选择一个项目。', 'compare.absent': '—',
  },
  en: {
    'compare.nav': 'Year over year', 'compare.unit': 'Unit (and the units below it)', 'compare.from': 'From year',
    'compare.to': 'To year', 'compare.years': 'The unit year by year', 'compare.yearGrades':
      'Grades and amendments after submission by year', 'compare.budget': 'Adjusted budget (10,000 yuan)',
    'compare.executed': 'Executed (10,000 yuan)', 'compare.rate': 'Execution rate (%)',
    'compare.average': 'Average total score', 'compare.forms': 'Forms', 'compare.approved': 'Approved',
    'compare.overdue': 'Overdue', 'compare.changes': 'Amendments after submission',
    'compare.rateChange': 'Rate change (points)', 'compare.scoreChange': 'Average score change',
    'compare.project': 'Project (code or name)', 'compare.projectShow': 'Show the project across years',
    'compare.projectTitle': 'One project across years', 'compare.projectYears': '{name} ({code})',
    'compare.totalScore': 'Total score', 'compare.indicators': 'Each indicator across years',
    'compare.changedNote': 'Shaded: different from the year before.',
    'compare.matchedBy.PROJECT_CODE': 'matched by project code', 'compare.matchedBy.NORMALIZED_NAME':
      'matched by project name', 'compare.matchedBy.PROJECT_CODE_AND_NORMALIZED_NAME':
      'matched by code, and by name in the years without one', 'compare.pickProject': 'Type or pick a project.',
    'compare.absent': '—',
  },
});

const GRADES = ['优', '良', '中', '差'];
const GRADE_COLORS = ['#1b7a3a', '#1d4ed8', '#b45309', '#b42318'];
const number = (value) => (value === null || value === undefined ? null : Number(value));

/** Budget and executed as bars (万元), execution rate and score as lines on a 0-100 axis. */
function moneyAndRates(years, { budget, executed, rate, score, scoreKey }) {
  return {
    legend: { top: 0 },
    grid: { left: 64, right: 48, top: 64, bottom: 28 },
    xAxis: { type: 'category', data: years.map(yearText) },
    yAxis: [{ type: 'value' },
      { type: 'value', min: 0, max: (extent) => Math.max(100, Math.ceil(extent.max)), splitLine: { show: false } }],
    series: [
      { type: 'bar', name: t('compare.budget'), data: budget, barMaxWidth: 36 },
      { type: 'bar', name: t('compare.executed'), data: executed, barMaxWidth: 36 },
      { type: 'line', name: t('compare.rate'), yAxisIndex: 1, data: rate, connectNulls: true,
        label: { show: true, position: 'bottom', formatter: '{c}%' } },
      { type: 'line', name: t(scoreKey), yAxisIndex: 1, data: score, connectNulls: true,
        label: { show: true, position: 'top' } },
    ],
  };
}

function unitYearsChart(comparison) {
  const years = comparison.years;
  return moneyAndRates(years.map((year) => year.fiscalYear), {
    budget: years.map((year) => number(year.figures.funds.adjustedBudget.tenThousandYuan)),
    executed: years.map((year) => number(year.figures.funds.executed.tenThousandYuan)),
    rate: years.map((year) => number(year.figures.funds.executionRate)),
    score: years.map((year) => number(year.figures.scores.averageScore)),
    scoreKey: 'compare.average',
  });
}

function gradesChart(comparison) {
  const years = comparison.years;
  return {
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 64, bottom: 28 },
    xAxis: { type: 'category', data: years.map((year) => yearText(year.fiscalYear)) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
    series: [
      ...GRADES.map((grade, i) => ({ type: 'bar', stack: 'grades', name: gradeText(grade), barMaxWidth: 36,
        itemStyle: { color: GRADE_COLORS[i] },
        data: years.map((year) => year.figures.scores.grades[grade]?.count ?? 0) })),
      { type: 'line', name: t('compare.changes'), yAxisIndex: 1, itemStyle: { color: '#6d28d9' },
        label: { show: true, position: 'top' },
        data: years.map((year) => year.figures.changesAfterSubmission.figures) },
    ],
  };
}

function unitYearsTable(comparison) {
  return figureTable([t('trace.year'), t('compare.forms'), t('compare.approved'), t('compare.overdue'),
    t('compare.budget'), t('compare.executed'), t('trace.executionRate'), t('compare.average'), t('compare.changes'),
    t('compare.rateChange'), t('compare.scoreChange')],
  comparison.years.map((year) => {
    const figures = year.figures;
    const change = year.changeFromPreviousYear;
    return [yearText(year.fiscalYear), figures.forms.count, figures.byStatus.APPROVED.count, figures.overdue.count,
      amount(figures.funds.adjustedBudget.tenThousandYuan), amount(figures.funds.executed.tenThousandYuan),
      percentText(figures.funds.executionRate), figures.scores.averageScore, figures.changesAfterSubmission.figures,
      change?.executionRatePoints, change?.averageScorePoints];
  }), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
}

function projectChart(project) {
  const years = project.years;
  return moneyAndRates(years.map((year) => year.fiscalYear), {
    budget: years.map((year) => number(year.adjustedBudget?.tenThousandYuan)),
    executed: years.map((year) => number(year.executed?.tenThousandYuan)),
    rate: years.map((year) => number(year.executionRate)),
    score: years.map((year) => number(year.totalScore)),
    scoreKey: 'compare.totalScore',
  });
}

function projectYearsTable(project) {
  return figureTable([t('trace.year'), t('trace.status'), t('compare.budget'), t('compare.executed'),
    t('trace.executionRate'), t('trace.budgetScore'), t('trace.totalScore'), t('trace.grade'), ''],
  project.years.map((year) => [yearText(year.fiscalYear), statusText(year.status, year.reviewLevel),
    amount(year.adjustedBudget?.tenThousandYuan), amount(year.executed?.tenThousandYuan),
    percentText(year.executionRate), year.budgetScore, year.totalScore, gradeText(year.grade),
    formLinks(year.evaluationId)]), [2, 3, 4, 5, 6]);
}

/** One row per indicator, one column per year: what was promised, what was done, what it scored. */
function indicatorsTable(project) {
  const years = project.years.map((year) => year.fiscalYear);
  return h('table', { class: 'trace-table', id: 'compare-indicators' },
    h('thead', {}, h('tr', {}, ['trace.level1', 'trace.level2', 'trace.name'].map((key) => h('th', {
      scope: 'col' }, t(key))),
      years.map((year) => h('th', { scope: 'col' }, yearText(year))))),
    h('tbody', {}, (project.indicators || []).map((indicator) => h('tr', {},
      h('td', {}, indicator.level1 ?? ''), h('td', {}, indicator.level2 ?? ''), h('td', {}, indicator.name ?? ''),
      years.map((fiscalYear, i) => {
        const year = indicator.years.find((entry) => entry.fiscalYear === fiscalYear);
        if (!year) return h('td', { class: 'muted' }, t('compare.absent'));
        const before = indicator.years.find((entry) => entry.fiscalYear === years[i - 1]);
        const changed = before && (before.target !== year.target || before.actual !== year.actual
          || Number(before.score) !== Number(year.score));
        return h('td', { class: changed ? 'trace-changed' : null },
          h('div', {}, `${t('trace.colon', { label: t('trace.target') })}${year.target ?? ''}`),
          h('div', {}, `${t('trace.colon', { label: t('trace.actual') })}${year.actual ?? ''}`),
          h('div', {}, `${t('trace.colon', { label: t('trace.score') })}${year.score ?? '—'} / ${year.weight ?? '—'}`));
      })))));
}

/** The unit and the key the comparison wants, from the forms the caller may see; typed words as a name otherwise. */
function resolveProject(forms, typed, unitIds, fallbackUnitId) {
  const value = typed.trim();
  const found = forms.find((form) => unitIds.has(form.implementingUnitId)
    && (form.projectCode === value || form.projectName === value));
  if (!found) return { unitId: fallbackUnitId, key: 'projectName', value };
  return found.projectCode
    ? { unitId: found.implementingUnitId, key: 'projectCode', value: found.projectCode }
    : { unitId: found.implementingUnitId, key: 'projectName', value: found.projectName };
}

/** The units of the subtree of unitId, from the organization in tree order. */
function subtree(units, unitId) {
  const ids = new Set([unitId]);
  for (const unit of units) if (ids.has(unit.parentId)) ids.add(unit.id);
  return ids;
}

registerPage('compare', {
  nav: 'compare.nav',
  async render(main, unitParam, projectParam) {
    const [org, forms] = await Promise.all([organization(), visibleForms()]);
    const years = yearsOf(forms);
    const unitSelect = select('compare-unit', unitOptions(org.units),
      org.units.some((unit) => unit.id === unitParam) ? unitParam : ownUnitId(org.units));
    const fromSelect = select('compare-from', yearOptions(years), years[years.length - 1]);
    const toSelect = select('compare-to', yearOptions(years), years[0]);
    const projectList = h('datalist', { id: 'compare-projects' });
    const projectInput = h('input', { id: 'compare-project', type: 'text', list: 'compare-projects', size: '40',
      value: projectParam || '', autocomplete: 'off' });
    const yearsCard = chartCard('chart-years', 'compare.years', h('div'));
    const gradesCard = chartCard('chart-years-grades', 'compare.yearGrades', null);
    const projectCard = chartCard('chart-project', 'compare.projectTitle', h('div'));
    const projectHeading = h('p', { id: 'compare-project-name', class: 'muted' });
    const indicators = h('section', { class: 'card' }, h('h2', {}, t('compare.indicators')),
      h('p', { class: 'muted' }, t('compare.changedNote')), h('div'));
    const problem = h('div', { role: 'alert' });
    const projectProblem = h('div', { role: 'alert' });
    indicators.hidden = true;
    projectCard.hidden = true;
    projectCard.querySelector('h2').after(projectHeading);

    const projectForm = h('form', { class: 'toolbar', onsubmit: (event) => {
      event.preventDefault();
      showProject();
    } }, labelled('compare.project', projectInput), projectList,
    h('button', { type: 'submit', id: 'compare-project-show', class: 'primary' }, t('compare.projectShow')));

    main.append(h('h1', {}, t('compare.nav')),
      h('div', { class: 'toolbar' }, labelled('compare.unit', unitSelect), labelled('compare.from', fromSelect),
        labelled('compare.to', toSelect)),
      problem,
      h('div', { class: 'grid trace-charts' }, yearsCard, gradesCard),
      projectForm, projectProblem, projectCard, indicators);

    function fillProjects() {
      const ids = subtree(org.units, unitSelect.value);
      const seen = new Map();
      for (const form of forms) {
        if (!ids.has(form.implementingUnitId)) continue;
        const key = form.projectCode || form.projectName;
        if (!seen.has(key)) seen.set(key, form.projectName);
      }
      projectList.replaceChildren(...[...seen].map(([key, name]) => h('option', { value: key },
        key === name ? name : `${key} ${name}`)));
    }

    async function showUnit() {
      const [from, to] = [fromSelect.value, toSelect.value].map(Number).sort((a, b) => a - b);
      history.replaceState(null, '', `#/compare/${encodeURIComponent(unitSelect.value)}`
        + (projectInput.value.trim() ? `/${encodeURIComponent(projectInput.value.trim())}` : ''));
      fillProjects();
      try {
        const comparison = await api.get(`/api/comparisons/units/${encodeURIComponent(unitSelect.value)}`
          + `?fromYear=${from}&toYear=${to}`);
        problem.replaceChildren();
        await drawChart(yearsCard.querySelector('.chart'), unitYearsChart(comparison));
        await drawChart(gradesCard.querySelector('.chart'), gradesChart(comparison));
        yearsCard.querySelector('details > div').replaceChildren(unitYearsTable(comparison));
      } catch (error) {
        problem.replaceChildren(h('p', { class: 'error' }, refusalText(error)));
      }
    }

    async function showProject() {
      if (!projectInput.value.trim()) {
        projectProblem.replaceChildren(h('p', { class: 'error' }, t('compare.pickProject')));
        projectInput.focus();
        return;
      }
      const wanted = resolveProject(forms, projectInput.value, subtree(org.units, unitSelect.value), unitSelect.value);
      history.replaceState(null, '', `#/compare/${encodeURIComponent(unitSelect.value)}/`
        + encodeURIComponent(projectInput.value.trim()));
      try {
        const project = await api.get(`/api/comparisons/projects?unitId=${encodeURIComponent(wanted.unitId)}`
          + `&${wanted.key}=${encodeURIComponent(wanted.value)}`);
        projectProblem.replaceChildren();
        projectHeading.textContent = `${t('compare.projectYears', { name: project.projectName,
          code: project.projectCode || '—' })} · ${project.unitName} · ${t(`compare.matchedBy.${project.matchedBy}`)}`;
        projectCard.hidden = false;
        await drawChart(projectCard.querySelector('.chart'), projectChart(project));
        projectCard.querySelector('details > div').replaceChildren(projectYearsTable(project));
        indicators.lastElementChild.replaceChildren(indicatorsTable(project));
        indicators.hidden = false;
      } catch (error) {
        projectProblem.replaceChildren(h('p', { class: 'error' }, refusalText(error)));
      }
    }

    unitSelect.addEventListener('change', showUnit);
    fromSelect.addEventListener('change', showUnit);
    toSelect.addEventListener('change', showUnit);
    await showUnit();
    if (projectParam) await showProject();
    return () => disposeCharts(main);
  },
});
