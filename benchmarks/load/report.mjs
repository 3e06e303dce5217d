// Writes benchmarks/RESULTS.md (to stdout) from the JSON files benchmarks/run leaves in benchmarks/.out/results
// and the BenchmarkDotNet GitHub-markdown reports.
// Usage: node report.mjs <results dir> <BenchmarkDotNet results dir>
import fs from 'node:fs';
import path from 'node:path';

const [resDir, microDir] = process.argv.slice(2);
const read = (name) => {
  const file = path.join(resDir, name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
};
const machine = read('machine.json') ?? {};
const end = read('end.json') ?? {};
const total = read('total.json') ?? {};
const conns = [...new Set(fs.readdirSync(resDir).map((f) => /-c(\d+)\.json$/.exec(f)?.[1]).filter(Boolean).map(Number))].sort((a, b) => a - b);

const f0 = (x) => (x == null || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
const f1 = (x) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(1));
const f2 = (x) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(2));
const f3 = (x) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(3));
const mb = (kb) => (kb == null ? '–' : `${(kb / 1024).toFixed(0)} MB`);
const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const out = [];
const p = (...lines) => out.push(...lines);

const targets = {
  'connector-self': ['LoadGen alone (its own fake connector)', '–'],
  'connector-node': ['Node fake connector alone', '–'],
  bare: ['bare ASP.NET Core floor (benchmarks/BareBot)', '"wie is regisseur?" (echoed)'],
  'node-echo': ['Node botbuilder 4.23.3 echo bot (CloudAdapter)', '"wie is regisseur?" (echoed)'],
  'ours-regisseur': ['**CoordinatieBot**', '"wie is regisseur?"'],
  'ours-task': ['**CoordinatieBot**', '"taak: ik bel de school morgen"'],
};

p('# Benchmark results', '');
p(`Written by \`benchmarks/run\` on ${machine.date ?? '?'} (${total.totalSeconds ?? '?'} s in all). How to run and what each number means: [README.md](README.md).`);
if (fs.existsSync(path.join(path.dirname(resDir), '..', 'FINDINGS.md'))) p('What costs time in src/ and what to do about it: [FINDINGS.md](FINDINGS.md).');
p('', '## Machine', '');
p('| | |', '|---|---|');
p(`| CPU | ${machine.cpu ?? '?'}, ${machine.nproc ?? '?'} cores (nproc) |`);
p(`| memory | ${machine.memTotalKb ? (machine.memTotalKb / 1048576).toFixed(1) + ' GiB' : '?'} |`);
p(`| OS | ${machine.os ?? '?'} |`);
p(`| .NET SDK / Node / wrk | ${machine.dotnet ?? '?'} / ${machine.node ?? '?'} / ${machine.wrk || 'not installed'} |`);
p(`| load average (1, 5, 15 min) | at the start ${machine.loadStart ?? '?'}; at the end of the load part ${end.loadEnd ?? '?'} |`);
p(`| settings | ${machine.settings ?? '?'} |`);
if (machine.source) p(`| source measured | ${machine.source} |`);
const load1 = Number((machine.loadStart ?? '0').split(' ')[0]);
if (load1 > (machine.nproc ?? 2) * 0.5) {
  p('', `> **The machine was shared**: other processes were busy while this ran (1-minute load average ${load1} on ${machine.nproc} cores at the start; each row also shows the load around it). Every process here — load generator, fake connector, bot, Azurite — competes for the same ${machine.nproc} cores, so absolute throughput and latency are lower and noisier than on a quiet machine. Compare rows by their ratios and by *CPU ms per message* (CPU time the bot process used, divided by the messages it handled), which contention affects much less.`);
}

// ---- 1a. paced -------------------------------------------------------------------------------------------
p('', '## 1. Messages through POST /api/messages', '');
p('### 1a. Conversation-paced (benchmarks/LoadGen): N conversations, each waiting for its reply', '');
p('Each of N workers owns one group-chat conversation and one HTTP connection, posts a message activity, waits for the HTTP answer, then waits until the bot\'s reply reaches the fake connector, then posts the next: the way people in N chats would use it. *Replies/s* is replies received per second in the measured window; *reply* latency is from sending the message to the reply arriving at the connector (what a user waits for); *HTTP* latency is the POST /api/messages round trip. Every request must get exactly one reply: *lost* = no reply within 30 s, *dup* = more than one reply to one message, *failed* = a non-2xx answer. The fake connector lives in the load generator (Kestrel); its row "alone" is the tool posting replies to itself, the ceiling of the tool on this machine.', '');
p('| target | message | conv. | replies/s | reply p50 ms | reply p99 ms | HTTP p50 ms | HTTP p99 ms | bot CPU ms/msg | Azurite CPU ms/msg | lost | dup | failed | load avg |');
p('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
const paced = {};
for (const c of conns) {
  for (const name of ['connector-self', 'bare', 'node-echo', 'ours-regisseur', 'ours-task']) {
    const r = read(`paced-${name}-c${c}.json`);
    if (!r) continue;
    paced[`${name}-${c}`] = r;
    const [who, what] = targets[name];
    const failed = r.failedRequests ? `${r.failedRequests} (${Object.entries(r.failedStatuses).map(([k, v]) => `${k}×${v}`).join(', ')})` : '0';
    p(`| ${who} | ${what} | ${c} | ${f0(r.repliesPerSecond)} | ${f1(r.replyP50Ms)} | ${f1(r.replyP99Ms)} | ${f2(r.httpP50Ms)} | ${f1(r.httpP99Ms)} | ${name === 'connector-self' ? '–' : f3(r.botCpuMsPerMessage)} | ${name.startsWith('ours') ? f3(r.azuriteCpuMsPerMessage) : '–'} | ${r.lostReplies} | ${r.duplicateReplies} | ${failed} | ${r.load} |`);
  }
}
p('', 'Ratios (replies/s):', '');
p('| conv. | regisseur / bare floor | regisseur / Node echo | task / bare floor | task / Node echo |', '|---:|---:|---:|---:|---:|');
const ratio = (a, b) => (a && b ? a.repliesPerSecond / b.repliesPerSecond : null);
for (const c of conns) {
  const [reg, task, bare, node] = ['ours-regisseur', 'ours-task', 'bare', 'node-echo'].map((n) => paced[`${n}-${c}`]);
  p(`| ${c} | ${f2(ratio(reg, bare))}× | ${f2(ratio(reg, node))}× | ${f2(ratio(task, bare))}× | ${f2(ratio(task, node))}× |`);
}
const samples = Object.values(paced).filter((r) => r.sampleReply).map((r) => `- ${targets[r.name][0]}, ${targets[r.name][1]}: “${esc(r.sampleReply).slice(0, 160)}”`);
if (samples.length) p('', 'What each answered (one sample reply per row, taken before the warm-up):', '', ...[...new Set(samples)]);

// ---- 1b. wrk --------------------------------------------------------------------------------------------
const floods = conns.flatMap((c) => ['connector-node', 'bare', 'node-echo', 'ours-regisseur', 'ours-task'].map((n) => read(`wrk-${n}-c${c}.json`)).filter(Boolean));
if (floods.length) {
  p('', '### 1b. HTTP flood (wrk -t2 -cN, benchmarks/load/messages.lua, Node fake connector)', '');
  p('wrk sends the next request as soon as the HTTP answer comes, rotating through N conversations. A bot that answers 200 first and replies from a queue (CoordinatieBot, the bare floor) accepts faster than it replies until its queue is full and it answers 503 (Busy); the Node echo bot replies inside the request. So *HTTP/s* is the accept rate, *replies/s* (counted at the connector in the measured window) is the work really done, *drain* is how long replies kept coming after wrk stopped. Exactly one reply per accepted message: *dup* must be 0 and *replies (all)* must lie between *2xx* and *sent* (messages still in flight when wrk stops are sent but not counted by wrk).', '');
  p('| target | message | conn. | HTTP/s | 2xx | non-2xx | HTTP p50 ms | HTTP p99 ms | replies/s | replies (all) | sent | dup | drain s | load avg |');
  p('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of floods) {
    const [who, what] = targets[r.name];
    p(`| ${who} | ${what} | ${r.connections} | ${f0(r.httpPerSecond)} | ${f0(r.ok2xx)} | ${f0(r.wrk.errStatus)} | ${f1(r.wrk.p50Us / 1000)} | ${f1(r.wrk.p99Us / 1000)} | ${f0(r.repliesPerSecond)} | ${f0(r.connector.replies)} | ${f0(r.wrk.sent)} | ${r.connector.duplicates} | ${r.drainSeconds} | ${r.load} |`);
  }
}

// ---- targets ------------------------------------------------------------------------------------------
const c64 = conns.includes(64) ? 64 : conns[0];
const reg = paced[`ours-regisseur-${c64}`], bare = paced[`bare-${c64}`], node = paced[`node-echo-${c64}`];
const memPaced = read('mem-ours-after-paced.json'), memLoad = read('mem-ours-after-load.json'), memFam = read('mem-ours-families.json');
const sweep = read('sweep.json') ?? { status: 'not yet measured' }, proactive = read('proactive.json') ?? { status: 'not yet measured' };
const verdict = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**missed**');
p('', '## Targets (issue 7)', '');
p('| target | measured | verdict |', '|---|---|---|');
if (reg && bare) p(`| "wie is regisseur?" ≥ 0.5× the bare floor (replies/s, ${c64} conversations) | ${f0(reg.repliesPerSecond)} / ${f0(bare.repliesPerSecond)} = ${f2(ratio(reg, bare))}× | ${verdict(ratio(reg, bare) >= 0.5)} |`);
if (reg && node) p(`| "wie is regisseur?" ≥ 5× the Node echo bot (replies/s, ${c64} conversations) | ${f0(reg.repliesPerSecond)} / ${f0(node.repliesPerSecond)} = ${f2(ratio(reg, node))}× | ${verdict(ratio(reg, node) >= 5)} |`);
if (reg) {
  p(`| p99 < 50 ms at ${c64} concurrent: HTTP (POST /api/messages) | ${f1(reg.httpP99Ms)} ms | ${verdict(reg.httpP99Ms < 50)} |`);
  p(`| p99 < 50 ms at ${c64} concurrent: time to the reply | ${f1(reg.replyP99Ms)} ms | ${verdict(reg.replyP99Ms < 50)} |`);
  p(`| every message exactly one reply | lost ${reg.lostReplies}, duplicates ${reg.duplicateReplies}, failed ${reg.failedRequests}, unexpected ${reg.unexpectedReplies} | ${verdict(reg.lostReplies === 0 && reg.duplicateReplies === 0 && reg.failedRequests === 0 && reg.unexpectedReplies === 0)} |`);
}
const hasSweep = !sweep.status, hasPro = !proactive.status;
const pct = (x) => (x == null ? '–' : `${(x * 100).toFixed(1)}%`);
const st = (r) => r?.storage ?? {};
const dueOf = (r) => r?.dueTasks ?? r?.summary?.dueEntries;
// What finding and deciding read: the due index (the sweep) and the family rows (the sender, just before sending);
// sending itself also reads addresses, claims and settings.
const sweepReads = (r) => Object.entries(st(r).byTableAndKind ?? {})
  .filter(([k]) => /^(DueIndex|Families) (get|query) /.test(k)).reduce((sum, [, v]) => sum + (v.entities ?? 0), 0);
const timesDue = (n, r) => (n == null || !dueOf(r) ? '–' : `${(n / dueOf(r)).toFixed(2)}×`);
if (hasSweep) {
  const due = dueOf(sweep), c = sweep.connector ?? {};
  const own = sweepReads(sweep);
  p(`| sweep reads ≤ 2× the due count (${f0(sweep.families)} families, ${f0(sweep.tasks)} tasks, ${f0(due)} due): entities read at storage to find and decide (due index + family rows, counting proxy) | ${f0(own)} = ${timesDue(own, sweep)} (the bot's own count: ${f0(sweep.summary?.entitiesRead)} = ${timesDue(sweep.summary?.entitiesRead, sweep)}; with what sending read — addresses, claims, settings — ${f0(st(sweep).entitiesRead)} = ${timesDue(st(sweep).entitiesRead, sweep)}) | ${verdict(own <= 2 * due)} |`);
  p(`| sweep ≤ 2 s (read the due index, queue the due families for the sender) | ${f2(sweep.sweepSeconds)} s (the sender then read, decided and sent until ${f1(sweep.deliveredSeconds)} s: ${f0(c.accepted)} connector calls; at Teams' 50/s that alone takes ≥ ${f1(((c.accepted ?? 0) - 20) / 50)} s) | ${verdict(sweep.sweepSeconds <= 2)} |`);
}
else p(`| sweep: reads ≤ 2× the due count, ≤ 2 s | ${esc(sweep.status)} | not measured |`);
if (hasPro) {
  const c = proactive.connector ?? {}, d = proactive.delivery ?? {}, ratioAllowed = c.acceptedPerSecond / c.rateLimitPerTenant;
  p(`| proactive: ≥ 90% of the allowed rate (${c.rateLimitPerTenant} calls/s per tenant) | ${f1(c.acceptedPerSecond)} calls/s = ${pct(ratioAllowed)} | ${verdict(ratioAllowed >= 0.9)} |`);
  p(`| proactive: 0 × 429 | ${f0(c.refused)} (thread limits ${f0(c.refusedByThread)}, tenant limit ${f0(c.refusedByTenant)}) | ${verdict(c.refused === 0)} |`);
  p(`| proactive: 0 duplicates, 0 losses (${f0(d.expected)} nudges) | duplicates ${f0(d.duplicates)}, lost ${f0(d.lost)} | ${verdict(d.duplicates === 0 && d.lost === 0)} |`);
}
else p(`| proactive: ≥ 90% of the allowed rate, 0 × 429, 0 duplicates, 0 losses | ${esc(proactive.status)} | not measured |`);
const rssSweep = hasPro ? proactive.botVmHwmKb : hasSweep ? sweep.botVmHwmKb : null;
if (rssSweep) p(`| RSS < 300 MB with ${f0(sweep.families)} families after the sweep (peak, VmHWM, of the bot that swept: part 2 then part 3) | ${mb(rssSweep)} | ${verdict(rssSweep < 300 * 1024)} |`);
const rss = memFam ?? memLoad;
if (rss) p(`| RSS < 300 MB, the message-load bot (${rss.label}) | peak ${mb(rss.vmHwmKb)} | ${verdict(rss.vmHwmKb < 300 * 1024)} |`);

// ---- 2, 3 ---------------------------------------------------------------------------------------------
const storageTable = (r) => {
  p('| table | call | HTTP status | requests | entities returned |', '|---|---|---:|---:|---:|');
  for (const [k, v] of Object.entries(st(r).byTableAndKind ?? {})) {
    const [table, kind, status] = k.split(' ');
    p(`| ${table} | ${kind} | ${status} | ${f0(v.requests)} | ${kind === 'get' || kind === 'query' ? f0(v.entities) : '–'} |`);
  }
};
const cpu = (r) => `bot ${f1(r.botCpuSeconds)} s, Azurite ${f1(r.azuriteCpuSeconds)} s`;
p('', '## 2. Sweep (benchmarks/Sweep)', '');
if (!hasSweep) p(`Not measured: ${esc(sweep.status)}.`);
else {
  const c = sweep.connector ?? {}, d = sweep.delivery ?? {};
  p(`${f0(sweep.families)} families with ${f0(sweep.tasks)} tasks (${f0(sweep.tasks / sweep.families)} each) and ${f0(sweep.professionals)} professionals (3 per family, each in ≈ 30 families), seeded straight into Table storage with the bot's own classes (\`TableFamilyRepository.CreateAsync\` after \`ScheduleNextCheck\`, \`TableConversationReferenceStore\`), ${sweep.seedParallel} in parallel, in **${f1(sweep.seedSeconds)} s**. Task 1 of ${f0(dueOf(sweep))} families (1% of the tasks, one per family, each owned by a different professional) is due on D1; task 2 of every family on D2, the next working day; the rest months later. The real bot (Release, Development, \`Escalation:SchedulerEnabled=false\`) ran with its storage behind a counting proxy in front of Azurite; its clock was set to D1 10:00 (Amsterdam) and POST /api/dev/sweep called. The sweep reads the due part of the index and queues the due families for the sender (\`NoticeWorker\`), which reads each family, decides what the ladder calls for, claims, sends at Teams' pace and records; *sweep s* is the sweep's own time as the bot measured it, *delivered after s* when the worker had finished (the request waits for both). Every due owner had only a group-chat reference stored, so each nudge first creates the 1:1 chat (as for someone the bot never wrote to). The fake connector enforced Teams' rate limits (section 3).`, '');
  p('| due tasks | sweep s | delivered after s | due entries | families read | sweep\'s entitiesRead | reads at storage to find and decide (due index + families) | all entities read at storage (with sending) | read requests at storage | write requests at storage | nudges sent (creates + sends at the connector) | 429s | lost / dup | CPU, sweep and sending | load avg |');
  p('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  p(`| ${f0(dueOf(sweep))} | **${f2(sweep.sweepSeconds)}** | ${f1(sweep.deliveredSeconds)} | ${f0(sweep.summary?.dueEntries)} | ${f0(sweep.summary?.familiesRead)} | ${f0(sweep.summary?.entitiesRead)} (${timesDue(sweep.summary?.entitiesRead, sweep)}) | **${f0(sweepReads(sweep))} (${timesDue(sweepReads(sweep), sweep)})** | ${f0(st(sweep).entitiesRead)} (${timesDue(st(sweep).entitiesRead, sweep)}) | ${f0(st(sweep).readRequests)} (${timesDue(st(sweep).readRequests, sweep)}) | ${f0(st(sweep).writeRequests)} (${timesDue(st(sweep).writeRequests, sweep)}) | ${f0(sweep.summary?.sent)} (${f0(c.creates)} + ${f0(c.sends)}) | ${f0(c.refused)} | ${f0(d.lost)} / ${f0(d.duplicates)} | ${cpu(sweep)} | ${sweep.load} |`);
  p('', 'Every storage call of that sweep, as the counting proxy saw it:', '');
  storageTable(sweep);
  p('', `Errors logged by the bot: ${sweep.botLogErrorsSoFar ?? '–'}; warnings: ${sweep.botLogWarningsSoFar ?? '–'}.`);
}

p('', '## 3. Proactive sending (benchmarks/Sweep + the rate-limited fake connector)', '');
if (!hasPro) p(`Not measured: ${esc(proactive.status)}.`);
else {
  const c = proactive.connector ?? {}, d = proactive.delivery ?? {};
  p(`The bot's clock set to D2 10:00: every one of the ${f0(proactive.nudges)} families is due once (task 2), so one sweep sends ${f0(proactive.nudges)} nudges, ≈ ${f0(proactive.nudges / proactive.professionals)} to each of ${f0(proactive.professionals)} professionals (their 1:1 chats exist once part 2 or this sweep created them). The Node fake connector (\`benchmarks/fake-connector/server.js\`, \`/_proactive\`) enforces Teams' published limits (shared/protocol.md 1.4) on sends and create-conversation: per thread ${(c.threadLimits ?? []).map(([w, n]) => `${n}/${w / 1000} s`).join(', ')} (sliding windows, measured ${c.graceMs} ms short for network and scheduling jitter) and ${c.rateLimitPerTenant} calls/s per tenant (token bucket, ${c.burst} banked); past them 429 with Retry-After (whole seconds). A sender that books ≤ 50 calls/s per tenant and keeps the thread windows gets no 429 from it. The allowed rate for this run is therefore ${c.rateLimitPerTenant} calls/s (a nudge is one call once the 1:1 chat exists).`, '');
  p('| nudges | sweep s (until all queued) | delivered after s | calls accepted (sends + creates) | achieved calls/s (first to last accepted) | allowed calls/s | achieved / allowed | most accepted in any 1 s | 429s (thread / tenant) | duplicates | lost | unreachable (sweep summary) | CPU during the sweep | load avg |');
  p('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  p(`| ${f0(d.expected)} | ${f1(proactive.sweepSeconds)} | ${f1(proactive.deliveredSeconds)} | ${f0(c.accepted)} (${f0(c.sends)} + ${f0(c.creates)}) | **${f1(c.acceptedPerSecond)}** | ${c.rateLimitPerTenant} | **${pct(c.acceptedPerSecond / c.rateLimitPerTenant)}** | ${f0(c.maxAcceptedIn1s)} | **${f0(c.refused)}** (${f0(c.refusedByThread)} / ${f0(c.refusedByTenant)}) | **${f0(d.duplicates)}** | **${f0(d.lost)}** | ${f0(proactive.summary?.unreachable)} | ${cpu(proactive)} | ${proactive.load} |`);
  p('', 'Storage calls of that sweep:', '');
  storageTable(proactive);
  p('', `Errors logged by the bot (both sweeps): ${proactive.botLogErrorsSoFar ?? '–'}; warnings: ${proactive.botLogWarningsSoFar ?? '–'}.`);
}

// ---- 4. memory ----------------------------------------------------------------------------------------
p('', '## 4. Memory (peak RSS = VmHWM from /proc/<pid>/status)', '');
p('| process | when | peak RSS (VmHWM) | RSS now | Azurite RSS |', '|---|---|---:|---:|---:|');
const mBare = read('mem-bare.json'), mNode = read('mem-node-echo.json');
if (mBare) p(`| bare floor | after its load | ${mb(mBare.vmHwmKb)} | – | – |`);
if (mNode) p(`| Node echo bot | after its load | ${mb(mNode.vmHwmKb)} | – | – |`);
if (memPaced) p(`| CoordinatieBot | ${memPaced.label} | ${mb(memPaced.vmHwmKb)} | ${mb(memPaced.vmRssKb)} | ${mb(memPaced.azuriteRssKb)} |`);
if (memLoad) p(`| CoordinatieBot | ${memLoad.label} | ${mb(memLoad.vmHwmKb)} | ${mb(memLoad.vmRssKb)} | ${mb(memLoad.azuriteRssKb)} |`);
if (memFam) p(`| CoordinatieBot | ${memFam.label} (created through /api/messages in ${memFam.seconds} s) | ${mb(memFam.vmHwmKb)} | ${mb(memFam.vmRssKb)} | ${mb(memFam.azuriteRssKb)} |`);
if (hasSweep) p(`| CoordinatieBot (a fresh process, ${f0(sweep.families)} families in storage) | after the sweep of part 2 (${f0(dueOf(sweep))} due) | ${mb(sweep.botVmHwmKb)} | ${mb(sweep.botVmRssKb)} | – |`);
if (hasPro) p(`| CoordinatieBot (the same process) | after the sweep of part 3 (${f0(proactive.nudges)} due, every family read) | ${mb(proactive.botVmHwmKb)} | ${mb(proactive.botVmRssKb)} | – |`);
p('', 'What this measures: the bot keeps families in memory only briefly (the read cache, `Storage:ReadCacheTtl`, 2 s) and the conversation → family links for as long as it lives, so most families add storage in Azurite, not bot memory. The issue\'s number is the sweep\'s bot: a fresh process that swept ' + (hasSweep ? f0(sweep.families) : '–') + ' families (rows above). .NET uses Server GC here (the ASP.NET Core default), which takes memory generously on a machine with 24 GiB; a container limit makes it keep less.');

// ---- 5. micro -----------------------------------------------------------------------------------------
p('', '## 5. Micro-benchmarks (BenchmarkDotNet, [MemoryDiagnoser], short in-process job)', '');
if (microDir && fs.existsSync(microDir)) {
  const files = fs.readdirSync(microDir).filter((f) => f.endsWith('-report-github.md')).sort();
  if (!files.length) p('No BenchmarkDotNet report found.');
  for (const f of files) {
    const text = fs.readFileSync(path.join(microDir, f), 'utf8').trim();
    const name = f.replace('-report-github.md', '').replace(/^CoordinatieBot\.Benchmarks\.Micro\./, '');
    p(`### ${name}`, '', text, '');
  }
} else {
  p('Skipped (SKIP_MICRO).');
}
// ---- 6. cold start --------------------------------------------------------------------------------------
const cold = read('coldstart.json');
p('', '## 6. Cold start (benchmarks/coldstart): process start to the first reply', '');
if (cold) {
  p('Each run starts a fresh process (the bot published ReadyToRun, as the deployment image is; its tables already there),',
    'posts one message as soon as the port answers and waits for the reply at a local connector; medians of',
    `${cold.bot.runs.length} runs each, the two taking turns.`, '');
  p('| process | first 2xx ms | first reply ms | ratio to the floor (first reply) |', '|---|---:|---:|---:|');
  p(`| bare ASP.NET Core floor | ${f0(cold.bare.acceptedMs)} | ${f0(cold.bare.replyMs)} | 1.00× |`);
  p(`| **CoordinatieBot** | ${f0(cold.bot.acceptedMs)} | ${f0(cold.bot.replyMs)} | ${f2(cold.ratio)}× |`);
} else {
  p('Skipped (SKIP_COLDSTART).');
}

process.stdout.write(out.join('\n') + '\n');
