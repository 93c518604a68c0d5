// 自评表编辑: one form laid out like the official template. As figures are typed the server's preview
// (POST /api/evaluations/{id}/preview) answers the rates, scores, total, grade and checks; saving sends only the
// changed figures with the version they were based on; the workflow buttons are those the person may use.
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { h, toast } from '../ui.js';
import { hasRole, inBrackets, isFillerOf, labelled, statusText, withUnit } from '../form-words.js';
import { renderSheet, showChecks, showFigures, valueOf } from '../form-sheet.js';
import { commentDialog, reasonDialog } from '../form-dialogs.js';
import { saveRequests } from '../form-saving.js';

addMessages({
  zh: {
    'editor.title': '自评表', 'editor.save': '保存', 'editor.saving': '正在保存…', 'editor.saved': '已保存。',
    'editor.unsaved': '有 {count} 项未保存的修改', 'editor.noChanges': '没有未保存的修改',
    'editor.conflict': '此表已被他人修改（当前第 {current} 版，您的修改基于第 {base} 版）。为避免覆盖他人的修改，请重新加载后再修改；您未保存的修改将被放弃。',
    'editor.reload': '重新加载', 'editor.refreshed': '此表已由{who}更新，已显示最新内容。', 'editor.someone': '他人',
    'editor.exportXlsx': '导出 Excel', 'editor.exportPdf': '导出 PDF', 'editor.history': '修改记录',
    'editor.submit': '提交', 'editor.approve': '审核通过', 'editor.return': '退回', 'editor.withdraw': '撤回',
    'editor.reopen': '重新打开', 'editor.done.submit': '已提交。', 'editor.done.approve': '已审核通过。',
    'editor.done.return': '已退回。', 'editor.done.withdraw': '已撤回。', 'editor.done.reopen': '已重新打开。',
    'editor.comment.submit': '提交说明（可选）', 'editor.comment.approve': '审核意见（可选）',
    'editor.comment.return': '退回原因（必填）', 'editor.comment.withdraw': '撤回原因（可选）',
    'editor.comment.reopen': '重新打开的原因（必填）',
    'editor.help.return': '表单将退回实施单位修改，原因会告知填报人并记入修改记录。',
    'editor.help.reopen': '已审定的表单重新打开后由实施单位修改，原因记入修改记录。',
    'editor.help.submit': '提交后表单进入审核，修改须先退回或撤回。',
    'editor.help.approve': '审核通过后表单交下一级审核；最后一级通过即审定。',
    'editor.help.withdraw': '审核开始前可撤回修改。',
    'editor.problems': '表单尚不能提交，请按各项提示修改（共 {count} 项）。', 'editor.readOnly': '只读',
    'editor.scoreFirst': '请先填写得分。',
  },
  en: {
    'editor.title': 'Form', 'editor.save': 'Save', 'editor.saving': 'Saving…', 'editor.saved': 'Saved.',
    'editor.unsaved': '{count} unsaved change(s)', 'editor.noChanges': 'No unsaved changes',
    'editor.conflict': 'Someone else changed this form (now version {current}; your changes are based on version {base}). Reload it before changing it, so that nobody\'s work is overwritten; your unsaved changes will be dropped.',
    'editor.reload': 'Reload', 'editor.refreshed': 'This form was updated by {who}; the latest is shown.',
    'editor.someone': 'someone else', 'editor.exportXlsx': 'Export Excel', 'editor.exportPdf': 'Export PDF',
    'editor.history': 'History', 'editor.submit': 'Submit', 'editor.approve': 'Approve', 'editor.return': 'Return',
    'editor.withdraw': 'Withdraw', 'editor.reopen': 'Reopen', 'editor.done.submit': 'Submitted.',
    'editor.done.approve': 'Approved.', 'editor.done.return': 'Returned.', 'editor.done.withdraw': 'Withdrawn.',
    'editor.done.reopen': 'Reopened.', 'editor.comment.submit': 'Comment (optional)',
    'editor.comment.approve': 'Review comment (optional)', 'editor.comment.return': 'Reason for returning (required)',
    'editor.comment.withdraw': 'Reason for withdrawing (optional)', 'editor.comment.reopen': 'Reason for reopening (required)',
    'editor.help.return': 'The form goes back to the implementing unit; the reason is kept in its history.',
    'editor.help.reopen': 'The approved form goes back to the implementing unit; the reason is kept in its history.',
    'editor.help.submit': 'Once submitted, the form is reviewed; it changes again only when returned or withdrawn.',
    'editor.help.approve': 'The form goes to the next level; the last level\'s approval is final.',
    'editor.help.withdraw': 'A form can be withdrawn before its review starts.',
    'editor.problems': 'The form cannot be submitted yet: {count} problem(s), each shown next to its figure.',
    'editor.readOnly': 'read only', 'editor.scoreFirst': 'Enter the score first.',
  },
});

const ACTIONS = ['submit', 'approve', 'return', 'withdraw', 'reopen'];
const NEEDS_TEXT = new Set(['return', 'reopen']);
const TEXT_FIELD = { submit: 'comment', approve: 'comment', return: 'reason', withdraw: 'reason', reopen: 'reason' };
const PREVIEW_DELAY_MS = 250;

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** A refusal shown next to its figure need not repeat the API's name of the field ("funds.total.executed"). */
function besideField(error) {
  const field = error.details?.field;
  const text = refusalText(error);
  return field ? text.replace(field, '').trim() : text;
}

/** "7" typed over a stored "7.00" changes nothing: the commands compare numbers, and so does the editor. */
function unchanged(key, typed, stored) {
  if (typed === stored) return true;
  const numeric = key.startsWith('funds.') || key.endsWith('.score');
  return numeric && typed.trim() !== '' && stored !== '' && Number(typed) === Number(stored);
}

/** From the history: whether amendments need a reason, and whether a review has started since the last submission. */
function workflowFacts(history) {
  let everSubmitted = false;
  let reviewStarted = false;
  for (const change of history.changes) {
    if (change.action === 'SUBMITTED') {
      everSubmitted = true;
      reviewStarted = false;
    } else if (change.action === 'APPROVED') {
      reviewStarted = true;
    }
  }
  return { everSubmitted, reviewStarted };
}

class FormEditor {
  constructor(main, evaluationId) {
    this.main = main;
    this.id = evaluationId;
    this.path = `/api/evaluations/${encodeURIComponent(evaluationId)}`;
    this.edits = new Map();
    this.refusals = new Map();
    this.problems = [];
    this.ownUpTo = 0;
    this.busy = false;
    this.conflictAt = null;
    this.previewAsked = 0;
    this.reason = reasonDialog();
    this.comment = commentDialog();
    // The dialogs stay in place while the form is drawn again: a redraw must not close a prompt being answered.
    this.content = h('div', { class: 'editor' });
    this.onBeforeUnload = (event) => {
      if (this.edits.size) event.preventDefault();
    };
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  async load() {
    const [form, history] = await Promise.all([api.get(this.path), api.get(`${this.path}/history`)]);
    this.main.replaceChildren(this.content, this.reason.element, this.comment.element);
    this.adopt(form, workflowFacts(history));
    this.stopStream = api.stream(`${this.path}/stream`, (update) => this.onUpdate(update),
      (error) => {
        if (error.code) {
          this.banner.replaceChildren(h('div', { id: 'access-banner', class: 'banner', role: 'alert' },
            h('p', {}, refusalText(error))));
        }
      });
  }

  leave() {
    this.stopStream?.();
    clearTimeout(this.previewTimer);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  adopt(form, facts = this.facts) {
    this.form = form;
    this.facts = facts;
    this.render();
  }

  get editable() {
    return isFillerOf(this.form) && withUnit(this.form);
  }

  /** The workflow steps this person may take now; the server decides again on every one. */
  allowed() {
    const form = this.form;
    const me = session.user?.id;
    const waitingForMe = form.status === 'UNDER_REVIEW' && (form.nextActors || []).includes(me);
    return {
      submit: isFillerOf(form) && withUnit(form),
      withdraw: isFillerOf(form) && form.status === 'UNDER_REVIEW' && !this.facts.reviewStarted,
      approve: waitingForMe,
      return: waitingForMe,
      reopen: form.status === 'APPROVED' && hasRole('FINANCE_REVIEWER'),
    };
  }

  render() {
    const form = this.form;
    const focused = document.activeElement?.dataset?.key || document.activeElement?.id;
    this.status = h('span', { id: 'form-status', class: `status status-${form.status}`, tabindex: '-1' },
      statusText(form));
    this.unsaved = h('span', { class: 'unsaved muted', role: 'status' });
    this.saveButton = this.editable
      ? h('button', { id: 'save', type: 'button', class: 'primary', onclick: () => this.save() }, t('editor.save'))
      : null;
    const allowed = this.allowed();
    const workflow = ACTIONS.filter((action) => allowed[action]).map((action) =>
      h('button', { id: action, type: 'button', onclick: () => this.act(action) }, t(`editor.${action}`)));
    const toolbar = h('div', { class: 'toolbar editor-bar' },
      h('span', {}, labelled(t('form.status')), this.status),
      h('span', { id: 'form-version' }, `${t('form.version')} ${form.version}`),
      this.editable ? null : h('span', { class: 'muted' }, inBrackets(t('editor.readOnly'))),
      h('span', { class: 'spacer' }),
      this.saveButton, this.unsaved, workflow,
      h('button', { id: 'export-xlsx', type: 'button', onclick: () => this.export('xlsx') }, t('editor.exportXlsx')),
      h('button', { id: 'export-pdf', type: 'button', onclick: () => this.export('pdf') }, t('editor.exportPdf')),
      h('a', { id: 'open-history', href: `#/history/${encodeURIComponent(this.id)}` }, t('editor.history')));
    this.banner = h('div', { class: 'banner-slot' });
    this.sheet = renderSheet(form, { editable: this.editable, current: (key) => this.current(key) });
    this.sheet.addEventListener('input', (event) => this.onInput(event.target));
    this.content.replaceChildren(toolbar, this.banner, this.sheet);
    this.showConflict();
    this.showUnsaved();
    if (this.edits.size) this.schedulePreview();
    else showChecks(this.sheet, form.checks || [], this.problems, this.refusals);
    const again = focused && (this.content.querySelector(`[data-key="${CSS.escape(focused)}"]`)
      || document.getElementById(focused));
    if (again && this.content.contains(again)) again.focus();
    // Focus is never left on nothing (a button that went away or was disabled): it stays at the toolbar.
    if (document.activeElement === document.body) this.status.focus({ preventScroll: true });
  }

  current(key) {
    return this.edits.has(key) ? this.edits.get(key) : valueOf(this.form, key);
  }

  onInput(input) {
    const key = input.dataset.key;
    if (!key || input.readOnly) return;
    if (unchanged(key, input.value, valueOf(this.form, key) ?? '')) this.edits.delete(key);
    else this.edits.set(key, input.value);
    input.classList.toggle('changed', this.edits.has(key));
    this.refusals.delete(key);
    this.showUnsaved();
    this.schedulePreview();
  }

  showUnsaved() {
    const count = this.edits.size;
    this.unsaved.textContent = count ? t('editor.unsaved', { count }) : t('editor.noChanges');
    if (this.saveButton) this.saveButton.disabled = !count || Boolean(this.conflictAt) || this.busy;
    for (const key of this.edits.keys()) {
      this.sheet.querySelector(`[data-key="${CSS.escape(key)}"]`)?.classList.add('changed');
    }
  }

  schedulePreview() {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.preview(), PREVIEW_DELAY_MS);
  }

  /** The form as it would stand with the unsaved figures, computed by the server's own rules. */
  async preview() {
    const asked = ++this.previewAsked;
    if (!this.edits.size) {
      showFigures(this.sheet, this.form);
      showChecks(this.sheet, this.form.checks || [], this.problems, this.refusals);
      return;
    }
    const body = { funds: {}, indicators: {} };
    for (const [key, value] of this.edits) {
      const [part, name, field] = key.split('.');
      if (part === 'goals') body.goals = { ...body.goals, [name]: value };
      else body[part][name] = { ...body[part][name], [field]: value };
    }
    try {
      const previewed = await api.post(`${this.path}/preview`, body);
      if (asked !== this.previewAsked) return;
      // Only the preview's own refusal goes: one from a save stays until its figure is typed again.
      if (this.previewRefused) this.refusals.delete(this.previewRefused);
      this.previewRefused = null;
      this.previewed = previewed;
      showFigures(this.sheet, previewed);
      showChecks(this.sheet, previewed.checks || [], this.problems, this.refusals);
    } catch (refused) {
      if (asked !== this.previewAsked) return;
      if (refused.details?.field) {
        this.previewRefused = refused.details.field;
        this.refusals.set(refused.details.field, besideField(refused));
        showChecks(this.sheet, this.previewed?.checks || this.form.checks || [], this.problems, this.refusals);
      } else {
        toast(refusalText(refused), 'error');
      }
    }
  }

  /** Sends the changed figures, one command per row or indicator, each based on the version the last one made. */
  async save() {
    if (!this.edits.size || this.busy) return true;
    let reason;
    if (this.facts.everSubmitted || this.form.status !== 'DRAFT') {
      reason = await this.reason.ask();
      if (reason === null) return false;
    }
    this.busy = true;
    this.saveButton.textContent = t('editor.saving');
    this.showUnsaved();
    let version = this.form.version;
    let failed = null;
    for (const request of saveRequests(this.path, this.edits, (key) => this.current(key))) {
      if (request.missing) {
        this.refusals.set(request.missing, t('editor.scoreFirst'));
        failed = { key: request.missing };
        break;
      }
      try {
        const answer = await api.put(request.path, { ...request.body, reason, expectedVersion: version });
        version = answer.version;
        this.ownUpTo = Math.max(this.ownUpTo, version);
        for (const key of request.keys) this.edits.delete(key);
      } catch (refused) {
        failed = { refused, key: request.keys[0], fieldOf: request.fieldOf };
        break;
      }
    }
    if (version !== this.form.version) this.form = await this.formAtLeast(version);
    this.idle();
    if (failed?.refused?.code === 'REASON_REQUIRED') {
      this.facts = { ...this.facts, everSubmitted: true };
      this.render();
      return this.save();
    }
    if (failed?.refused) this.refused(failed.refused, failed.fieldOf);
    this.render();
    if (!failed) {
      this.problems = [];
      toast(t('editor.saved'));
    }
    return !failed;
  }

  /** A refusal shown where it belongs: a stale version as the conflict banner, a bad figure next to it. */
  refused(error, fieldOf = () => null) {
    if (error.status === 409 && error.code === 'STALE_VERSION') {
      this.conflictAt = error.details?.currentVersion ?? this.form.version + 1;
      return;
    }
    if (error.status === 422 && Array.isArray(error.details?.problems)) {
      this.problems = error.details.problems;
      toast(t('editor.problems', { count: this.problems.length }), 'error');
      return;
    }
    const key = error.details?.field ? fieldOf(error.details.field) : null;
    if (key) this.refusals.set(key, besideField(error));
    toast(refusalText(error), 'error');
  }

  /** The read model may answer a moment after the command: wait until it shows the version the command made. */
  async formAtLeast(version) {
    let form = await api.get(this.path);
    for (let tries = 0; form.version < version && tries < 40; tries += 1) {
      await sleep(150);
      form = await api.get(this.path);
    }
    return form;
  }

  async act(action) {
    if (action === 'submit' && this.edits.size && !(await this.save())) return;
    const text = await this.comment.ask({
      heading: t(`editor.${action}`), explanation: t(`editor.help.${action}`),
      fieldLabel: t(`editor.comment.${action}`), okLabel: t(`editor.${action}`), mustWrite: NEEDS_TEXT.has(action),
    });
    if (text === null) return;
    this.busy = true;
    try {
      const answer = await api.post(`${this.path}/${action}`,
        { [TEXT_FIELD[action]]: text || undefined, expectedVersion: this.form.version });
      this.ownUpTo = Math.max(this.ownUpTo, answer.version);
      this.problems = [];
      const [form, history] = await Promise.all([this.formAtLeast(answer.version), api.get(`${this.path}/history`)]);
      this.adopt(form, workflowFacts(history));
      this.idle();
      toast(t(`editor.done.${action}`));
      this.status.focus();
    } catch (error) {
      this.refused(error);
      this.render();
      this.idle();
    }
  }

  /** A change seen live: mine is already shown; another person's replaces the form unless I have unsaved edits. */
  async onUpdate(update) {
    if (this.busy) {
      this.pendingUpdate = update;
      return;
    }
    if (!update || update.version <= this.form.version) return;
    if (update.version <= this.ownUpTo) return;
    if (this.edits.size) {
      this.conflictAt = update.version;
      this.showConflict();
      this.showUnsaved();
      return;
    }
    const history = await api.get(`${this.path}/history`);
    const last = history.changes[history.changes.length - 1];
    this.problems = [];
    this.adopt(update, workflowFacts(history));
    toast(t('editor.refreshed', { who: last?.actor?.name || t('editor.someone') }));
  }

  /** After my own command: a change by someone else that arrived meanwhile is taken now. */
  idle() {
    this.busy = false;
    const pending = this.pendingUpdate;
    this.pendingUpdate = null;
    if (pending) this.onUpdate(pending);
  }

  showConflict() {
    if (!this.conflictAt) {
      this.banner.replaceChildren();
      return;
    }
    const reload = h('button', { id: 'reload', type: 'button', class: 'primary', onclick: () => this.reload() },
      t('editor.reload'));
    this.banner.replaceChildren(h('div', { id: 'conflict-banner', class: 'banner', role: 'alert' },
      h('p', {}, t('editor.conflict', { current: this.conflictAt, base: this.form.version })), reload));
  }

  async reload() {
    this.edits.clear();
    this.refusals.clear();
    this.problems = [];
    this.conflictAt = null;
    this.previewed = null;
    const [form, history] = await Promise.all([api.get(this.path), api.get(`${this.path}/history`)]);
    this.adopt(form, workflowFacts(history));
    this.status.focus();
  }

  async export(format) {
    try {
      await api.download(`${this.path}/export?format=${format}`);
    } catch (error) {
      toast(refusalText(error), 'error');
    }
  }
}

registerPage('form', {
  title: 'editor.title',
  async render(main, evaluationId) {
    const editor = new FormEditor(main, evaluationId);
    await editor.load();
    return () => editor.leave();
  },
});
