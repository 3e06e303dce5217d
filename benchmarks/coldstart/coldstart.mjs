// Cold start (issue 18, target 4): from process start to the first reply at the connector, for the published bot and
// the bare ASP.NET Core floor, side by side in one run. Each run starts a fresh process, posts one activity as soon as
// the port accepts it (retrying every 10 ms until it answers 2xx) and waits for the reply to reach a local connector.
//
//   node benchmarks/coldstart/coldstart.mjs --bot <published bot dir> --bare <published BareBot dir> --storage <Azurite
//        connection string> [--runs 5] [--json <file>]
// The bot runs as in production except for auth (Development, empty MicrosoftAppId) and with its tables already there
// from a first start that is not counted (App Service restarts onto existing storage). Prints a table and, with --json, the figures.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { writeFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const runs = Number(args.runs ?? 5);
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000; // ms

const freePort = () => new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });

// A connector that answers every call and tells when the first reply of a conversation arrives.
let waiting = null;
const connector = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `r-${Math.random().toString(36).slice(2)}` }));
    if (req.method === 'POST' && /\/activities/.test(req.url) && waiting && req.url.includes(encodeURIComponent(waiting.conversation))) {
      const w = waiting; waiting = null; w.resolve(now());
    }
  });
});
await new Promise((r) => connector.listen(0, '127.0.0.1', r));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/`;

function activity(conversation, text) {
  return JSON.stringify({
    type: 'message', id: `cold-${Date.now()}`, channelId: 'msteams', serviceUrl, text,
    from: { id: '29:cold-user', name: 'Cold Start', aadObjectId: 'aad-cold' }, recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-cold' },
    channelData: { tenant: { id: 'tenant-cold' } }, timestamp: new Date().toISOString(),
  });
}

function post(port, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume(); res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function once(name, cwd, command, env, conversation) {
  const port = await freePort();
  const replied = new Promise((resolve) => { waiting = { conversation, resolve }; });
  const started = now();
  const child = spawn('dotnet', [command], { cwd, env: { ...process.env, ...env, ASPNETCORE_URLS: `http://127.0.0.1:${port}` }, stdio: 'ignore' });
  let accepted = 0;
  for (let i = 0; i < 6000 && !accepted; i++) {
    const status = await post(port, activity(conversation, 'help'));
    if (status >= 200 && status < 300) accepted = now();
    else await new Promise((r) => setTimeout(r, 10));
  }
  const timeout = new Promise((r) => setTimeout(() => r(NaN), 30_000));
  const reply = await Promise.race([replied, timeout]);
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return { name, acceptedMs: accepted - started, replyMs: reply - started };
}

const botEnv = {
  ASPNETCORE_ENVIRONMENT: 'Development', MicrosoftAppId: '', MicrosoftAppPassword: '', Storage__ConnectionString: args.storage,
  Storage__TablePrefix: 'cold', Escalation__SchedulerEnabled: 'false', Privacy__RetentionJobEnabled: 'false', Logging__LogLevel__Default: 'Warning',
};
await once('warm-up (not counted)', args.bot, 'CoordinatieBot.dll', botEnv, 'a:cold-warmup');
const results = { bot: [], bare: [] };
for (let r = 0; r < runs; r++) {
  results.bare.push(await once('bare', args.bare, 'BareBot.dll', {}, `a:cold-bare-${r}`));
  results.bot.push(await once('bot', args.bot, 'CoordinatieBot.dll', botEnv, `a:cold-bot-${r}`));
}
connector.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const summary = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { acceptedMs: median(v.map((x) => x.acceptedMs)), replyMs: median(v.map((x) => x.replyMs)), runs: v }]));
summary.ratio = summary.bot.replyMs / summary.bare.replyMs;
console.log(`| process | first 2xx (median ms) | first reply (median ms) | ratio to the floor |`);
console.log(`|---|---:|---:|---:|`);
console.log(`| BareBot (floor) | ${summary.bare.acceptedMs.toFixed(0)} | ${summary.bare.replyMs.toFixed(0)} | 1.00× |`);
console.log(`| CoordinatieBot | ${summary.bot.acceptedMs.toFixed(0)} | ${summary.bot.replyMs.toFixed(0)} | ${summary.ratio.toFixed(2)}× |`);
if (args.json) writeFileSync(args.json, JSON.stringify(summary, null, 2));
