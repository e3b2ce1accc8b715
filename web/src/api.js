// The REST client: every call goes to this service's /api/v1; a failed call throws an Error whose message is the
// problem+json `detail` (the field at fault and why), which the UI shows as it is.
export const API = '/api/v1';

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
  const res = await fetch(API + path, init);
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
  const res = await fetch(API + path);
  if (!res.ok) await fail(res);
  return res.arrayBuffer();
}
