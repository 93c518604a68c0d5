// 登录: a person of the organization signs in with their user name and password (POST /api/auth/token).
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, refusalText, t } from '../i18n.js';
import { h } from '../ui.js';

addMessages({
  zh: {
    'login.title': '登录', 'login.username': '用户名', 'login.password': '密码', 'login.signIn': '登录',
    'login.busy': '正在登录…', 'login.missing': '请输入用户名和密码。',
  },
  en: {
    'login.title': 'Sign in', 'login.username': 'User name', 'login.password': 'Password', 'login.signIn': 'Sign in',
    'login.busy': 'Signing in…', 'login.missing': 'Enter your user name and password.',
  },
});

registerPage('login', {
  title: 'login.title',
  render(main) {
    const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
    const password = h('input', {
      id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    });
    const error = h('p', { id: 'login-error', class: 'error', role: 'alert' });
    const button = h('button', { id: 'sign-in', type: 'submit', class: 'primary' }, t('login.signIn'));
    const form = h('form', { class: 'card login', novalidate: true },
      h('h1', {}, t('appName')),
      h('p', { class: 'field' }, h('label', { for: 'username' }, t('login.username')), username),
      h('p', { class: 'field' }, h('label', { for: 'password' }, t('login.password')), password),
      h('p', {}, button),
      error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      if (!username.value.trim() || !password.value) {
        error.textContent = t('login.missing');
        (username.value.trim() ? password : username).focus();
        return;
      }
      button.disabled = true;
      button.textContent = t('login.busy');
      try {
        const answer = await api.post('/api/auth/token', { username: username.value.trim(), password: password.value });
        session.save(answer);
        // a password someone else set serves only to choose one's own (the server refuses everything else)
        location.hash = answer.user.mustChangePassword ? '#/password' : '#/work';
      } catch (refused) {
        error.textContent = refusalText(refused);
        password.select();
        password.focus();
      } finally {
        button.disabled = false;
        button.textContent = t('login.signIn');
      }
    });
    main.append(form);
    username.focus();
  },
});
