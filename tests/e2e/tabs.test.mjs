// End-to-end: the tabs "Mijn taken" and "Regie op regie" in headless Chromium against the real bot (Development,
// no authentication) on Azurite, with a fake Bot Connector. Three families are made by posting activities to
// /api/messages as Teams does; the bot's clock is moved on so two tasks are late. The pages sign in with dev_user, and
// once inside a stand-in for the Teams client (support/fake-teams-host.mjs) with an SSO token. Every page is served
// under a strict Content-Security-Policy. About 35 s. Screenshots (light and dark, both tabs, and high contrast inside
// the stand-in) go to artifacts/e2e/tabs-*.png; docs/images/tab-mijn-taken.png is a copy of tabs-mijn-taken-licht.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, startAzurite, startBot, stop } from './support/processes.mjs';
import { launchBrowser } from './support/browser.mjs';
import { startFakeConnector } from './support/fake-connector.mjs';
import { TeamsChat } from './support/teams-chat.mjs';
import { HOST_URL, routeFakeTeams } from './support/fake-teams-host.mjs';

const artifacts = path.join(repoRoot, 'artifacts', 'e2e');
const logDir = path.join(repoRoot, 'artifacts', 'logs', 'e2e');
const TENANT = '00000000-0000-0000-0000-0000000000001'; // the Development sign-in's tenant (Tabs:DevelopmentTenantId)

const person = (key, name, n) => ({ id: `29:${key}`, name, aadObjectId: `6f1d2a10-0000-4000-8000-00000000000${n}` });
const piet = person('piet', 'Piet de Vries', 1);
const fatima = person('fatima', 'Fatima El Amrani', 2);
const ahmed = person('ahmed', 'Ahmed Yilmaz', 3);
const sanne = person('sanne', 'Sanne Jansen', 4);
const karin = person('karin', 'Karin Procesmanager', 5);

// The page's own strict policy: everything from the host itself, no inline script or style.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

describe('the tabs in headless Chromium', { timeout: 4 * 60_000 }, () => {
  const procs = [];
  let connector;
  let bot;
  let browser;
  let vlinder;
  let planCardId; // the living plan card of Vlinder, as the connector answered its send

  before(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    for (const f of fs.readdirSync(artifacts)) if (/^tabs-.*\.png$/.test(f)) fs.rmSync(path.join(artifacts, f));
    const azurite = await startAzurite(logDir);
    procs.push(azurite.proc, azurite.queue);
    connector = await startFakeConnector([piet, fatima, ahmed, sanne, karin]);
    bot = await startBot(logDir, azurite.connectionString, {
      logName: 'bot-tabs.log',
      settings: {
        Coordination__DefaultProcesmanager__AadObjectId: karin.aadObjectId,
        Coordination__DefaultProcesmanager__Name: karin.name,
        Tabs__DevelopmentTenantId: TENANT,
      },
    });
    procs.push(bot.proc);

    const chat = (id) => new TeamsChat({ endpoint: bot.endpoint, connector, conversationId: id, tenantId: TENANT });
    const noted = async (c, from, text, mentions) => {
      const reply = await c.say(from, text, mentions);
      assert.match(reply.body?.text ?? '', /genoteerd|gestart|regisseur/, `"${text}" → ${reply.body?.text}`);
    };
    vlinder = chat('19:vlinder@thread.v2');
    await noted(vlinder, piet, 'start gezin Vlinder');
    await noted(vlinder, piet, 'ik neem de regie');
    await noted(vlinder, piet, 'ik bel morgen de school');
    await noted(vlinder, piet, 'taak: @Ahmed belt de woningcorporatie over 4 weken', [ahmed]);
    const plan = await vlinder.say(piet, 'plan');
    assert.ok(plan.body?.attachments?.length, 'the plan is a card');
    planCardId = plan.id;

    const merel = chat('19:merel@thread.v2');
    await noted(merel, fatima, 'start gezin Merel');
    await noted(merel, fatima, 'ik neem de regie');
    await noted(merel, fatima, 'taak: @Piet belt de GGD over 4 weken', [piet]);

    const eik = chat('19:eik@thread.v2');
    await noted(eik, sanne, 'start gezin Eik');
    await noted(eik, sanne, 'ik neem de regie');
    await noted(eik, sanne, 'taak: @Piet belt de huisarts morgen', [piet]);
    const escalated = await eik.say(sanne, 'escaleer taak 1');
    assert.match(escalated.body?.text ?? '', /procesmanager/i, `escaleer taak 1 → ${escalated.body?.text}`);

    // A week on: "morgen" is past (even when it fell on a holiday), so the school and the huisarts are late; the sweep does what it does then.
    const later = new Date(Date.now() + 7 * 86_400_000);
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(later);
    const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
      .formatToParts(later).find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
    const clock = await fetch(`${bot.base}/api/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: `${ymd}T10:00:00${offset}` }) });
    assert.equal(clock.status, 200, 'the Development clock can be set');
    assert.equal((await fetch(`${bot.base}/api/dev/sweep`, { method: 'POST' })).status, 200);

    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    // Every page under the strict policy: a blocked inline script or style would show as a console error.
    await browser.context.route(/\/tabs\/[^/]+\.html/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
  });

  after(async () => {
    if (browser) await browser.close();
    for (const p of procs.reverse()) await stop(p);
    if (connector) await connector.close();
  });

  /** Opens a tab page; records its requests to /api/ and console errors. */
  async function open(page, query) {
    const tab = await browser.context.newPage();
    const api = [];
    const errors = [];
    tab.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) api.push(`${r.method()} ${new URL(r.url()).pathname}`); });
    tab.on('console', (m) => { if (m.type() === 'error' && !/status of 403/.test(m.text())) errors.push(m.text()); });
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${bot.base}/tabs/${page}?${new URLSearchParams(query)}`);
    return { tab, api, errors };
  }

  test('Mijn taken: Piet sees his three open tasks in three families, the late ones marked in words, nobody else\'s', async () => {
    const { tab, api, errors } = await open('tasks.html', { dev_user: piet.aadObjectId });
    try {
      const rows = tab.locator('#tasks tbody tr');
      await rows.first().waitFor();
      const text = await tab.locator('#tasks').innerText();
      for (const family of ['Vlinder', 'Merel', 'Eik']) assert.match(text, new RegExp(family));
      for (const task of ['bel de school', 'belt de GGD', 'belt de huisarts']) assert.match(text, new RegExp(task));
      assert.doesNotMatch(text, /woningcorporatie/, "Ahmed's task is not Piet's");
      assert.equal(await rows.count(), 3);
      const school = rows.filter({ hasText: 'bel de school' });
      assert.ok((await school.locator('.mark-late').innerText()).trim().length > 0, 'late is said in words');
      assert.equal(await rows.filter({ hasText: 'belt de GGD' }).locator('.mark-late').count(), 0, 'a task due in 4 weeks is not late');
      assert.equal(await tab.locator('#tasks caption').count(), 1);
      assert.ok(await tab.locator('#tasks thead th[scope="col"][aria-sort="ascending"] button').count() === 1, 'sorted by one column, said in aria-sort');
      assert.equal(await tab.locator('label[for="search"]').count(), 1, 'the search box has a label');
      assert.deepEqual(api, ['GET /api/tabs/tasks'], 'one request per page load');
      assert.deepEqual(errors, [], 'no script errors, nothing blocked by the strict content security policy');
      await tab.screenshot({ path: path.join(artifacts, 'tabs-mijn-taken-licht.png'), fullPage: true });
    } finally {
      await tab.close();
    }
  });

  test('Plan voor het gezin: Piet, Vlinder\'s regisseur, sees the family\'s plan, downloads its PDF and records it shared', async () => {
    const tasks = await (await fetch(`${bot.base}/api/tabs/tasks`, { headers: { 'X-Dev-User': piet.aadObjectId } })).json();
    const family = tasks.tasks.find((t) => t.family === 'Vlinder').familyId;
    const { tab, api, errors } = await open('familyplan.html', { dev_user: piet.aadObjectId, family });
    try {
      await tab.locator('.family-plan h2').waitFor();
      const text = await tab.locator('.family-plan').innerText();
      assert.match(text, /Ons plan: Vlinder/);
      assert.match(text, /Wat jullie zelf doen/);
      assert.match(text, /belt de woningcorporatie/);
      assert.match(text, /Piet de Vries is jullie regisseur\. Dat betekent/);
      assert.doesNotMatch(text, /leefgebied|escalat|procesmanager|MPG/i);
      assert.equal(await tab.locator('label[for="plan-name"]').count(), 1, 'the name field has a label');
      await tab.fill('#plan-name', 'Familie Vlinder-test');
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download')]);
      assert.equal(download.suggestedFilename(), 'plan-voor-het-gezin.pdf');
      const pdf = await download.path();
      assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
      await tab.check('#plan-discussed');
      await tab.click('#record-shared');
      await tab.locator('#status').filter({ hasText: /\S/ }).waitFor();
      assert.match(await tab.locator('#status').innerText(), /gedeeld met het gezin/);
      assert.deepEqual(api, [`GET /api/tabs/family-plan/${family}`, `POST /api/tabs/family-plan/${family}/pdf`, `POST /api/tabs/family-plan/${family}/shared`]);
      assert.deepEqual(errors, [], 'no script errors, nothing blocked by the strict content security policy');
      await tab.screenshot({ path: path.join(artifacts, 'tabs-plan-voor-het-gezin.png'), fullPage: true });
    } finally {
      await tab.close();
    }
    // Not Vlinder's regisseur: the same words for a family one is in and one that does not exist.
    const { tab: other } = await open('familyplan.html', { dev_user: ahmed.aadObjectId, family });
    try {
      await other.locator('.notice').waitFor();
      assert.match(await other.locator('.notice').innerText(), /Alleen de regisseur van het gezin/);
    } finally {
      await other.close();
    }
  });

  test('Mijn taken in dark and in English: the theme class and the API\'s English texts', async () => {
    const { tab } = await open('tasks.html', { dev_user: piet.aadObjectId, theme: 'dark', lang: 'en' });
    try {
      await tab.locator('#tasks tbody tr').first().waitFor();
      assert.ok(await tab.evaluate(() => document.documentElement.classList.contains('theme-dark')));
      assert.equal(await tab.evaluate(() => document.documentElement.lang), 'en');
      const background = await tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background, 'rgb(31, 31, 31)', 'Teams dark #1f1f1f');
      await tab.screenshot({ path: path.join(artifacts, 'tabs-mijn-taken-donker.png'), fullPage: true });
    } finally {
      await tab.close();
    }
  });

  test('Mijn taken: sort by a column header, filter on late, search; aria-sort and aria-pressed say what is on', async () => {
    const { tab } = await open('tasks.html', { dev_user: piet.aadObjectId });
    try {
      const families = async () => (await tab.locator('#tasks tbody .family').allInnerTexts()).join(',');
      await tab.locator('#tasks tbody tr').first().waitFor();
      await tab.click('#tasks [data-sort="family"]');
      assert.equal(await families(), 'Eik,Merel,Vlinder');
      assert.equal(await tab.locator('#tasks th:has([data-sort="family"])').getAttribute('aria-sort'), 'ascending');
      assert.equal(await tab.locator('#tasks th:has([data-sort="due"])').getAttribute('aria-sort'), 'none');
      assert.ok(await tab.evaluate(() => document.activeElement?.dataset.sort === 'family'), 'the focus stays on the sort button');
      await tab.click('#tasks [data-sort="family"]');
      assert.equal(await families(), 'Vlinder,Merel,Eik');
      assert.equal(await tab.locator('#tasks th:has([data-sort="family"])').getAttribute('aria-sort'), 'descending');

      await tab.click('[data-filter="late"]');
      assert.equal(await families(), 'Vlinder,Eik', 'only the late ones');
      assert.equal(await tab.getAttribute('[data-filter="late"]', 'aria-pressed'), 'true');
      await tab.click('[data-filter="all"]');
      await tab.fill('#search', 'ggd');
      assert.equal(await families(), 'Merel');
      await tab.fill('#search', 'niets-dat-bestaat');
      assert.equal(await tab.locator('#tasks tbody tr').count(), 0);
      assert.ok(await tab.locator('.empty').isVisible(), 'an empty table says so');
    } finally {
      await tab.close();
    }
  });

  test('Gedaan by keyboard: Tab to the button, Enter once; the row goes, the answer is read out, the living plan card shows it done', async () => {
    const { tab, errors } = await open('tasks.html', { dev_user: piet.aadObjectId });
    try {
      await tab.locator('#tasks tbody tr').first().waitFor();
      await tab.focus('#search');
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await tab.keyboard.press('Tab');
        reached = await tab.evaluate(() => {
          const el = document.activeElement;
          return el?.matches('[data-action="done"]') && el.closest('tr')?.textContent.includes('bel de school');
        });
      }
      assert.ok(reached, 'the Gedaan button of "bel de school" is reachable with Tab');
      const from = connector.calls.length;
      await tab.keyboard.press('Enter');
      await tab.locator('#status').filter({ hasText: /\S/ }).waitFor();
      const said = await tab.locator('#status').innerText();
      assert.match(said, /gedaan|afgerond|klaar/i, `the bot's answer: ${said}`);
      assert.equal(await tab.locator('#status').getAttribute('aria-live'), 'polite');
      await tab.locator('#tasks tbody tr', { hasText: 'bel de school' }).waitFor({ state: 'detached' });
      assert.equal(await tab.locator('#tasks tbody tr').count(), 2);
      assert.ok(await tab.evaluate(() => document.activeElement?.matches('button, input')), 'the keyboard stays in the table');

      const put = await connector.waitFor(
        (c) => c.method === 'PUT' && c.path === `/v3/conversations/${vlinder.conversationId}/activities/${planCardId}`,
        { from, what: 'the PUT of the living plan card' });
      const card = JSON.stringify(put.body.attachments[0].content);
      assert.doesNotMatch(card, /bel de school/, 'no longer an open task on the card');
      assert.match(card, /Afgerond: 1 taak/, 'the card counts it as done');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('Bezig, then Nieuwe datum with its date field: the row shows the new status and date, the rest stays', async () => {
    const { tab, errors } = await open('tasks.html', { dev_user: piet.aadObjectId });
    try {
      const row = () => tab.locator('#tasks tbody tr', { hasText: 'belt de GGD' });
      await row().waitFor();
      const statusBefore = await row().locator('td').nth(3).innerText();
      await row().locator('[data-action="inProgress"]').click();
      await tab.locator('#status').filter({ hasText: /\S/ }).waitFor();
      await row().locator('[data-action="inProgress"]').waitFor({ state: 'detached' }); // in progress now: no Bezig
      assert.notEqual(await row().locator('td').nth(3).innerText(), statusBefore, 'the status cell changed');

      await row().locator('[data-action="newDate"]').click();
      const input = row().locator('input[type="date"]');
      assert.ok(await input.evaluate((el) => el === document.activeElement), 'the date field gets the focus');
      const label = await row().locator('label').innerText();
      assert.ok(label.trim().length > 0, 'the date field has a label');
      const today = await input.getAttribute('min');
      const newDate = new Date(Date.parse(`${today}T12:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
      await input.fill(newDate);
      await tab.locator('#status').evaluate((el) => { el.textContent = ''; });
      await input.press('Enter');
      await tab.locator('#status').filter({ hasText: /\S/ }).waitFor();
      await row().locator(`time[datetime="${newDate}"]`).waitFor();
      assert.equal(await tab.locator('#tasks tbody tr').count(), 2, 'the other task stays');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('inside (a stand-in for) Teams: SSO token as Bearer, the Teams locale and theme, theme changes, the chat link through Teams', async () => {
    const token = 'e2e-teams-sso-token';
    const apiRequests = await routeFakeTeams(browser.context, { botBase: bot.base, tabPath: '/tabs/tasks.html', devUser: piet.aadObjectId, token, csp: CSP });
    const host = await browser.context.newPage();
    try {
      await host.goto(HOST_URL);
      const frame = host.frameLocator('#tab');
      await frame.locator('#tasks tbody tr').first().waitFor();
      assert.deepEqual(apiRequests.map((r) => [r.path, r.authorization]), [['/api/tabs/tasks', `Bearer ${token}`]], 'one request, with the Teams token');
      assert.match(apiRequests[0].query, /lang=en/, 'the Teams locale en-us picks English');
      assert.equal(await frame.locator('h1').innerText(), 'My tasks');
      const html = frame.locator('html');
      assert.match(await html.getAttribute('class'), /theme-dark/, "Teams' theme");
      const calls = async () => (await host.evaluate(() => window.hostCalls)).map((c) => c.func);
      for (const f of ['initialize', 'getContext', 'authentication.getAuthToken']) assert.ok((await calls()).includes(f), `asked Teams: ${f}`);

      await host.evaluate(() => window.changeTheme('contrast'));
      await frame.locator('html.theme-contrast').waitFor();
      await host.screenshot({ path: path.join(artifacts, 'tabs-in-teams-contrast.png') });

      const link = frame.locator('#tasks tbody tr').first().locator('.chat a');
      const href = await link.getAttribute('href');
      assert.match(href, /^https:\/\/teams\.microsoft\.com\/l\/chat\//, 'a Teams deep link to the chat');
      const pagesBefore = browser.context.pages().length;
      await link.click();
      await host.waitForFunction(() => window.hostCalls.some((c) => c.func === 'executeDeepLink'));
      const deepLink = (await host.evaluate(() => window.hostCalls)).find((c) => c.func === 'executeDeepLink');
      assert.equal(deepLink.args[0], href, 'Teams opens the chat');
      assert.equal(browser.context.pages().length, pagesBefore, 'no browser window opened');
    } finally {
      await host.close();
    }
  });

  test('Regie op regie: the procesmanager sees the three families as process facts only, and exports them as CSV', async () => {
    const { tab, api, errors } = await open('overview.html', { dev_user: karin.aadObjectId });
    try {
      const rows = tab.locator('#families tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 3);
      const page = await tab.locator('main').innerText();
      for (const family of ['Vlinder', 'Merel', 'Eik']) assert.match(page, new RegExp(family));
      for (const content of ['school', 'GGD', 'huisarts', 'woningcorporatie', 'Piet', 'Fatima', 'Sanne', 'Ahmed']) {
        assert.doesNotMatch(page, new RegExp(content), `no plan content or names: ${content}`);
      }
      assert.deepEqual(api, ['GET /api/tabs/overview'], 'one request per page load');
      const escalation = tab.locator('#escalations li', { hasText: 'Eik' });
      assert.equal(await escalation.count(), 1, 'the escalation of Eik, with its steps');
      assert.ok(await escalation.locator('.steps li').count() >= 1);
      await tab.click('[data-filter="escalated"]');
      assert.deepEqual(await tab.locator('#families tbody th').allInnerTexts(), ['Eik'], 'filter: with an escalation');
      await tab.click('[data-filter="all"]');
      await tab.fill('#search', 'mer');
      assert.deepEqual(await tab.locator('#families tbody th').allInnerTexts(), ['Merel'], 'search by alias');
      await tab.fill('#search', '');
      await tab.screenshot({ path: path.join(artifacts, 'tabs-regie-op-regie-licht.png'), fullPage: true });

      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#export')]);
      assert.match(download.suggestedFilename(), /^regie-op-regie-\d{4}-\d\d-\d\d\.csv$/);
      const csv = fs.readFileSync(await download.path());
      assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM, for Excel');
      const lines = csv.toString('utf8').slice(1).trim().split(/\r?\n/);
      assert.equal(lines.length, 4, 'a header and one row per family');
      assert.ok(lines[0].includes(';'), 'separated by ;');
      assert.ok(api.includes('GET /api/tabs/overview.csv'), 'the export used the same sign-in');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('Regie op regie in dark', async () => {
    const { tab } = await open('overview.html', { dev_user: karin.aadObjectId, theme: 'dark' });
    try {
      await tab.locator('#families tbody tr').first().waitFor();
      await tab.screenshot({ path: path.join(artifacts, 'tabs-regie-op-regie-donker.png'), fullPage: true });
    } finally {
      await tab.close();
    }
  });

  test('Regie op regie for someone who guards no family: the API\'s answer, no table', async () => {
    const { tab } = await open('overview.html', { dev_user: ahmed.aadObjectId });
    try {
      const notice = tab.locator('.notice');
      await notice.waitFor();
      assert.ok((await notice.innerText()).trim().length > 10, 'a sentence from the API');
      assert.equal(await tab.locator('#families').count(), 0);
    } finally {
      await tab.close();
    }
  });

  test('in a frame that is not Teams: the Teams library loads under the strict policy, and the page gives up on it kindly', async () => {
    const tab = await browser.context.newPage();
    try {
      const sdk = tab.waitForResponse((r) => r.url().endsWith('/tabs/vendor/MicrosoftTeams.min.js'));
      await tab.setContent(`<iframe title="tab" src="${bot.base}/tabs/tasks.html?lang=nl" width="900" height="400"></iframe>`);
      assert.equal((await sdk).status(), 200, 'the vendored teams-js is served');
      const frame = tab.frameLocator('iframe');
      await frame.locator('.notice').waitFor({ timeout: 20_000 });
      assert.match(await frame.locator('.notice').innerText(), /Open deze pagina in Microsoft Teams/);
    } finally {
      await tab.close();
    }
  });

  test('outside Teams without dev_user: the page says to open it in Teams, and asks the API nothing', async () => {
    const { tab, api } = await open('tasks.html', {});
    try {
      const notice = tab.locator('.notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), /Teams/);
      assert.deepEqual(api, []);
    } finally {
      await tab.close();
    }
  });
});
