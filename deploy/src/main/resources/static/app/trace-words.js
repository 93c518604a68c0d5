// Words of the trace pages (history, dashboard, comparisons, audit, imports): statuses, review levels, actions and
// figures in the official terms of the form. The server labels changes in Chinese; English is derived from the codes.
import { addMessages, lang, t } from './i18n.js';
// statuses, review levels and amount units are worded once, with the editor's words
import './form-words.js';

addMessages({
  zh: {
    'trace.source.total': '年度资金总额', 'trace.source.currentYearAppropriation': '其中：当年财政拨款',
    'trace.source.carryover': '上年结转资金', 'trace.source.other': '其他资金',
    'trace.initialBudget': '年初预算数', 'trace.adjustedBudget': '全年预算数', 'trace.executed': '全年执行数',
    'trace.executionRate': '执行率', 'trace.budgetScore': '预算执行得分', 'trace.totalScore': '总分',
    'trace.grade': '评分等级', 'trace.weight': '分值', 'trace.score': '得分', 'trace.level1': '一级指标',
    'trace.level2': '二级指标', 'trace.name': '三级指标', 'trace.target': '年度指标值', 'trace.actual': '实际完成值',
    'trace.deviation': '偏差原因分析及改进措施', 'trace.goalsExpected': '年度总体目标：预期目标',
    'trace.goalsActual': '年度总体目标：实际完成情况', 'trace.status': '状态', 'trace.project': '项目名称',
    'trace.year': '年度', 'trace.unit': '实施单位',
    'trace.anyUnit': '全部单位', 'trace.anyYear': '全部年度',
    'trace.yearOption': '{year}年度', 'trace.version': '第 {version} 版', 'trace.more': '展开全文',
    'trace.none': '（空）', 'trace.openForm': '打开自评表', 'trace.openHistory': '变更记录', 'trace.amountIn': '金额单位：{unit}',
    'trace.percent': '{value}%', 'trace.colon': '{label}：',
  },
  en: {
    'trace.source.total': 'Total funds', 'trace.source.currentYearAppropriation': 'of which current-year appropriation',
    'trace.source.carryover': 'Carry-over from last year', 'trace.source.other': 'Other funds',
    'trace.initialBudget': 'Initial budget', 'trace.adjustedBudget': 'Adjusted budget', 'trace.executed': 'Executed',
    'trace.executionRate': 'Execution rate', 'trace.budgetScore': 'Budget execution score',
    'trace.totalScore': 'Total score', 'trace.grade': 'Grade', 'trace.weight': 'Weight', 'trace.score': 'Score',
    'trace.level1': 'Level 1', 'trace.level2': 'Level 2', 'trace.name': 'Indicator', 'trace.target': 'Target',
    'trace.actual': 'Actual', 'trace.deviation': 'Deviation reason and remedy',
    'trace.goalsExpected': 'Overall goals: expected', 'trace.goalsActual': 'Overall goals: actual',
    'trace.status': 'Status', 'trace.project': 'Project', 'trace.year': 'Year',
    'trace.unit': 'Implementing unit', 'trace.anyUnit': 'All units',
    'trace.anyYear': 'All years', 'trace.yearOption': '{year}', 'trace.version': 'Version {version}',
    'trace.more': 'Show all', 'trace.none': '(blank)', 'trace.openForm': 'Open form',
    'trace.openHistory': 'History', 'trace.amountIn': 'Amounts in {unit}', 'trace.percent': '{value}%',
    'trace.colon': '{label}: ',
  },
});

const ACTIONS_EN = {
  DRAFTED: 'Drafted', FUNDS_AMENDED: 'Funds amended', GOALS_AMENDED: 'Overall goals amended',
  INDICATOR_ADDED: 'Indicator added', INDICATOR_CHANGED: 'Indicator changed', INDICATOR_REMOVED: 'Indicator removed',
  ACTUAL_AMENDED: 'Actual value amended', SCORED: 'Scored', SUBMITTED: 'Submitted', APPROVED: 'Approved',
  RETURNED: 'Returned', WITHDRAWN: 'Withdrawn', REOPENED: 'Reopened',
};

const INDICATOR_PARTS = ['level1', 'level2', 'name', 'target', 'weight', 'actual', 'score', 'deviation'];

const GRADES_EN = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

/** Words in brackets as each language writes them: "审核中（主管部门审核）", "Under review (unit review)". */
export function bracketed(text, inner) {
  if (!inner) return text;
  return lang() === 'zh' ? `${text}（${inner}）` : `${text} (${inner})`;
}

/** The status as the form shows it: "审核中（主管部门审核）". */
export function statusText(status, reviewLevel) {
  if (!status) return '';
  return bracketed(t(`form.status.${status}`), reviewLevel ? t(`form.level.${reviewLevel}`) : '');
}

/** A person who acted, with their unit: "安亭城运中心填报员（上海市嘉定区安亭镇城市运行管理中心）". */
export function actorText(actor, withId = false) {
  if (!actor) return '—';
  return bracketed(actor.name, withId ? actor.id : actor.unitName || actor.unitId);
}

/** A history or audit entry's action; in Chinese the server's label (it knows an import from a hand-made draft). */
export function actionText(entry) {
  if (lang() === 'zh') return entry.actionLabel || entry.action;
  const words = ACTIONS_EN[entry.action] || entry.action;
  const level = entry.stateBefore?.reviewLevel;
  return (entry.action === 'APPROVED' || entry.action === 'RETURNED') && level
    ? bracketed(words, t(`form.level.${level}`)) : words;
}

/**
 * Where a change happened, from its path (funds.total.executed, goals.actual, indicators.I3.score). In English the
 * indicator keeps its Chinese name, read from the server's label "指标 产出指标/数量指标/培训次数 实际完成值".
 */
export function fieldText(path, label) {
  if (!path) return '';
  if (lang() === 'zh' && label) return label;
  const [area, key, part] = path.split('.');
  if (area === 'funds') return `${t(`trace.source.${key}`)}: ${t(`trace.${part}`)}`;
  if (area === 'goals') return t(key === 'actual' ? 'trace.goalsActual' : 'trace.goalsExpected');
  if (area === 'indicators') {
    const words = label ? label.replace(/^指标\s+/, '').replace(/\s+\S+$/, '') : key;
    return `${t('trace.name')} ${words}: ${INDICATOR_PARTS.includes(part) ? t(`trace.${part}`) : part}`;
  }
  return label || path;
}

export function gradeText(grade) {
  if (!grade) return '';
  return lang() === 'zh' ? grade : `${grade} ${GRADES_EN[grade] || ''}`.trim();
}

export function amountUnitText(amountUnit) {
  return amountUnit ? t(`form.unit.${amountUnit}`) : '';
}

export function percentText(value) {
  return value === null || value === undefined ? '—' : t('trace.percent', { value });
}

/** A time of the event store in China Standard Time, where the forms are filled in and deadlines fall. */
export function timeText(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
}

export function yearText(year) {
  return t('trace.yearOption', { year });
}
