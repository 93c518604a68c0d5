// 我的待办: the forms the signed-in person must fill, review or approve now, with the deadline of their year.
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, t } from '../i18n.js';
import { h } from '../ui.js';
import { defaultDeadline, statusText, todo } from '../form-words.js';

addMessages({
  zh: {
    'nav.work': '我的待办', 'work.title': '我的待办', 'work.deadline': '截止日期', 'work.todo': '待办事项',
    'work.none': '当前没有需要您填报、审核或审批的自评表。', 'work.overdue': '已逾期',
    'work.defaultDeadline': '默认截止日期（次年3月31日）',
    'work.intro': '需要您填报的（草稿、已退回、已重新打开）以及等待您审核或审批的自评表。',
  },
  en: {
    'nav.work': 'My work', 'work.title': 'My work', 'work.deadline': 'Deadline', 'work.todo': 'To do',
    'work.none': 'No form waits for you to fill, review or approve.', 'work.overdue': 'overdue',
    'work.defaultDeadline': 'default deadline (31 March of the next year)',
    'work.intro': 'Forms you must fill (draft, returned, reopened) and forms waiting for your review or approval.',
  },
});

/**
 * The deadline of each fiscal year and the forms the dashboard counts as overdue, from the dashboard of the
 * person's unit; where that is not answered, the default deadline, said to be the default.
 */
async function deadlines(years) {
  const byYear = new Map();
  await Promise.all(years.map(async (year) => {
    try {
      const board = await api.get(`/api/dashboards/units/${encodeURIComponent(session.user.unitId)}?fiscalYear=${year}`);
      byYear.set(year, {
        date: board.deadline.date, configured: board.deadline.configured, passed: board.deadline.passed,
        overdue: new Set(board.forms.filter((form) => form.overdue).map((form) => form.evaluationId)),
      });
    } catch {
      const date = defaultDeadline(year);
      byYear.set(year, { date, configured: false, passed: new Date(`${date}T23:59:59+08:00`) < new Date(), overdue: null });
    }
  }));
  return byYear;
}

function overdue(form, deadline) {
  if (deadline.overdue) return deadline.overdue.has(form.evaluationId);
  return deadline.passed && ['DRAFT', 'RETURNED', 'REOPENED'].includes(form.status);
}

registerPage('work', {
  nav: 'nav.work',
  title: 'work.title',
  async render(main) {
    const forms = (await api.get('/api/evaluations')).filter((form) => todo(form));
    const years = [...new Set(forms.map((form) => form.fiscalYear))];
    const byYear = await deadlines(years);
    const rows = forms.map((form) => ({ form, deadline: byYear.get(form.fiscalYear) }))
      .map((row) => ({ ...row, late: overdue(row.form, row.deadline) }))
      .sort((a, b) => (b.late - a.late) || a.deadline.date.localeCompare(b.deadline.date)
        || a.form.projectName.localeCompare(b.form.projectName, 'zh'));
    main.append(h('h1', {}, t('work.title')), h('p', { class: 'muted' }, t('work.intro')));
    const table = h('table', { id: 'work-list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('form.project')), h('th', { scope: 'col' }, t('form.unitName')),
        h('th', { scope: 'col' }, t('form.year')), h('th', { scope: 'col' }, t('form.status')),
        h('th', { scope: 'col' }, t('work.deadline')), h('th', { scope: 'col' }, t('work.todo')))),
      h('tbody', {}, rows.map(({ form, deadline, late }) => {
        const action = todo(form);
        return h('tr', { dataset: { evaluationId: form.evaluationId, todo: action }, class: late ? 'late' : null },
          h('td', {}, h('a', { class: 'open-form', href: `#/form/${encodeURIComponent(form.evaluationId)}` },
            form.projectName)),
          h('td', {}, form.implementingUnitName || form.implementingUnitId),
          h('td', {}, String(form.fiscalYear)),
          h('td', {}, statusText(form)),
          h('td', {}, deadline.date,
            deadline.configured ? null : h('span', { class: 'muted', title: t('work.defaultDeadline') }, ' *'),
            late ? h('strong', { class: 'overdue' }, ` ${t('work.overdue')}`) : null),
          h('td', { class: 'todo' }, t(`form.todo.${action}`)));
      })));
    main.append(table);
    if (!rows.length) main.append(h('p', { class: 'muted', id: 'work-empty' }, t('work.none')));
    if (rows.some((row) => !row.deadline.configured)) main.append(h('p', { class: 'muted' }, `* ${t('work.defaultDeadline')}`));
  },
});
