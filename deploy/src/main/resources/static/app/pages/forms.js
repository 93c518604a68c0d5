// 自评表: the forms of a unit (and the units below it) by fiscal year, filtered by unit and status.
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, t } from '../i18n.js';
import { h } from '../ui.js';
import { STATUSES, statusText } from '../form-words.js';

addMessages({
  zh: {
    'nav.forms': '自评表', 'forms.title': '单位自评表', 'forms.none': '没有符合条件的自评表。',
    'forms.count': '共 {count} 张', 'forms.unitFilter': '单位（含下级单位）',
  },
  en: {
    'nav.forms': 'Forms', 'forms.title': 'Forms of a unit', 'forms.none': 'No form matches.',
    'forms.count': '{count} forms', 'forms.unitFilter': 'Unit (with the units below it)',
  },
});

/** The filters survive a visit to a form and back, for the browser tab. */
const filters = {
  key: () => `jixiao.forms.filters.${session.user?.id}`,
  get() { return JSON.parse(sessionStorage.getItem(this.key()) || '{}'); },
  set(value) { sessionStorage.setItem(this.key(), JSON.stringify(value)); },
};

async function units() {
  try {
    return (await api.get(`/api/organization?unitId=${encodeURIComponent(session.user.unitId)}`)).units;
  } catch {
    return [{ id: session.user.unitId, name: session.user.unitId, depth: 0 }];
  }
}

function select(id, label, options, value) {
  const element = h('select', { id }, options.map(([optionValue, text]) =>
    h('option', { value: optionValue, selected: optionValue === value }, text)));
  return [h('label', { for: id }, label), element];
}

function row(form) {
  return h('tr', { dataset: { evaluationId: form.evaluationId } },
    h('td', {}, String(form.fiscalYear)),
    h('td', {}, h('a', { class: 'open-form', href: `#/form/${encodeURIComponent(form.evaluationId)}` },
      form.projectName)),
    h('td', {}, form.implementingUnitName || form.implementingUnitId),
    h('td', {}, statusText(form)),
    h('td', { class: 'number' }, String(form.version)),
    h('td', { class: 'number' }, form.totalScore ?? ''),
    h('td', {}, form.grade ?? ''));
}

registerPage('forms', {
  nav: 'nav.forms',
  title: 'forms.title',
  async render(main) {
    const [all, unitList] = await Promise.all([api.get('/api/evaluations'), units()]);
    const years = [...new Set(all.map((form) => form.fiscalYear))].sort((a, b) => b - a);
    const saved = filters.get();
    const chosen = {
      year: saved.year ?? String(years[0] ?? ''),
      unit: unitList.some((u) => u.id === saved.unit) ? saved.unit : '',
      status: saved.status ?? '',
    };
    const [yearLabel, year] = select('forms-year', t('form.year'),
      [['', t('form.all')], ...years.map((y) => [String(y), String(y)])], chosen.year);
    const [unitLabel, unit] = select('forms-unit', t('forms.unitFilter'),
      [['', t('form.all')], ...unitList.map((u) => [u.id, `${'\u3000'.repeat(u.depth || 0)}${u.name}`])], chosen.unit);
    const [statusLabel, status] = select('forms-status', t('form.status'),
      [['', t('form.all')], ...STATUSES.map((s) => [s, t(`form.status.${s}`)])], chosen.status);
    const count = h('p', { class: 'muted', role: 'status' });
    const body = h('tbody');
    const table = h('table', { id: 'forms-list' },
      h('thead', {}, h('tr', {}, [t('form.year'), t('form.project'), t('form.unitName'), t('form.status'),
        t('form.version'), t('form.totalScore'), t('form.grade')].map((text) => h('th', { scope: 'col' }, text)))),
      body);

    let asked = 0;
    async function refresh() {
      const value = { year: year.value, unit: unit.value, status: status.value };
      filters.set(value);
      const query = new URLSearchParams({ fiscalYear: value.year, unitId: value.unit, status: value.status });
      const mine = ++asked;
      const found = await api.get(`/api/evaluations?${query}`);
      if (mine !== asked) return;
      body.replaceChildren(...found.map(row));
      count.textContent = found.length ? t('forms.count', { count: found.length }) : t('forms.none');
    }
    for (const element of [year, unit, status]) element.addEventListener('change', refresh);

    main.append(h('h1', {}, t('forms.title')),
      h('div', { class: 'toolbar filters' }, yearLabel, year, unitLabel, unit, statusLabel, status),
      count, table);
    await refresh();
  },
});
