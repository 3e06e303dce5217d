// End-to-end: Azurite + the real bot + Microsoft 365 Agents Playground, driven through the
// Playground's web page in headless Chromium, the way a developer clicks through it.
//
// The conversation below is the spec: every step is its own test, and each step runs even when an
// earlier one failed, so the report shows which parts of the conversation work.
// Screenshots of every step go to artifacts/e2e/.
//
// Environment:
//   E2E_CHAT          which Playground conversation to use: "Group Chat" (default) or "Personal Chat".
//                     (Channels look different in the Playground: posts + threaded replies; not driven here.)
//   E2E_BOT_ENDPOINT  use an already running bot (e.g. http://127.0.0.1:3978/api/messages) instead of starting one
//   E2E_TIMEOUT_MS    how long to wait for each bot answer (default 20000)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, startAzurite, startBot, startPlayground, stop, tail } from './support/processes.mjs';
import { launchBrowser } from './support/browser.mjs';
import { PlaygroundPage } from './support/playground-page.mjs';

const artifacts = path.join(repoRoot, 'artifacts', 'e2e');
const logDir = path.join(repoRoot, 'artifacts', 'logs', 'e2e');
const chat = process.env.E2E_CHAT || 'Group Chat';
const answerTimeout = Number(process.env.E2E_TIMEOUT_MS || 20_000);

/** A due date 7 days ahead, as a Dutch "d MMMM" ("5 december"), so it is always in the future. */
export function dutchDateDaysAhead(days, now = new Date()) {
  const d = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
}

const NOT_UNDERSTOOD = /begrijp (ik )?(je |u )?niet|niet begrepen|onbekend commando|didn'?t understand|don'?t understand|er ging iets mis|something went wrong|exception/i;

describe('Agents Playground conversation', { timeout: 10 * 60_000 }, () => {
  const procs = [];
  let browser;
  /** @type {PlaygroundPage} */
  let pg;
  let planCard; // the card answered to "plan"
  let botBase; // e.g. http://127.0.0.1:PORT, for the Development clock and sweep
  let botNow; // where the reminder step moved the bot's clock (undefined: the bot's clock is the real one)

  before(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    for (const f of fs.readdirSync(artifacts)) if (/^\d\d-.*\.png$/.test(f)) fs.rmSync(path.join(artifacts, f)); // only our own
    fs.mkdirSync(logDir, { recursive: true });
    let endpoint = process.env.E2E_BOT_ENDPOINT;
    if (!endpoint) {
      const azurite = await startAzurite(logDir);
      procs.push(azurite.proc, azurite.queue);
      const bot = await startBot(logDir, azurite.connectionString);
      procs.push(bot.proc);
      endpoint = bot.endpoint;
    }
    botBase = endpoint.replace(/\/api\/messages$/, '');
    const playground = await startPlayground(logDir, endpoint);
    procs.push(playground.proc);
    browser = await launchBrowser();
    pg = await PlaygroundPage.open(browser.context, playground.url, { screenshotDir: artifacts, answerTimeout });
    await pg.openChat(chat);
    await pg.screenshot('00-start');
  });

  after(async () => {
    if (browser) await browser.close();
    for (const p of procs.reverse()) await stop(p);
    const bot = path.join(logDir, 'bot.log');
    if (fs.existsSync(bot)) process.stdout.write(`# bot log: ${path.relative(repoRoot, bot)}\n`);
  });

  test('help: the bot says what it can do', async () => {
    const answer = await pg.say('help', '01-help');
    assert.match(answer.text, /plan/i, 'help mentions the plan');
    assert.match(answer.text, /taak|taken|actie/i, 'help mentions tasks/actions');
  });

  test('start gezin Vlinder: a family thread is started', async () => {
    const answer = await pg.say('start gezin Vlinder', '02-start-gezin');
    assert.match(answer.text, /Vlinder/, 'the answer names the family');
    assert.doesNotMatch(answer.text, NOT_UNDERSTOOD);
  });

  test('ik neem de regie: the sender becomes regisseur', async () => {
    const answer = await pg.say('ik neem de regie', '03-regie');
    assert.match(answer.text, /regie|regisseur/i);
    assert.doesNotMatch(answer.text, NOT_UNDERSTOOD);
  });

  test('taak: ik bel de school morgen', async () => {
    const answer = await pg.say('taak: ik bel de school morgen', '04-taak');
    assert.doesNotMatch(answer.text, NOT_UNDERSTOOD);
    assert.match(answer.text, /school|taak|genoteerd|toegevoegd/i);
  });

  test('actie voor mij: aanvraag bijzondere bijstand, uiterlijk <7 days ahead>', async () => {
    const due = dutchDateDaysAhead(7);
    const answer = await pg.say(`actie voor mij: aanvraag bijzondere bijstand, uiterlijk ${due}`, '05-actie');
    assert.doesNotMatch(answer.text, NOT_UNDERSTOOD);
    assert.match(answer.text, /bijstand|actie|genoteerd|toegevoegd/i);
  });

  test('plan: an Adaptive Card with the family and both tasks', async () => {
    const answer = await pg.say('plan', '06-plan');
    assert.ok(answer.cards.length > 0, `expected an Adaptive Card, got text: ${answer.text}`);
    planCard = answer.cards.at(-1);
    const text = await planCard.text();
    assert.match(text, /Vlinder/, 'card title names the family');
    assert.match(text, /school/i, 'card lists the task "ik bel de school morgen"');
    assert.match(text, /bijzondere bijstand/i, 'card lists the action "aanvraag bijzondere bijstand"');
    assert.ok((await planCard.buttons(/gedaan/i)).length >= 2, 'each open task has a "Gedaan" button');
  });

  test('Gedaan on the first task: the card refreshes with that task done', async () => {
    assert.ok(planCard, 'needs the plan card of the previous step');
    const before = await planCard.snapshot();
    const buttons = await planCard.buttons(/gedaan/i);
    assert.ok(buttons.length > 0, 'the card has a "Gedaan" button');
    await buttons[0].click();
    const afterCard = await pg.waitForCardChange(planCard, before);
    await pg.screenshot('07-gedaan');
    const after = await afterCard.snapshot();
    const oneOpenFewer = after.gedaanButtons < before.gedaanButtons;
    const markedDone = /gedaan|afgerond|✓|✔/i.test(after.textWithoutButtons) && after.textWithoutButtons !== before.textWithoutButtons;
    assert.ok(oneOpenFewer || markedDone,
      `expected the first task marked done (before: ${before.gedaanButtons} "Gedaan" buttons, after: ${after.gedaanButtons})\n${after.textWithoutButtons}`);
    assert.match(after.textWithoutButtons, /bijzondere bijstand/i, 'the other task is still on the card');
  });

  test('the due date comes: a reminder card arrives 1:1, and Gedaan on it works', async () => {
    // Move the bot's clock (Development only) to 10:00 Amsterdam on the first working day from the action's due
    // date (reminders wait for working hours), then sweep now.
    let due = new Date(Date.now() + 7 * 86_400_000);
    const weekday = (d) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(d);
    while (['Sat', 'Sun'].includes(weekday(due))) due = new Date(due.getTime() + 86_400_000);
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(due); // yyyy-mm-dd
    const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
      .formatToParts(due).find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
    const clock = await fetch(`${botBase}/api/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: `${ymd}T10:00:00${offset}` }) });
    assert.equal(clock.status, 200, 'the Development clock can be set');
    botNow = new Date(`${ymd}T10:00:00${offset}`);
    const sweep = await (await fetch(`${botBase}/api/dev/sweep`, { method: 'POST' })).json();
    assert.ok(sweep.sent >= 1, `the sweep sent the reminder: ${JSON.stringify(sweep)}`);

    await pg.openChat('Personal Chat');
    const deadline = Date.now() + answerTimeout;
    let nudge;
    while (Date.now() < deadline && !nudge) {
      const count = await pg.botMessages().count();
      for (let i = count - 1; i >= 0 && !nudge; i--) {
        const text = await pg.botMessages().nth(i).innerText();
        if (/geheugensteuntje/i.test(text) && /bijzondere bijstand/i.test(text)) nudge = i;
      }
      if (nudge === undefined) await new Promise((r) => setTimeout(r, 300));
    }
    await pg.screenshot('08-herinnering');
    assert.ok(nudge !== undefined, 'a reminder card about "aanvraag bijzondere bijstand" in the Personal Chat');

    const { Card } = await import('./support/playground-page.mjs');
    const card = new Card(pg.page, nudge);
    const before = await card.snapshot();
    const [done] = await card.buttons(/gedaan/i);
    assert.ok(done, 'the reminder has a "Gedaan" button');
    await done.click();
    const afterCard = await pg.waitForCardChange(card, before);
    await pg.screenshot('09-herinnering-gedaan');
    assert.match((await afterCard.snapshot()).textWithoutButtons, /gedaan/i, 'the reminder card now says it is done');
  });

  test('not sure what is meant: the bot asks with buttons, changes nothing, and one press makes it', async () => {
    await pg.openChat('Group Chat');
    const answer = await pg.say('ik regel de aanmelding bij de voedselbank', '10-bedoel-je');
    assert.ok(answer.cards.length > 0, `expected a card with choices, got text: ${answer.text}`);
    const card = answer.cards.at(-1);
    assert.match(await card.text(), /Bedoel je/i);
    assert.match(await card.text(), /voedselbank/i, 'the offered task is shown');
    const before = await card.snapshot();
    const [press] = await card.buttons(/dit bedoel ik/i);
    assert.ok(press, 'each meaning has a "Dit bedoel ik" button');
    await press.click();
    const afterCard = await pg.waitForCardChange(card, before);
    await pg.screenshot('11-gekozen');
    assert.match((await afterCard.snapshot()).textWithoutButtons, /gekozen/i, 'the card now says what was chosen');
    const plan = await pg.say('plan', '12-plan-met-voedselbank');
    assert.match(await plan.cards.at(-1).text(), /voedselbank/i, 'the task is on the plan');
  });

  // The forms (issue 15 item 1). The Playground renders the task form's fields with its own controls (see
  // support/playground-page.mjs): the people picker searches the Playground's own users of the chat, as there is no
  // Microsoft Graph, and the date input is a calendar. Each step says in a diagnostic what was rendered.
  const FORM_FIELDS = { title: 'Wat moet er gebeuren?', owner: 'Wie doet het?', due: 'Uiterlijk op', urgent: 'Dit is spoed' };

  /** days (default a week) after the bot's today (its clock may have been moved on), as yyyy-mm-dd and the day of the month. */
  function dueDaysAhead(days = 7) {
    const d = new Date((botNow ?? new Date()).getTime() + days * 86_400_000);
    const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
    return { iso, day: Number(iso.slice(8)) };
  }

  async function describeForm(t, card) {
    const rendered = {};
    for (const [key, label] of Object.entries(FORM_FIELDS)) rendered[key] = await card.describeField(label);
    t.diagnostic(`the Playground rendered: ${Object.entries(rendered).map(([k, v]) => `${k}: ${v}`).join('; ')}`);
    return rendered;
  }

  test('taak: the form, filled in and sent, becomes the confirmation, and the plan lists the task', async (t) => {
    if (pg.chat !== 'Group Chat') await pg.openChat('Group Chat');
    const livingPlan = await pg.lastCardMatching(/Plan gezin Vlinder/);
    const answer = await pg.say('taak', '13-taak-formulier');
    assert.ok(answer.cards.length > 0, `expected the form card, got text: ${answer.text}`);
    const form = answer.cards.at(-1);
    assert.match(await form.text(), /Nieuwe taak voor Vlinder/, 'the form names the family');
    const rendered = await describeForm(t, form);
    const title = 'huisbezoek plannen met het gezin';
    const due = dueDaysAhead();

    await form.fill(FORM_FIELDS.title, title);
    if (/people picker|select/.test(rendered.owner)) {
      const offered = await form.pickPerson(FORM_FIELDS.owner, 'Alex Wilber');
      t.diagnostic('people picker: no Microsoft Graph in the Playground, so no Graph search; it offers its own users of ' +
        `the chat instead of the card's static choices (the family's members); it offered: ${offered.join(', ') || 'nothing'}; ` +
        'picked the sender, Alex Wilber');
    } else {
      t.diagnostic(`people picker: not rendered as one (${rendered.owner}); left empty, so the owner is the sender`);
    }
    const shownDate = await form.pickDate(FORM_FIELDS.due, due.iso);
    t.diagnostic(`due date: picked ${due.iso} in the calendar; the input shows "${shownDate}"`);
    if (/checkbox/.test(rendered.urgent)) await form.check(FORM_FIELDS.urgent);
    else t.diagnostic(`urgent: not rendered as a checkbox (${rendered.urgent}); left off`);
    await pg.screenshot('14-taak-formulier-ingevuld');

    const send = await form.button(/^Toevoegen$/);
    assert.ok(send, 'the form has a "Toevoegen" button');
    await send.click();
    const done = await pg.waitForCardText(form, /genoteerd/);
    await pg.screenshot('15-taak-genoteerd');
    const confirmation = (await done.snapshot()).textWithoutButtons;
    assert.match(confirmation, new RegExp(`Taak \\d+ genoteerd voor Alex Wilber: ${title}, uiterlijk \\S+ ${due.day} `),
      'the card became the confirmation');
    assert.doesNotMatch(confirmation, /Wat moet er gebeuren/, 'the form fields are gone');

    if (livingPlan) {
      await pg.waitForCardText(livingPlan, new RegExp(title), 5000)
        .then(() => t.diagnostic('the plan card shown earlier in the chat was updated with the task'))
        .catch(() => t.diagnostic('the plan card shown earlier in the chat did not show the task within 5 s'));
    }
    const plan = await pg.say('plan', '16-plan-met-formuliertaak');
    assert.ok(plan.cards.length > 0, `expected the plan card, got text: ${plan.text}`);
    assert.match(await plan.cards.at(-1).text(), new RegExp(`${title}\\s+spoed · Alex Wilber · \\S+ ${due.day} `),
      'the plan lists the task, urgent, for Alex Wilber, with its date');
  });

  test('plan card: "Taak toevoegen" opens the form in the card, and sending it shows the plan with the task', async (t) => {
    if (pg.chat !== 'Group Chat') await pg.openChat('Group Chat');
    const answer = await pg.say('plan', '17-plan');
    assert.ok(answer.cards.length > 0, `expected the plan card, got text: ${answer.text}`);
    const card = answer.cards.at(-1);
    const open = await card.button(/^Taak toevoegen$/);
    assert.ok(open, 'the plan card has a "Taak toevoegen" button');
    await open.click();
    await card.label(FORM_FIELDS.title).waitFor({ timeout: 5000 });
    await pg.screenshot('18-plan-taak-toevoegen');
    await describeForm(t, card);
    const title = 'school bellen over het verzuim';
    const due = dueDaysAhead(8);
    await card.fill(FORM_FIELDS.title, title);
    t.diagnostic('owner: left empty, so the sender (Alex Wilber)');
    await card.pickDate(FORM_FIELDS.due, due.iso);
    await pg.screenshot('19-plan-taak-ingevuld');

    const send = await card.button(/^Toevoegen$/);
    assert.ok(send, 'the form in the plan card has a "Toevoegen" button');
    await send.click();
    // The bot updates the card for everyone (the shared view, a PUT) and answers the press with the sender's own view,
    // where their own tasks are marked "jouw taak". Teams shows the answer last; the Playground sometimes applies the
    // PUT after it, and has no automatic refresh to set it right. Then "Vernieuwen" asks for one's own view, as a
    // person would press it.
    const own = new RegExp(`${title}\\s*jouw taak · Alex Wilber · \\S+ ${due.day} `);
    let refreshed = await pg.waitForCardText(card, own, 8000).catch(() => null);
    if (!refreshed) {
      t.diagnostic('the Playground showed the shared view last: pressing "Vernieuwen" for the own view');
      const again = await card.button(/^Vernieuwen$/);
      assert.ok(again, 'the plan card has a "Vernieuwen" button');
      await again.click();
      refreshed = await pg.waitForCardText(card, own);
    }
    await pg.screenshot('20-plan-taak-toegevoegd');
    const text = (await refreshed.snapshot()).textWithoutButtons;
    assert.match(text, /Plan gezin Vlinder/, 'it is the plan card again');
    assert.match(text, own, 'the new task is on the plan, for the sender, with its date');
    assert.doesNotMatch(text, /Wat moet er gebeuren/, 'the form is closed');
  });
});
