// Small pieces the trace pages share: long texts that fold, links to a form and its history, the form as it stood.
import { t } from './i18n.js';
import { amount, h } from './ui.js';
import { amountUnitText, gradeText, percentText, statusText } from './trace-words.js';

const FOLD_AT = 40;

/** A value of a change: short ones as they are, long goal texts folded behind a keyboard-reachable summary. */
export function longText(value) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'muted' }, t('trace.none'));
  const text = String(value);
  if (text.length <= FOLD_AT) return h('span', { class: 'trace-value' }, text);
  return h('details', { class: 'trace-long' },
    h('summary', {}, `${text.slice(0, FOLD_AT)}… `, h('span', { class: 'muted' }, t('trace.more'))),
    h('div', { class: 'trace-value' }, text));
}

export function formLinks(evaluationId) {
  return h('span', { class: 'trace-links' },
    h('a', { href: `#/form/${encodeURIComponent(evaluationId)}` }, t('trace.openForm')), ' · ',
    h('a', { href: `#/history/${encodeURIComponent(evaluationId)}` }, t('trace.openHistory')));
}

const SOURCES = ['total', 'currentYearAppropriation', 'carryover', 'other'];
const AMOUNTS = ['initialBudget', 'adjustedBudget', 'executed'];

/**
 * The form as the API answers it (current or at a version), laid out like the printed form. Cells carry the path of
 * their figure (data-path, as the history names it) so the page can mark what a version changed.
 */
export function formAsItStood(form) {
  const rate = form.budgetExecution || {};
  return h('div', { class: 'trace-form' },
    h('dl', { class: 'trace-totals' },
      h('div', {}, h('dt', {}, t('trace.status')), h('dd', {}, statusText(form.status, form.reviewLevel))),
      h('div', {}, h('dt', {}, t('trace.totalScore')), h('dd', { id: 'version-total-score' }, form.totalScore ?? '—')),
      h('div', {}, h('dt', {}, t('trace.grade')), h('dd', { id: 'version-grade' }, gradeText(form.grade) || '—')),
      h('div', {}, h('dt', {}, t('trace.budgetScore')), h('dd', {}, rate.score ?? '—')),
      h('div', {}, h('dt', {}, t('trace.executionRate')), h('dd', {}, percentText(rate.rate)))),
    h('p', { class: 'muted' }, t('trace.amountIn', { unit: amountUnitText(form.amountUnit) })),
    h('table', { class: 'trace-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''),
        AMOUNTS.map((key) => h('th', { scope: 'col', class: 'number' }, t(`trace.${key}`))),
        h('th', { scope: 'col', class: 'number' }, t('trace.executionRate')))),
      h('tbody', {}, SOURCES.map((source) => {
        const line = form.funds?.[source] || {};
        return h('tr', {}, h('th', { scope: 'row' }, t(`trace.source.${source}`)),
          AMOUNTS.map((key) => h('td', { class: 'number', 'data-path': `funds.${source}.${key}` }, amount(line[key]))),
          h('td', { class: 'number' }, percentText(line.executionRate)));
      }))),
    h('dl', { class: 'trace-goals' },
      h('dt', {}, t('trace.goalsExpected')), h('dd', { 'data-path': 'goals.expected' }, longText(form.goals?.expected)),
      h('dt', {}, t('trace.goalsActual')), h('dd', { 'data-path': 'goals.actual' }, longText(form.goals?.actual))),
    indicatorTable(form.indicators || []));
}

function indicatorTable(indicators) {
  const columns = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];
  return h('table', { class: 'trace-table' },
    h('thead', {}, h('tr', {}, columns.map((key) => h('th', {
      scope: 'col', class: key === 'weight' || key === 'score' ? 'number' : null }, t(`trace.${key}`))))),
    h('tbody', {}, indicators.map((indicator) => h('tr', {}, columns.map((key) => h('td', {
      class: key === 'weight' || key === 'score' ? 'number' : null,
      'data-path': `indicators.${indicator.indicatorId}.${key}`,
    }, (key === 'deviation' || key === 'target') && indicator[key] ? longText(indicator[key])
      : indicator[key] ?? ''))))));
}
