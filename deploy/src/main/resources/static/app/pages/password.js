// 修改密码: a person chooses their own password (POST /api/auth/password). Whoever signed in with a password someone
// else set (the first administrator, a person an administrator added, a reset) is brought here and can go nowhere
// else until done; anybody else reaches it from the header.
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { h, toast } from '../ui.js';

addMessages({
  zh: {
    'password.title': '修改密码', 'password.current': '当前密码', 'password.new': '新密码',
    'password.repeat': '再次输入新密码', 'password.save': '修改密码', 'password.busy': '正在保存…',
    'password.required': '您的密码由他人设置（首次登录或管理员重设），请先改为只有您知道的密码，然后才能继续使用。',
    'password.rules': '新密码至少 10 个字符，不能与用户名或当前密码相同。',
    'password.missing': '请填写当前密码和新密码。', 'password.mismatch': '两次输入的新密码不一致。',
    'password.changed': '密码已修改。',
  },
  en: {
    'password.title': 'Change password', 'password.current': 'Current password', 'password.new': 'New password',
    'password.repeat': 'New password again', 'password.save': 'Change password', 'password.busy': 'Saving…',
    'password.required': 'Your password was set by someone else (first sign-in or a reset by an administrator): '
      + 'choose one only you know before going on.',
    'password.rules': 'At least 10 characters, not your user name, not your current password.',
    'password.missing': 'Enter your current and your new password.',
    'password.mismatch': 'The two new passwords differ.',
    'password.changed': 'Your password was changed.',
  },
});

function field(id, label, autocomplete) {
  const input = h('input', { id, name: id, type: 'password', autocomplete, required: true });
  return [input, h('p', { class: 'field' }, h('label', { for: id }, label), input)];
}

registerPage('password', {
  title: 'password.title',
  render(main) {
    const [current, currentField] = field('current-password', t('password.current'), 'current-password');
    const [next, nextField] = field('new-password', t('password.new'), 'new-password');
    const [repeat, repeatField] = field('repeat-password', t('password.repeat'), 'new-password');
    const error = h('p', { id: 'password-error', class: 'error', role: 'alert' });
    const button = h('button', { id: 'change-password', type: 'submit', class: 'primary' }, t('password.save'));
    const form = h('form', { class: 'card login', novalidate: true },
      h('h1', {}, t('password.title')),
      session.user?.mustChangePassword ? h('p', { id: 'password-required' }, t('password.required')) : null,
      currentField, nextField, repeatField,
      h('p', { class: 'muted' }, t('password.rules')),
      h('p', {}, button),
      error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      if (!current.value || !next.value) {
        error.textContent = t('password.missing');
        (current.value ? next : current).focus();
        return;
      }
      if (next.value !== repeat.value) {
        error.textContent = t('password.mismatch');
        repeat.select();
        repeat.focus();
        return;
      }
      button.disabled = true;
      button.textContent = t('password.busy');
      try {
        // the change ends every earlier sign-in of the person, this page's too: go on with the fresh one
        session.save(await api.post('/api/auth/password', { currentPassword: current.value, newPassword: next.value }));
        toast(t('password.changed'));
        location.hash = '#/work';
      } catch (refused) {
        error.textContent = refusalText(refused);
        const wrongField = refused.details?.field === 'currentPassword' ? current : next;
        wrongField.select();
        wrongField.focus();
      } finally {
        button.disabled = false;
        button.textContent = t('password.save');
      }
    });
    main.append(form);
    current.focus();
  },
});
