// Helpers to start and stop the local pieces the end-to-end tests need:
// Azurite (Table), the bot (the built CoordinatieBot.dll) and the Agents Playground.
// Every process is started in its own process group and killed by id (group) at the end.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port, queuePort) {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;` +
    (queuePort ? `QueueEndpoint=http://127.0.0.1:${queuePort}/devstoreaccount1;` : '');
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitForPort(port, { host = '127.0.0.1', timeoutMs = 60_000, proc } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null) throw new Error(`${proc.label} exited with code ${proc.exitCode} before listening on ${port}; see ${proc.logFile}`);
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, host);
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms${proc ? `; see ${proc.logFile}` : ''}`);
}

/** Waits until GET url answers 2xx. Falls back to "port is open" when the url answers 404 (no /healthz yet). */
export async function waitForHttp(url, { timeoutMs = 90_000, proc, allow404 = true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null) throw new Error(`${proc.label} exited with code ${proc.exitCode}; see ${proc.logFile}\n${tail(proc.logFile)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok || (allow404 && res.status === 404)) return res.status;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(300);
  }
  throw new Error(`${url} not up after ${timeoutMs} ms (last: ${last})${proc ? `; see ${proc.logFile}\n${tail(proc.logFile)}` : ''}`);
}

export function tail(file, lines = 30) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

// Everything start() launched, so an interrupted test run (Ctrl-C, a runner timeout) leaves nothing behind.
const running = new Set();
function killAllNow() {
  for (const child of running) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  running.clear();
}
process.once('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { killAllNow(); process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]); });
}

/** Starts a process detached (own process group), stdout+stderr to logFile. */
export function start(label, command, args, { env = {}, cwd = repoRoot, logFile } = {}) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd], detached: true });
  fs.closeSync(fd);
  child.label = label;
  child.logFile = logFile;
  child.on('error', (e) => fs.appendFileSync(logFile, `\n[spawn error] ${e.message}\n`));
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Stops a process started with start(): SIGTERM to its group, SIGKILL after a grace period. */
export async function stop(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } await Promise.race([exited, sleep(2000)]); }
}

export async function startAzurite(logDir) {
  const port = await freePort();
  const proc = start('azurite-table', bin('azurite-table'),
    ['--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--tableHost', '127.0.0.1', '--tablePort', String(port)],
    { logFile: path.join(logDir, 'azurite.log') });
  await waitForPort(port, { proc, timeoutMs: 30_000 });
  // The queue service holds the bot's inbox of accepted activities.
  const queuePort = await freePort();
  const queue = start('azurite-queue', bin('azurite-queue'),
    ['--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--queueHost', '127.0.0.1', '--queuePort', String(queuePort)],
    { logFile: path.join(logDir, 'azurite-queue.log') });
  await waitForPort(queuePort, { proc: queue, timeoutMs: 30_000 });
  return { proc, queue, port, queuePort, connectionString: azuriteConnectionString(port, queuePort) };
}

export const botProjectDir = path.join(repoRoot, 'src', 'CoordinatieBot');
export const botDll = path.join(botProjectDir, 'bin', 'Debug', 'net10.0', 'CoordinatieBot.dll');

/** Builds the bot when its dll is missing (scripts/test builds it through `dotnet test`). */
export function ensureBotBuilt() {
  if (fs.existsSync(botDll)) return;
  const r = spawnSync('dotnet', ['build', botProjectDir, '-nologo', '-v', 'q', '-clp:ErrorsOnly'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('dotnet build of src/CoordinatieBot failed');
}

/** The bot in Development without authentication; `settings` are more settings as environment variables (Section__Key). */
export async function startBot(logDir, storageConnectionString, { settings = {}, logName = 'bot.log' } = {}) {
  ensureBotBuilt();
  const port = await freePort();
  const proc = start('bot', 'dotnet', [botDll], {
    cwd: botProjectDir,
    logFile: path.join(logDir, logName),
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      DOTNET_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      Storage__ConnectionString: storageConnectionString,
      DOTNET_NOLOGO: '1',
      ...settings,
    },
  });
  await waitForPort(port, { proc, timeoutMs: 60_000 });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, { proc, timeoutMs: 60_000 });
  return { proc, port, base: `http://127.0.0.1:${port}`, endpoint: `http://127.0.0.1:${port}/api/messages` };
}

/**
 * Starts the Agents Playground against endpoint. Its connector ("service url") follows the
 * port it really listens on (it falls back to a random port when -p is taken), so we read
 * "Listening on <port>" from its output.
 */
export async function startPlayground(logDir, endpoint, { port } = {}) {
  port ??= await freePort();
  const workDir = path.join(logDir, 'playground'); // it writes ./devTools/m365agentsplayground.log here
  fs.mkdirSync(workDir, { recursive: true });
  const logFile = path.join(logDir, 'playground.log');
  const proc = start('agents playground', bin('agentsplayground'),
    ['-e', endpoint, '-c', 'msteams', '--dt', '-p', String(port)],
    { cwd: workDir, logFile, env: { TEAMSAPPTESTER_BROWSER: 'none' } });
  const deadline = Date.now() + 60_000;
  let listening;
  while (!listening && Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`Agents Playground exited with code ${proc.exitCode}\n${tail(logFile)}`);
    const m = /Listening on (\d+)/.exec(fs.readFileSync(logFile, 'utf8'));
    if (m) listening = Number(m[1]); else await sleep(200);
  }
  if (!listening) throw new Error(`Agents Playground did not report its port\n${tail(logFile)}`);
  await waitForHttp(`http://127.0.0.1:${listening}/`, { proc, timeoutMs: 30_000 });
  return { proc, port: listening, url: `http://localhost:${listening}`, serviceUrl: `http://localhost:${listening}/_connector` };
}
