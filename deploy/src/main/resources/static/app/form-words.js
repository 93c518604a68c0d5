// Words and small rules shared by the pages that list and edit forms (login, my work, forms, the editor).
import { addMessages, lang, t } from './i18n.js';
import { session } from './api.js';

addMessages({
  zh: {
    'form.status.DRAFT': '草稿', 'form.status.UNDER_REVIEW': '审核中', 'form.status.RETURNED': '已退回',
    'form.status.APPROVED': '已审定', 'form.status.REOPENED': '已重新打开',
    'form.level.UNIT': '单位审核', 'form.level.DEPARTMENT': '主管部门审核', 'form.level.FINANCE': '财政复核',
    'form.unit.YUAN': '元', 'form.unit.TEN_THOUSAND_YUAN': '万元',
    'form.todo.fill': '填报', 'form.todo.review': '审核', 'form.todo.approve': '审批',
    'form.project': '项目名称', 'form.unitName': '实施单位', 'form.department': '主管部门', 'form.year': '年度',
    'form.status': '状态', 'form.version': '版本', 'form.totalScore': '总分', 'form.grade': '评分等级',
    'form.all': '全部', 'form.open': '打开',
  },
  en: {
    'form.status.DRAFT': 'Draft', 'form.status.UNDER_REVIEW': 'Under review', 'form.status.RETURNED': 'Returned',
    'form.status.APPROVED': 'Approved', 'form.status.REOPENED': 'Reopened',
    'form.level.UNIT': 'unit review', 'form.level.DEPARTMENT': 'competent department review',
    'form.level.FINANCE': 'finance bureau review',
    'form.unit.YUAN': 'yuan', 'form.unit.TEN_THOUSAND_YUAN': '10,000 yuan',
    'form.todo.fill': 'fill', 'form.todo.review': 'review', 'form.todo.approve': 'approve',
    'form.project': 'Project', 'form.unitName': 'Implementing unit', 'form.department': 'Competent department',
    'form.year': 'Year', 'form.status': 'Status', 'form.version': 'Version', 'form.totalScore': 'Total score',
    'form.grade': 'Grade', 'form.all': 'All', 'form.open': 'Open',
  },
});

export const STATUSES = ['DRAFT', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REOPENED'];
const WITH_UNIT = ['DRAFT', 'RETURNED', 'REOPENED'];

/** Full-width brackets and colons in Chinese text, ASCII ones in English. */
export function inBrackets(text) {
  return lang() === 'zh' ? `（${text}）` : ` (${text})`;
}

export function labelled(label) {
  return lang() === 'zh' ? `${label}：` : `${label}: `;
}

/** 审核中（主管部门审核）: the status with the level a form waits at. */
export function statusText(form) {
  const status = t(`form.status.${form.status}`);
  return form.reviewLevel ? `${status}${inBrackets(t(`form.level.${form.reviewLevel}`))}` : status;
}

export function hasRole(role) {
  return (session.user?.roles || []).includes(role);
}

/** The form is with its implementing unit, which may change it. */
export function withUnit(form) {
  return WITH_UNIT.includes(form.status);
}

/** A filler of the form's implementing unit: drafts, amends, submits and withdraws it. */
export function isFillerOf(form) {
  return hasRole('FILLER') && session.user?.unitId === form.implementingUnitId;
}

/** What the signed-in person must do with the form: 'fill', 'review', 'approve', or null. */
export function todo(form) {
  const me = session.user?.id;
  if (withUnit(form) && (isFillerOf(form) || (form.nextActors || []).includes(me))) return 'fill';
  if (form.status === 'UNDER_REVIEW' && (form.nextActors || []).includes(me)) {
    return form.reviewLevel === 'UNIT' ? 'review' : 'approve';
  }
  return null;
}

/** 31 March of the next year: the deadline wherever none is configured for the fiscal year. */
export function defaultDeadline(fiscalYear) {
  return `${Number(fiscalYear) + 1}-03-31`;
}
