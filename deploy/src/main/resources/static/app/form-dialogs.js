// The two prompts of the editor: the reason for an amendment after submission (dialog#reason-dialog) and the
// comment or reason that goes with a workflow step (dialog#comment-dialog). Each answers the text, or null when
// the person cancels (Escape or the cancel button).
import { addMessages, t } from './i18n.js';
import { h } from './ui.js';

addMessages({
  zh: {
    'dialog.cancel': '取消', 'dialog.ok': '确定', 'dialog.required': '请填写此项。',
    'dialog.reasonTitle': '修改原因', 'dialog.reasonHelp': '本表已提交过，任何修改都必须说明原因，原因将记入修改记录。',
    'dialog.reasonLabel': '修改原因',
  },
  en: {
    'dialog.cancel': 'Cancel', 'dialog.ok': 'OK', 'dialog.required': 'Please fill this in.',
    'dialog.reasonTitle': 'Reason for the amendment',
    'dialog.reasonHelp': 'This form has been submitted before: every amendment needs a reason, which is kept in its history.',
    'dialog.reasonLabel': 'Reason',
  },
});

function prompt(ids) {
  const text = h('textarea', { id: ids.text, rows: 4 });
  const title = h('h2', { id: `${ids.dialog}-title` });
  const help = h('p', { class: 'muted', id: `${ids.dialog}-help` });
  const label = h('label', { for: ids.text });
  const error = h('p', { class: 'error', role: 'alert' });
  const ok = h('button', { id: ids.ok, type: 'submit', class: 'primary' }, t('dialog.ok'));
  const cancel = h('button', { type: 'button', value: 'cancel' }, t('dialog.cancel'));
  const form = h('form', { method: 'dialog', novalidate: true }, title, help, label, text, error, h('div', { class: 'toolbar' }, ok, cancel));
  const dialog = h('dialog', {
    id: ids.dialog, 'aria-labelledby': title.id, 'aria-describedby': help.id,
  }, form);
  let settle = null;
  let required = false;
  const finish = (value) => {
    if (dialog.open) dialog.close();
    const done = settle;
    settle = null;
    done?.(value);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (required && !text.value.trim()) {
      error.textContent = t('dialog.required');
      text.focus();
      return;
    }
    finish(text.value.trim());
  });
  cancel.addEventListener('click', () => finish(null));
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish(null);
  });
  return {
    element: dialog,
    /** Opens the prompt; resolves with the text typed, or null. */
    ask({ heading, explanation = '', fieldLabel, okLabel = t('dialog.ok'), mustWrite = false }) {
      finish(null);
      title.textContent = heading;
      help.textContent = explanation;
      label.textContent = fieldLabel;
      ok.textContent = okLabel;
      error.textContent = '';
      text.value = '';
      text.required = mustWrite;
      required = mustWrite;
      return new Promise((resolve) => {
        settle = resolve;
        dialog.showModal();
        text.focus();
      });
    },
  };
}

export function reasonDialog() {
  const dialog = prompt({ dialog: 'reason-dialog', text: 'reason', ok: 'reason-ok' });
  return {
    element: dialog.element,
    ask: () => dialog.ask({
      heading: t('dialog.reasonTitle'), explanation: t('dialog.reasonHelp'), fieldLabel: t('dialog.reasonLabel'),
      mustWrite: true,
    }),
  };
}

export function commentDialog() {
  return prompt({ dialog: 'comment-dialog', text: 'comment', ok: 'comment-ok' });
}
