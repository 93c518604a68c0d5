// The HTTP API (README "API"): bearer token kept for the browser tab, refusals as ApiError.
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.code;
    this.messageZh = body?.messageZh;
    this.details = body?.details || {};
  }
}

export const session = {
  get token() { return sessionStorage.getItem('jixiao.token'); },
  get user() { return JSON.parse(sessionStorage.getItem('jixiao.user') || 'null'); },
  save(answer) {
    sessionStorage.setItem('jixiao.token', answer.token);
    sessionStorage.setItem('jixiao.user', JSON.stringify(answer.user));
  },
  clear() {
    sessionStorage.removeItem('jixiao.token');
    sessionStorage.removeItem('jixiao.user');
  },
};

async function call(method, path, body, headers = {}) {
  const init = { method, headers: { ...headers } };
  if (session.token) init.headers.Authorization = `Bearer ${session.token}`;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401 && path !== '/api/auth/token') {
    session.clear();
    location.hash = '#/login';
  }
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : await response.blob();
  if (response.status === 403 && answer?.code === 'PASSWORD_CHANGE_REQUIRED') {
    // an administrator reset the password while this person was signed in
    session.save({ token: session.token, user: { ...session.user, mustChangePassword: true } });
    location.hash = '#/password';
  }
  if (!response.ok) throw new ApiError(response.status, type.includes('json') ? answer : null);
  return answer;
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body = {}) => call('POST', path, body),
  put: (path, body = {}) => call('PUT', path, body),
  del: (path) => call('DELETE', path),
  upload: (path, file) => {
    const form = new FormData();
    form.append('file', file);
    return call('POST', path, form);
  },
  /** A file answer (export), saved under the name the server gives. */
  async download(path) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${session.token}` } });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('Content-Disposition') || '');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name ? decodeURIComponent(name[1]) : 'export';
    link.click();
    URL.revokeObjectURL(link.href);
  },
  /**
   * Server-sent events with the bearer token (EventSource cannot send one): calls onEvent(data) for each event
   * until the stream ends; returns a function that stops it. A `revoked` event (the person's access changed) ends
   * it for good: onError gets it as a refusal, and nothing reopens the stream.
   */
  stream(path, onEvent, onError = () => {}) {
    const controller = new AbortController();
    (async () => {
      const response = await fetch(path, {
        headers: { Authorization: `Bearer ${session.token}`, Accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
          if (lines.some((l) => /^event: ?revoked$/.test(l))) {
            controller.abort();
            onError(new ApiError(403, JSON.parse(data)));
            return;
          }
          if (data) onEvent(JSON.parse(data));
        }
      }
    })().catch((e) => { if (e.name !== 'AbortError') onError(e); });
    return () => controller.abort();
  },
};
