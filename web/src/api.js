// The REST client: every call goes to this service's /api/v1; a failed call throws an Error whose message is the
// problem+json `detail` (the field at fault and why), which the UI shows as it is.
export const API = '/api/v1';

// A server with WELDPLAN_AUTH=required wants a tenant's API key on every call: the UI asks for it at the first
// 401 and keeps it in this browser (localStorage) for the calls after; a server without keys never asks.
const KEY_ITEM = 'weldplan.apiKey';

export function authHeaders() {
  const key = localStorage.getItem(KEY_ITEM);
  return key ? { Authorization: `Bearer ${key}` } : {};
}

// fetch with the key; on a 401, ask for a key (again: the stored one may have been revoked) and retry once. Calls
// that fail together (the catalogue loads robots and torches at once) ask once: the prompt blocks the page, and a
// call whose key was replaced meanwhile just retries with the new one.
async function authorized(url, init = {}) {
  const send = () => fetch(url, { ...init, headers: { ...(init.headers || {}), ...authHeaders() } });
  const sent = localStorage.getItem(KEY_ITEM);
  const res = await send();
  if (res.status !== 401) return res;
  if (localStorage.getItem(KEY_ITEM) === sent) {
    const key = window.prompt('This server needs an API key (weldplan keys create --tenant NAME):');
    if (!key || !key.trim()) return res;
    localStorage.setItem(KEY_ITEM, key.trim());
  }
  return send();
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function fail(res) {
  let detail = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    if (body && body.detail) detail = typeof body.detail === 'string' ? body.detail : JSON.stringify(body.detail);
  } catch (_) { /* not JSON: keep the status line */ }
  throw new ApiError(res.status, detail);
}

export async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }
  const res = await authorized(API + path, init);
  if (!res.ok) await fail(res);
  if (res.status === 204) return null;
  return res.json();
}

// Lists come in pages; the UI wants whole lists, so it follows next_cursor to the end.
export async function all(path, key) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await call('GET', cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...page[key]);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

export async function binary(path) {
  const res = await authorized(API + path);
  if (!res.ok) await fail(res);
  return res.arrayBuffer();
}

// A link to an API file (program, report) that a browser cannot follow with the key: with a key stored, a click
// fetches the file with it and hands the browser the bytes instead (without one, the link works as it is).
// fetched: always so, and a refusal (a program the plan cannot have) goes to onError with the problem's detail
// instead of a file of JSON in the downloads.
export function keyedLink(a, onError, fetched = false) {
  a.addEventListener('click', async (event) => {
    if ((!fetched && !localStorage.getItem(KEY_ITEM)) || a.classList.contains('disabled')) return;
    event.preventDefault();
    let res;
    try {
      res = await authorized(a.href);
      if (!res.ok) await fail(res);
    } catch (err) {
      onError(err);
      return;
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '');
    const url = URL.createObjectURL(await res.blob());
    const open = document.createElement('a');
    open.href = url;
    if (a.hasAttribute('download')) open.download = name ? name[1] : '';
    else open.target = '_blank';
    open.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
}
