// A fast local Bot Connector for the benchmarks: plain Node http, no dependencies, one process.
//   POST /v3/conversations/{conversationId}/activities[/{replyToId}]  -> 201 {"id":"r-<n>"}  (a reply; counted)
//   PUT  /v3/conversations/{conversationId}/activities/{activityId}   -> 200 {"id":...}      (a card update; counted apart)
//   POST /v3/conversations                                            -> 201 {"id":"a:conv-<n>"}
//   GET  /_stats?from=<us>&to=<us>  -> counters; latencies of replies whose replyToId carries a send time
//   POST /_reset                    -> clears the counters
//   POST /_record?on=1|0            -> keep the last reply body per conversation (for checking answers)
//   GET  /_last?conversation=<id>   -> that body
//   POST /_proactive?on=1|0         -> Teams' rate limits on (and the proactive counters cleared) or off
//   GET  /_proactive                -> what the limits let through and refused (see below)
// Teams' published limits (shared/protocol.md 1.4, "Rate limiting for agents"), enforced when /_proactive is on, for
// send (POST .../activities, PUT .../activities/{id}) and create conversation (POST /v3/conversations):
//   - per bot per thread: 7 ops in 1 s, 8 in 2 s, 60 in 30 s, 1800 in 3600 s (sliding windows; a created 1:1 chat's
//     thread is its id, which is the same for the same member, as in Teams);
//   - per app per tenant: 50 operations per second, as a token bucket (50 tokens/s, at most BURST = 20 banked).
//   Past a limit: 429 with Retry-After (whole seconds, rounded up, at least 1) and a Teams-like error body; a refused
//   call does not count. To be fair to a sender that paces itself on its own clock (the arrival here is a little
//   later and jittered by the machine's load), the thread windows are measured GRACE_MS shorter and the tenant
//   bucket may bank BURST tokens: a sender that books at most 50 ops/s per tenant and keeps to the thread windows
//   on its side gets no 429 unless its calls arrive more than ≈ 0.4 s late.
//   Each accepted send whose body holds a benchmark token ("bench taak f<family> t<task>") is counted per token,
//   so duplicates (a token accepted twice) and losses (a token never accepted) can be checked.
// Reply latency: the load generator puts its CLOCK_MONOTONIC send time (microseconds) as the last dot-separated
// field of the activity id ("b.<thread>.<seq>.<us>"); process.hrtime is the same clock, so
// arrival - send = the time from sending the message to the bot's reply reaching the connector.
'use strict';
const http = require('http');

const port = Number(process.env.PORT || 0);
const host = '127.0.0.1';

function nowUs() { return Number(process.hrtime.bigint() / 1000n); }

class Series { // a growable array of doubles
  constructor() { this.a = new Float64Array(1 << 16); this.n = 0; }
  push(v) {
    if (this.n === this.a.length) { const b = new Float64Array(this.a.length * 2); b.set(this.a); this.a = b; }
    this.a[this.n++] = v;
  }
  values() { return this.a.subarray(0, this.n); }
}

let s;
function reset() {
  s = { replies: 0, updates: 0, creates: 0, other: 0, withoutReplyTo: 0, duplicates: 0,
        seen: new Set(), arrivals: new Series(), latencies: new Series() };
}
reset();
let record = false;
const last = new Map();
let ids = 0;

// ---- Teams' rate limits (only when /_proactive?on=1) ----------------------------------------------------------
const GRACE_MS = 100, RATE = 50, BURST = 20;
const THREAD_LIMITS = [[1000, 7], [2000, 8], [30000, 60], [3600000, 1800]];
let limits = false;
let p;
function resetProactive() {
  p = { threads: new Map(), tenants: new Map(), tokens: new Map(), convTenant: new Map(),
        sends: 0, creates: 0, updates: 0, refused: 0, refusedSends: 0, refusedCreates: 0, refusedByThread: 0, refusedByTenant: 0,
        acceptedAt: new Series(), refusedAt: new Series(), startedMs: Date.now() };
}
resetProactive();
function nowMs() { return Number(process.hrtime.bigint()) / 1e6; }
// null when allowed (and booked), else the seconds to wait
function admit(tenant, thread) {
  const t = nowMs();
  let log = p.threads.get(thread);
  if (!log) { log = []; p.threads.set(thread, log); }
  while (log.length && t - log[0] > THREAD_LIMITS[THREAD_LIMITS.length - 1][0]) log.shift();
  let waitMs = 0, byThread = false;
  for (const [window, max] of THREAD_LIMITS) {
    const w = window - GRACE_MS;
    let n = 0, i = log.length - 1;
    for (; i >= 0 && t - log[i] < w; i--) n++;
    if (n >= max) { byThread = true; waitMs = Math.max(waitMs, log[log.length - max] + w - t); }
  }
  let b = p.tenants.get(tenant);
  if (!b) { b = { tokens: BURST, at: t }; p.tenants.set(tenant, b); }
  b.tokens = Math.min(BURST, b.tokens + (t - b.at) * RATE / 1000); b.at = t;
  if (b.tokens < 1) waitMs = Math.max(waitMs, (1 - b.tokens) * 1000 / RATE);
  if (waitMs > 0) {
    p.refused++; if (byThread) p.refusedByThread++; else p.refusedByTenant++;
    p.refusedAt.push(t);
    return Math.max(1, Math.ceil(waitMs / 1000));
  }
  b.tokens -= 1;
  log.push(t);
  p.acceptedAt.push(t);
  return null;
}
function tooMany(res, seconds) {
  const text = JSON.stringify({ error: { code: 'Throttled', message: 'Too many requests' } });
  res.writeHead(429, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Retry-After': String(seconds) });
  res.end(text);
}
const TOKEN = /bench taak f(\d+) t(\d+)/g;
function proactiveStats() {
  const acc = Float64Array.from(p.acceptedAt.values()).sort();
  let maxIn1s = 0;
  for (let i = 0, j = 0; i < acc.length; i++) { while (acc[i] - acc[j] >= 1000) j++; maxIn1s = Math.max(maxIn1s, i - j + 1); }
  let duplicates = 0;
  for (const n of p.tokens.values()) if (n > 1) duplicates += n - 1;
  const seconds = acc.length > 1 ? (acc[acc.length - 1] - acc[0]) / 1000 : 0;
  return { limits, rateLimitPerTenant: RATE, burst: BURST, graceMs: GRACE_MS, threadLimits: THREAD_LIMITS,
    sends: p.sends, creates: p.creates, updates: p.updates, accepted: acc.length,
    refused: p.refused, refusedSends: p.refusedSends, refusedCreates: p.refusedCreates, refusedByThread: p.refusedByThread, refusedByTenant: p.refusedByTenant,
    firstAcceptedMs: acc.length ? acc[0] : null, lastAcceptedMs: acc.length ? acc[acc.length - 1] : null, acceptedSeconds: seconds,
    acceptedPerSecond: seconds > 0 ? (acc.length - 1) / seconds : null, maxAcceptedIn1s: maxIn1s,
    threads: p.threads.size, tokensUnique: p.tokens.size, duplicates, tokens: [...p.tokens.keys()] };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
  return sorted[i];
}

function stats(url) {
  const from = Number(url.searchParams.get('from') || 0);
  const to = Number(url.searchParams.get('to') || Number.MAX_SAFE_INTEGER);
  const arrivals = s.arrivals.values();
  let inWindow = 0, first = null, lastAt = null;
  for (let i = 0; i < arrivals.length; i++) {
    const t = arrivals[i];
    if (t >= from && t <= to) inWindow++;
    if (first === null || t < first) first = t;
    if (lastAt === null || t > lastAt) lastAt = t;
  }
  const lat = Float64Array.from(s.latencies.values()).sort();
  return {
    replies: s.replies, updates: s.updates, creates: s.creates, other: s.other,
    uniqueReplyTo: s.seen.size, duplicates: s.duplicates, withoutReplyTo: s.withoutReplyTo,
    repliesInWindow: inWindow, firstArrivalUs: first, lastArrivalUs: lastAt, nowUs: nowUs(),
    replyLatencyUs: { count: lat.length, p50: percentile(lat, 50), p90: percentile(lat, 90), p99: percentile(lat, 99), max: lat.length ? lat[lat.length - 1] : null },
  };
}

function send(res, status, body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  const path = req.url;
  if (path.startsWith('/v3/conversations')) {
    const m = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/.exec(path);
    const keepBody = (record && m && req.method === 'POST') || limits;
    const chunks = keepBody ? [] : null;
    req.on('data', keepBody ? (c) => chunks.push(c) : () => {});
    req.on('end', () => {
      const id = `r-${++ids}`;
      if (limits) return proactive(req, res, m, Buffer.concat(chunks).toString('utf8'));
      if (!m) {
        if (req.method === 'POST' && /^\/v3\/conversations\/?(\?|$)/.test(path)) { s.creates++; return send(res, 201, { id: `a:conv-${id}` }); }
        s.other++;
        return send(res, 404, { error: { code: 'NotFound', message: path } });
      }
      if (req.method === 'PUT') { s.updates++; return send(res, 200, { id: decodeURIComponent(m[2] || id) }); }
      if (req.method !== 'POST') { s.other++; return send(res, 405, { error: { code: 'MethodNotAllowed' } }); }
      const t = nowUs();
      s.replies++;
      s.arrivals.push(t);
      if (m[2]) {
        const replyTo = decodeURIComponent(m[2]);
        if (s.seen.has(replyTo)) s.duplicates++; else s.seen.add(replyTo);
        const dot = replyTo.lastIndexOf('.');
        const sentUs = dot > 0 ? Number(replyTo.slice(dot + 1)) : NaN;
        if (Number.isFinite(sentUs) && sentUs > 0) s.latencies.push(t - sentUs);
      } else {
        s.withoutReplyTo++;
      }
      if (keepBody) last.set(decodeURIComponent(m[1]), Buffer.concat(chunks).toString('utf8'));
      send(res, 201, { id });
    });
    return;
  }
  const url = new URL(path, 'http://x');
  req.resume();
  req.on('end', () => {
    if (url.pathname === '/_stats') return send(res, 200, stats(url));
    if (url.pathname === '/_reset' && req.method === 'POST') { reset(); return send(res, 200, { ok: true }); }
    if (url.pathname === '/_record' && req.method === 'POST') { record = url.searchParams.get('on') === '1'; if (!record) last.clear(); return send(res, 200, { record }); }
    if (url.pathname === '/_proactive' && req.method === 'POST') { limits = url.searchParams.get('on') === '1'; resetProactive(); return send(res, 200, { limits }); }
    if (url.pathname === '/_proactive') return send(res, 200, proactiveStats());
    if (url.pathname === '/_last') { const b = last.get(url.searchParams.get('conversation') || ''); return b ? send(res, 200, b) : send(res, 404, { error: 'none' }); }
    send(res, 404, { error: 'not found' });
  });
});
// A call while the limits are on: create conversation or send/update, each counted against its thread and tenant.
function proactive(req, res, m, body) {
  let json = {};
  try { json = body ? JSON.parse(body) : {}; } catch { return send(res, 400, { error: { code: 'BadSyntax' } }); }
  if (!m) {
    if (req.method !== 'POST' || !/^\/v3\/conversations\/?(\?|$)/.test(req.url)) return send(res, 404, { error: { code: 'NotFound' } });
    const member = json.members?.[0]?.id;
    if (!member) return send(res, 400, { error: { code: 'BadArgument', message: 'members' } });
    const tenant = json.tenantId ?? json.channelData?.tenant?.id ?? '?';
    const thread = `a:1on1-${member}`; // Teams gives the same 1:1 chat for the same bot and member
    const wait = admit(tenant, thread);
    if (wait !== null) { p.refusedCreates++; return tooMany(res, wait); }
    p.creates++; p.convTenant.set(thread, tenant);
    return send(res, 201, { id: thread });
  }
  const conversation = decodeURIComponent(m[1]);
  const tenant = json.conversation?.tenantId ?? json.channelData?.tenant?.id ?? p.convTenant.get(conversation) ?? '?';
  const wait = admit(tenant, conversation);
  if (wait !== null) { p.refusedSends++; return tooMany(res, wait); }
  if (req.method === 'PUT') { p.updates++; return send(res, 200, { id: decodeURIComponent(m[2] || 'u') }); }
  p.sends++;
  // one count per token per message (a card may name its task more than once)
  for (const k of new Set([...body.matchAll(TOKEN)].map((t) => `f${t[1]}-t${t[2]}`))) p.tokens.set(k, (p.tokens.get(k) ?? 0) + 1);
  send(res, 201, { id: `p-${++ids}` });
}

server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(port, host, () => console.log(`fake connector listening on ${server.address().port}`));
