// A fast local Bot Connector for the benchmarks: plain Node http, no dependencies, one process.
//   POST /v3/conversations/{conversationId}/activities[/{replyToId}]  -> 201 {"id":"r-<n>"}  (a reply; counted)
//   PUT  /v3/conversations/{conversationId}/activities/{activityId}   -> 200 {"id":...}      (a card update; counted apart)
//   POST /v3/conversations                                            -> 201 {"id":"a:conv-<n>"}
//   GET  /_stats?from=<us>&to=<us>  -> counters; latencies of replies whose replyToId carries a send time
//   POST /_reset                    -> clears the counters
//   POST /_record?on=1|0            -> keep the last reply body per conversation (for checking answers)
//   GET  /_last?conversation=<id>   -> that body
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
    const keepBody = record && m && req.method === 'POST';
    const chunks = keepBody ? [] : null;
    req.on('data', keepBody ? (c) => chunks.push(c) : () => {});
    req.on('end', () => {
      const id = `r-${++ids}`;
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
    if (url.pathname === '/_last') { const b = last.get(url.searchParams.get('conversation') || ''); return b ? send(res, 200, b) : send(res, 404, { error: 'none' }); }
    send(res, 404, { error: 'not found' });
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(port, host, () => console.log(`fake connector listening on ${server.address().port}`));
