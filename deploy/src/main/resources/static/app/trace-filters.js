// What the trace pages offer to choose from: the caller's unit and those below it, the fiscal years of the forms the
// caller may see, the people of those units, and labelled form controls built from them.
import { api, session } from './api.js';
import { t } from './i18n.js';
import { h } from './ui.js';
import { yearText } from './trace-words.js';

/** GET /api/organization: units in tree order (depth 0 is the caller's own unit) and the people in them. */
export async function organization() {
  const answer = await api.get('/api/organization');
  return { unitId: answer.unitId, units: answer.units || [], people: answer.people || [] };
}

/** The summaries of every form the caller may see (all years): the source of the year and project choices. */
export function visibleForms() {
  return api.get('/api/evaluations');
}

/** Fiscal years with forms, newest first; this year when there are none. */
export function yearsOf(forms) {
  const years = [...new Set(forms.map((form) => form.fiscalYear))].sort((a, b) => b - a);
  return years.length ? years : [new Date().getFullYear()];
}

/** The caller's unit first; the page opens on it. */
export function ownUnitId(units) {
  return units.find((unit) => unit.depth === 0)?.id || session.user?.unitId || units[0]?.id;
}

export function unitOptions(units, { any = false } = {}) {
  const options = units.map((unit) => h('option', { value: unit.id },
    `${'\u3000'.repeat(unit.depth || 0)}${unit.name}`));
  return any ? [h('option', { value: '' }, t('trace.anyUnit')), ...options] : options;
}

export function yearOptions(years, { any = false } = {}) {
  const options = years.map((year) => h('option', { value: String(year) }, yearText(year)));
  return any ? [h('option', { value: '' }, t('trace.anyYear')), ...options] : options;
}

/** A control with its visible label, so every field is named for the keyboard and the screen reader. */
export function labelled(labelKey, control) {
  return h('label', { class: 'trace-field' }, h('span', {}, t(labelKey)), control);
}

export function select(id, options, value) {
  const element = h('select', { id }, options);
  if (value !== undefined && value !== null) element.value = String(value);
  return element;
}
