// The bot for the tab end-to-end test: like processes.mjs startBot (Development, no authentication), with extra settings
// (the procesmanager, the tenant of the Development sign-in) given as environment variables.
import path from 'node:path';
import { botDll, botProjectDir, ensureBotBuilt, freePort, start, waitForHttp, waitForPort } from './processes.mjs';

export async function startTabBot(logDir, storageConnectionString, settings = {}) {
  ensureBotBuilt();
  const port = await freePort();
  const proc = start('bot', 'dotnet', [botDll], {
    cwd: botProjectDir,
    logFile: path.join(logDir, 'bot-tabs.log'),
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
