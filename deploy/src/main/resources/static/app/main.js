// The shell: a hash router, the navigation and the language switch. Pages live in pages/*.js and register here.
import { lang, setLang, t } from './i18n.js';
import { api, session } from './api.js';
import { h } from './ui.js';

const pages = new Map();

/**
 * A page: route is the first hash segment ('work' for #/work, 'form' for #/form/<id>); nav (optional) its label key
 * in the navigation; render(main, ...params) fills the main element and may return a function that cleans up
 * (closes streams) when the reader leaves the page.
 */
export function registerPage(route, page) {
  pages.set(route, page);
}

let leaving = null;

async function show() {
  const [route, ...params] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (!session.token && route !== 'login') {
    location.hash = '#/login';
    return;
  }
  if (session.user?.mustChangePassword && route !== 'password' && route !== 'login') {
    location.hash = '#/password';
    return;
  }
  if (leaving) {
    leaving();
    leaving = null;
  }
  const page = pages.get(route || 'work') || pages.get('work');
  renderHeader(route || 'work');
  const main = document.getElementById('main');
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  try {
    main.replaceChildren();
    leaving = (await page.render(main, ...params)) || null;
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.messageZh && lang() === 'zh'
      ? error.messageZh : error.message || t('error')));
  }
  document.title = `${t(page.title || page.nav || 'appName')} · ${t('appName')}`;
}

function renderHeader(current) {
  const user = session.user;
  const nav = [...pages.entries()].filter(([, page]) => page.nav && user && !user.mustChangePassword)
    .map(([route, page]) => h('a', { href: `#/${route}`, 'aria-current': route === current ? 'page' : null },
      t(page.nav)));
  // replaceChildren would print a null (signed out: no name, no sign-out button) as the text "null".
  document.getElementById('top').replaceChildren(...[
    h('span', { class: 'brand' }, t('appName')),
    h('nav', { 'aria-label': 'main' }, nav),
    h('span', { class: 'spacer' }),
    user ? h('span', { class: 'who' }, `${t('signedInAs')}: ${user.name}（${user.unitId}）`) : null,
    user ? h('a', { href: '#/password', id: 'change-password-link',
      'aria-current': current === 'password' ? 'page' : null }, t('changePassword')) : null,
    h('button', { type: 'button', class: 'link', id: 'language', onclick: () => {
      setLang(lang() === 'zh' ? 'en' : 'zh');
      show();
    } }, t('language')),
    user ? h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: async () => {
      // the server forgets the token too (README "Security and limits"); signed out here whatever it answers
      await api.post('/api/auth/sign-out').catch(() => {});
      session.clear();
      // the next person must not read the previous one's notices
      document.getElementById('toasts').replaceChildren();
      location.hash = '#/login';
    } }, t('signOut')) : null].filter(Boolean));
}

window.addEventListener('hashchange', show);

// Pages register themselves when imported; the order here is the order of the navigation. Not a top-level await:
// every page imports this module, which would then wait for the pages while they wait for it (nothing renders).
const ORDER = ['login', 'password', 'work', 'forms', 'form', 'history', 'dashboard', 'compare', 'audit', 'imports'];
Promise.all(ORDER.map((route) => import(`./pages/${route}.js`).catch((error) => console.error(route, error))))
  .then(() => {
    const registered = new Map(pages);
    pages.clear();
    for (const route of [...ORDER, ...registered.keys()]) if (registered.has(route)) pages.set(route, registered.get(route));
    setLang(lang());
    show();
  });
