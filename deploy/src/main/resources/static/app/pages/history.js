// #/history/<id>: every change and workflow step of a form (who, when, what, from, to, why), the form as it stood at
// any version (a slider over the versions), and the figures that differ between two versions.
import { registerPage } from '../main.js';
import { api } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { h } from '../ui.js';
import { actionText, actorText, fieldText, statusText, timeText, yearText } from '../trace-words.js';
import { formAsItStood, longText } from '../trace-view.js';

addMessages({
  zh: {
    'history.title': '变更记录', 'history.timeline': '变更时间线',
    'history.field': '修改内容', 'history.from': '原值', 'history.to': '新值', 'history.reason': '原因 / 意见',
    'history.showVersion': '查看此版本', 'history.statusChange': '状态：{from} → {to}',
    'history.afterSubmission': '提交后修改', 'history.afterApproval': '审核通过后修改',
    'history.slider': '查看表单历史版本', 'history.sliderValue': '第 {version} 版（共 {count} 版）· {time} · {action}',
    'history.changedHere': '底色标出的是本版本修改的内容。', 'history.diff': '两个版本对比',
    'history.diffFrom': '从版本', 'history.diffTo': '到版本', 'history.diffShow': '对比',
    'history.diffSummary': '第 {from} 版（{fromStatus}，总分 {fromTotal}）→ 第 {to} 版（{toStatus}，总分 {toTotal}）',
    'history.diffNone': '这两个版本的内容相同。', 'history.diffCount': '共 {count} 处不同。',
    'history.backToForm': '返回自评表', 'history.current': '当前第 {version} 版',
    'history.versionOption': '第 {version} 版 · {action}',
  },
  en: {
    'history.title': 'History', 'history.timeline': 'Timeline', 'history.field': 'What',
    'history.from': 'From', 'history.to': 'To', 'history.reason': 'Reason / comment',
    'history.showVersion': 'Show this version', 'history.statusChange': 'Status: {from} → {to}',
    'history.afterSubmission': 'changed after submission', 'history.afterApproval': 'changed after approval',
    'history.slider': 'The form as it stood at version',
    'history.sliderValue': 'Version {version} of {count} · {time} · {action}',
    'history.changedHere': 'Shaded: what this version changed.', 'history.diff': 'Compare two versions',
    'history.diffFrom': 'From version', 'history.diffTo': 'To version', 'history.diffShow': 'Compare',
    'history.diffSummary':
      'Version {from} ({fromStatus}, total {fromTotal}) → version {to} ({toStatus}, total {toTotal})',
    'history.diffNone': 'The two versions read the same.', 'history.diffCount': '{count} differences.',
    'history.backToForm': 'Back to the form', 'history.current': 'now at version {version}',
    'history.versionOption': 'Version {version} · {action}',
  },
});

/** The entries of one version together: a funds row amended in one go is one step of the timeline. */
function byVersion(changes) {
  const versions = new Map();
  for (const change of changes) {
    if (!versions.has(change.version)) versions.set(change.version, []);
    versions.get(change.version).push(change);
  }
  return [...versions.entries()].map(([version, entries]) => ({ version, entries }));
}

/** The first submission and the first final approval: amendments after them are what supervisors look for. */
function milestones(steps) {
  const first = (test) => steps.find((step) => test(step.entries[0]))?.version ?? Infinity;
  return {
    submitted: first((entry) => entry.action === 'SUBMITTED'),
    approved: first((entry) => entry.stateAfter?.status === 'APPROVED'),
  };
}

function timelineItem(step, marks, onShow) {
  const entry = step.entries[0];
  const figures = step.entries.filter((change) => change.field);
  const before = entry.stateBefore;
  const after = entry.stateAfter;
  const statusChanged = before && after && (before.status !== after.status || before.reviewLevel !== after.reviewLevel);
  const late = figures.length && step.version > marks.approved ? 'history.afterApproval'
    : figures.length && step.version > marks.submitted ? 'history.afterSubmission' : null;
  return h('li', { 'data-version': String(step.version), class: late ? 'trace-step trace-late' : 'trace-step' },
    h('div', { class: 'trace-step-head' },
      h('strong', { class: 'trace-action' }, actionText(entry)),
      late ? h('span', { class: 'trace-badge' }, t(late)) : null,
      h('span', { class: 'muted' }, t('trace.version', { version: step.version }))),
    h('div', { class: 'trace-step-meta' },
      h('time', { datetime: entry.time }, timeText(entry.time)), ' · ',
      h('span', { class: 'trace-actor' }, actorText(entry.actor))),
    statusChanged ? h('div', { class: 'muted' }, t('history.statusChange', {
      from: statusText(before.status, before.reviewLevel), to: statusText(after.status, after.reviewLevel) })) : null,
    entry.reason ? h('div', { class: 'trace-reason' }, t('trace.colon', { label: t('history.reason') }),
      longText(entry.reason)) : null,
    figures.length ? h('table', { class: 'trace-table trace-changes' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('history.field')),
        h('th', { scope: 'col' }, t('history.from')), h('th', { scope: 'col' }, t('history.to')))),
      h('tbody', {}, figures.map((change) => h('tr', { 'data-field': change.field },
        h('td', {}, fieldText(change.field, change.fieldLabel)),
        h('td', { class: 'trace-old' }, longText(change.oldValue)),
        h('td', { class: 'trace-new' }, longText(change.newValue)))))) : null,
    h('button', { type: 'button', class: 'link trace-show-version', onclick: () => onShow(step.version) },
      t('history.showVersion')));
}

/** Scrolls the timeline's own box (not the page) so that the version shown on the right is in sight. */
function revealInTimeline(item) {
  const box = item.closest('.trace-timeline-card');
  if (!box) return;
  const top = item.offsetTop;
  if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

function versionSelect(id, steps, value) {
  const element = h('select', { id }, steps.map((step) => h('option', { value: String(step.version) },
    t('history.versionOption', { version: step.version, action: actionText(step.entries[0]) }))));
  element.value = String(value);
  return element;
}

registerPage('history', {
  title: 'history.title',
  async render(main, evaluationId) {
    const base = `/api/evaluations/${encodeURIComponent(evaluationId)}`;
    const [history, form] = await Promise.all([api.get(`${base}/history`), api.get(base)]);
    const steps = byVersion(history.changes || []);
    const count = history.version;
    const marks = milestones(steps);
    const stepOf = (version) => steps.find((step) => step.version === version);

    const slider = h('input', { id: 'version-slider', type: 'range', min: '1', max: String(count), step: '1',
      value: String(count), 'aria-valuetext': '' });
    const sliderValue = h('output', { id: 'version-label', for: 'version-slider' });
    const view = h('div', { id: 'version-view', 'aria-live': 'polite' });
    let asked = 0;
    let timer = null;

    function describe(version) {
      const entry = stepOf(version)?.entries[0];
      const text = t('history.sliderValue', { version, count, time: timeText(entry?.time),
        action: entry ? actionText(entry) : '' });
      sliderValue.textContent = text;
      slider.setAttribute('aria-valuetext', text);
      for (const item of main.querySelectorAll('#timeline > li')) {
        const shown = item.dataset.version === String(version);
        item.classList.toggle('trace-current', shown);
        if (shown) {
          item.setAttribute('aria-current', 'step');
          revealInTimeline(item);
        } else {
          item.removeAttribute('aria-current');
        }
      }
    }

    async function showVersion(version) {
      const ask = ++asked;
      try {
        const then = await api.get(`${base}?version=${version}`);
        if (ask !== asked) return;
        const changed = new Set((stepOf(version)?.entries || []).map((change) => change.field).filter(Boolean));
        const layout = formAsItStood(then);
        for (const cell of layout.querySelectorAll('[data-path]')) {
          if (changed.has(cell.dataset.path)) cell.classList.add('trace-changed');
        }
        view.replaceChildren(changed.size ? h('p', { class: 'muted' }, t('history.changedHere')) : '', layout);
      } catch (error) {
        if (ask === asked) view.replaceChildren(h('p', { class: 'error', role: 'alert' }, refusalText(error)));
      }
    }

    function moveTo(version, focus) {
      slider.value = String(version);
      describe(version);
      showVersion(version);
      if (focus) slider.focus();
    }

    slider.addEventListener('input', () => {
      describe(Number(slider.value));
      clearTimeout(timer);
      timer = setTimeout(() => showVersion(Number(slider.value)), 200);
    });

    const diffFrom = versionSelect('diff-from', steps, Number.isFinite(marks.submitted) && marks.submitted < count
      ? marks.submitted : 1);
    const diffTo = versionSelect('diff-to', steps, count);
    const diffTable = h('table', { id: 'diff', class: 'trace-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('history.field')),
        h('th', { scope: 'col' }, t('history.from')), h('th', { scope: 'col' }, t('history.to')))),
      h('tbody'));
    const diffSummary = h('div', { id: 'diff-summary', 'aria-live': 'polite' });

    async function showDiff() {
      try {
        const diff = await api.get(`${base}/diff?from=${diffFrom.value}&to=${diffTo.value}`);
        diffSummary.replaceChildren(
          h('p', {}, t('history.diffSummary', {
            from: diff.from.version, fromStatus: statusText(diff.from.status, diff.from.reviewLevel),
            fromTotal: diff.from.totalScore ?? '—', to: diff.to.version,
            toStatus: statusText(diff.to.status, diff.to.reviewLevel), toTotal: diff.to.totalScore ?? '—' })),
          h('p', { class: 'muted' }, diff.changes.length ? t('history.diffCount', { count: diff.changes.length })
            : t('history.diffNone')));
        diffTable.tBodies[0].replaceChildren(...diff.changes.map((change) => h('tr', { 'data-field': change.field },
          h('td', {}, fieldText(change.field, change.fieldLabel)),
          h('td', { class: 'trace-old' }, longText(change.oldValue)),
          h('td', { class: 'trace-new' }, longText(change.newValue)))));
      } catch (error) {
        diffSummary.replaceChildren(h('p', { class: 'error', role: 'alert' }, refusalText(error)));
        diffTable.tBodies[0].replaceChildren();
      }
    }

    main.append(
      h('h1', {}, `${t('history.title')} · ${form.projectName}`),
      h('p', { class: 'trace-subtitle' },
        `${yearText(form.fiscalYear)} · ${form.implementingUnitName || form.implementingUnitId} · `,
        statusText(form.status, form.reviewLevel), ` · ${t('history.current', { version: count })} · `,
        h('a', { href: `#/form/${encodeURIComponent(evaluationId)}` }, t('history.backToForm'))),
      h('div', { class: 'trace-history' },
        h('section', { class: 'card trace-timeline-card', 'aria-labelledby': 'timeline-title' },
          h('h2', { id: 'timeline-title' }, t('history.timeline')),
          h('ol', { id: 'timeline', class: 'trace-timeline' },
            steps.map((step) => timelineItem(step, marks, (version) => moveTo(version, true))))),
        h('div', {},
          h('section', { class: 'card', 'aria-labelledby': 'version-title' },
            h('h2', { id: 'version-title' }, h('label', { for: 'version-slider' }, t('history.slider'))),
            h('div', { class: 'trace-slider' }, slider, sliderValue),
            view),
          h('section', { class: 'card', 'aria-labelledby': 'diff-title' },
            h('h2', { id: 'diff-title' }, t('history.diff')),
            h('div', { class: 'toolbar' },
              h('label', {}, `${t('history.diffFrom')} `, diffFrom),
              h('label', {}, `${t('history.diffTo')} `, diffTo),
              h('button', { type: 'button', id: 'diff-show', class: 'primary', onclick: showDiff },
                t('history.diffShow'))),
            diffSummary, diffTable))));

    moveTo(count, false);
    showDiff();
    return () => clearTimeout(timer);
  },
});
