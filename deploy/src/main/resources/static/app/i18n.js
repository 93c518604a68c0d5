// Chinese by default, English on request; pages add their own words with addMessages.
const messages = {
  zh: {
    appName: '财政项目支出绩效自评', language: 'English', signOut: '退出', signedInAs: '当前用户',
    changePassword: '修改密码',
    loading: '加载中…', retry: '重试', error: '出错了', notFound: '页面不存在', close: '关闭',
  },
  en: {
    appName: 'Project expenditure performance self-evaluation', language: '中文', signOut: 'Sign out',
    changePassword: 'Change password',
    signedInAs: 'Signed in as', loading: 'Loading…', retry: 'Retry', error: 'Something went wrong',
    notFound: 'No such page', close: 'Close',
  },
};

export function lang() {
  return localStorage.getItem('jixiao.lang') === 'en' ? 'en' : 'zh';
}

export function setLang(value) {
  localStorage.setItem('jixiao.lang', value);
  document.documentElement.lang = value === 'en' ? 'en' : 'zh-CN';
}

export function addMessages(more) {
  for (const language of Object.keys(more)) {
    Object.assign(messages[language], more[language]);
  }
}

/** The word for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = messages[lang()][key] ?? messages.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** A refusal of the API in the reader's language. */
export function refusalText(error) {
  if (lang() === 'zh' && error.messageZh) return error.messageZh;
  return error.message || t('error');
}
