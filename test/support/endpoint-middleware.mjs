// A scriptable HTTP endpoint inside the web-test-runner server, so browser tests of the SDK talk
// to a real loopback server over real fetch. Each test uses its own endpoint name.
//   POST /__endpoint/<name>/script   body: [{status, headers?, body?, delayMs?}, ...] queued replies
//   POST /__endpoint/<name>          the SDK's endpoint: records the request, answers the next
//                                    scripted reply or, when none is left, acks every record
//   GET  /__endpoint/<name>/log      [{body, headers, status}] of every request received
//   POST /__endpoint/<name>/reset
const endpoints = new Map();

function state(name) {
  let s = endpoints.get(name);
  if (!s) endpoints.set(name, (s = { script: [], log: [] }));
  return s;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function endpointMiddleware() {
  return async function endpoint(ctx, next) {
    const m = /^\/__endpoint\/([\w-]+)(\/(script|log|reset))?$/.exec(ctx.path);
    if (!m) return next();
    const s = state(m[1]);
    const action = m[3];
    if (action === 'log') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(s.log);
      return;
    }
    if (action === 'reset') {
      endpoints.delete(m[1]);
      ctx.status = 204;
      return;
    }
    const raw = await readBody(ctx.req);
    if (action === 'script') {
      s.script.push(...JSON.parse(raw));
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }
    const reply = s.script.shift();
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = raw;
    }
    const status = reply?.status ?? 200;
    s.log.push({ body: parsed, headers: ctx.headers, status });
    if (reply?.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    ctx.status = status;
    for (const [k, v] of Object.entries(reply?.headers ?? {})) ctx.set(k, v);
    if (reply && 'body' in reply) {
      ctx.body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      if (typeof reply.body !== 'string') ctx.type = 'json';
    } else if (!reply) {
      const batch = Array.isArray(parsed?.batch) ? parsed.batch : [];
      ctx.type = 'json';
      ctx.body = JSON.stringify({ results: batch.map((r) => ({ id: r.id, status: 'accepted' })) });
    }
  };
}
