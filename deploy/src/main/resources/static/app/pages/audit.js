// #/audit: figure changes across the forms the caller supervises, newest first, by unit, person, year, time and
// whether the form had already been submitted or approved.
import { registerPage } from '../main.js';
import { api } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { h } from '../ui.js';
import { labelled, organization, select, unitOptions, visibleForms, yearOptions, yearsOf } from '../trace-filters.js';
import { actionText, actorText, fieldText, statusText, timeText, yearText } from '../trace-words.js';
import { formLinks, longText } from '../trace-view.js';

addMessages({
  zh: {
    'audit.nav': '修改查询', 'audit.unit': '实施单位（含下级）', 'audit.actor': '操作人（账号）', 'audit.year': '年度',
    'audit.from': '起始日期', 'audit.to': '截止日期', 'audit.afterSubmission': '仅看提交后的修改',
    'audit.afterApproval': '仅看审核通过后的修改', 'audit.search': '查询', 'audit.time': '时间',
    'audit.project': '自评表', 'audit.who': '操作人 / 操作', 'audit.field': '修改内容', 'audit.old': '原值',
    'audit.new': '新值', 'audit.reason': '原因', 'audit.when': '修改时状态', 'audit.prev': '上一页',
    'audit.next': '下一页', 'audit.page': '第 {page} / {pages} 页，共 {total} 条修改',
    'audit.none': '没有符合条件的修改。', 'audit.flagSubmitted': '提交后', 'audit.flagApproved': '审核通过后',
  },
  en: {
    'audit.nav': 'Audit', 'audit.unit': 'Implementing unit (and below)', 'audit.actor': 'Changed by (user id)',
    'audit.year': 'Year', 'audit.from': 'From date', 'audit.to': 'To date',
    'audit.afterSubmission': 'Only changes after submission', 'audit.afterApproval': 'Only changes after approval',
    'audit.search': 'Search', 'audit.time': 'Time', 'audit.project': 'Form', 'audit.who': 'By / action',
    'audit.field': 'What', 'audit.old': 'From', 'audit.new': 'To', 'audit.reason': 'Reason',
    'audit.when': 'Status then', 'audit.prev': 'Previous page', 'audit.next': 'Next page',
    'audit.page': 'Page {page} of {pages}, {total} changes', 'audit.none': 'No change matches.',
    'audit.flagSubmitted': 'after submission', 'audit.flagApproved': 'after approval',
  },
});

const PAGE_SIZE = 20;

function resultRow(change) {
  const state = change.stateBefore;
  return h('tr', { 'data-evaluation-id': change.evaluationId, 'data-version': String(change.version),
    'data-field': change.field || '' },
  h('td', {}, h('time', { datetime: change.time }, timeText(change.time))),
  h('td', {}, h('div', {}, change.projectName),
    h('div', { class: 'muted' }, [yearText(change.fiscalYear), change.implementingUnitName || change.implementingUnitId,
      t('trace.version', { version: change.version })].join(' · ')),
    formLinks(change.evaluationId)),
  h('td', {}, h('div', {}, actorText(change.actor, true)),
    h('div', { class: 'muted' }, actionText(change))),
  h('td', {}, fieldText(change.field, change.fieldLabel)),
  h('td', { class: 'trace-old' }, longText(change.oldValue)),
  h('td', { class: 'trace-new' }, longText(change.newValue)),
  h('td', {}, longText(change.reason)),
  h('td', {}, state ? statusText(state.status, state.reviewLevel) : '',
    change.afterApproval ? h('span', { class: 'trace-badge' }, t('audit.flagApproved'))
      : change.afterSubmission ? h('span', { class: 'trace-badge' }, t('audit.flagSubmitted')) : null));
}

/** The person's id whether the reader typed the id or picked the name. */
function actorId(people, typed) {
  const value = typed.trim();
  return people.find((person) => person.name === value)?.id || value;
}

registerPage('audit', {
  nav: 'audit.nav',
  async render(main) {
    const [org, forms] = await Promise.all([organization(), visibleForms()]);
    const unitSelect = select('audit-unit', unitOptions(org.units, { any: true }), '');
    const actorInput = h('input', { id: 'audit-actor', type: 'text', list: 'audit-people', autocomplete: 'off' });
    const people = h('datalist', { id: 'audit-people' }, org.people.map((person) => h('option', { value: person.id },
      person.name)));
    const yearSelect = select('audit-year', yearOptions(yearsOf(forms), { any: true }), '');
    const fromInput = h('input', { id: 'audit-from', type: 'date' });
    const toInput = h('input', { id: 'audit-to', type: 'date' });
    const afterSubmission = h('input', { id: 'audit-after-submission', type: 'checkbox' });
    const afterApproval = h('input', { id: 'audit-after-approval', type: 'checkbox' });
    const body = h('tbody');
    const pageText = h('span', { id: 'audit-page', 'aria-live': 'polite' });
    const prev = h('button', { type: 'button', id: 'audit-prev', disabled: true }, t('audit.prev'));
    const next = h('button', { type: 'button', id: 'audit-next', disabled: true }, t('audit.next'));
    const problem = h('div', { role: 'alert' });
    let page = 0;

    async function search(wanted) {
      const query = new URLSearchParams({ page: String(wanted), size: String(PAGE_SIZE) });
      if (unitSelect.value) query.set('unitId', unitSelect.value);
      if (actorInput.value.trim()) query.set('actorId', actorId(org.people, actorInput.value));
      if (yearSelect.value) query.set('fiscalYear', yearSelect.value);
      if (fromInput.value) query.set('from', fromInput.value);
      if (toInput.value) query.set('to', toInput.value);
      if (afterSubmission.checked) query.set('afterSubmission', 'true');
      if (afterApproval.checked) query.set('afterApproval', 'true');
      try {
        const answer = await api.get(`/api/audit/changes?${query}`);
        problem.replaceChildren();
        page = answer.page;
        const pages = Math.max(1, Math.ceil(answer.total / answer.size));
        body.replaceChildren(...answer.changes.map(resultRow));
        pageText.textContent = answer.total ? t('audit.page', { page: page + 1, pages, total: answer.total })
          : t('audit.none');
        prev.disabled = page === 0;
        next.disabled = page + 1 >= pages;
      } catch (error) {
        problem.replaceChildren(h('p', { class: 'error' }, refusalText(error)));
      }
    }

    prev.addEventListener('click', () => search(page - 1));
    next.addEventListener('click', () => search(page + 1));
    const checkbox = (input, key) => h('label', { class: 'trace-check' }, input, ` ${t(key)}`);
    main.append(h('h1', {}, t('audit.nav')),
      h('form', { class: 'toolbar', onsubmit: (event) => {
        event.preventDefault();
        search(0);
      } },
      labelled('audit.unit', unitSelect), labelled('audit.actor', actorInput), people,
      labelled('audit.year', yearSelect), labelled('audit.from', fromInput), labelled('audit.to', toInput),
      h('span', { class: 'trace-checks' }, checkbox(afterSubmission, 'audit.afterSubmission'),
        checkbox(afterApproval, 'audit.afterApproval')),
      h('button', { type: 'submit', id: 'audit-search', class: 'primary' }, t('audit.search'))),
      problem,
      h('div', { class: 'trace-pager' }, prev, next, pageText),
      h('table', { id: 'audit-results', class: 'trace-table trace-results' },
        h('thead', {}, h('tr', {}, ['audit.time', 'audit.project', 'audit.who', 'audit.field', 'audit.old',
          'audit.new', 'audit.reason', 'audit.when'].map((key) => h('th', { scope: 'col' }, t(key))))),
        body));
    await search(0);
  },
});
