// The Agents Playground (npm @microsoft/m365agentsplayground 0.2.28) web page, as seen from the DOM.
// Its page is a React app (Fluent UI); there are no test ids, so these selectors are what works:
//   conversation list : role=treeitem with aria-label "Personal Chat" / "Group Chat", channels by name ("General")
//   compose box       : [data-lexical-editor="true"][role=textbox]  (a Lexical editor, not an <input>)
//   send button       : button[aria-label="Send Message"]  (Enter works too)
//   @mention picker   : type "@Test", then role=menuitem "Test Bot"
//   bot messages      : .fai-OutputCard  (user messages are plain bubbles without that class)
//   adaptive cards    : .ac-adaptiveCard inside a bot message; its actions are Fluent <button>s (aria-label = title)
//   card inputs       : each input is a <label> (its text = the input's label) in one container with its control:
//                       Input.Text a Fluent <input>, Input.Toggle a checkbox, Input.Date a read-only-looking Fluent
//                       DatePicker <input role=combobox> whose calendar is role=dialog "Calendar" (day buttons
//                       aria-label "16, December, 2026", month buttons title "Next month …"; the card's min is not passed),
//                       and an Input.ChoiceSet with choices.data graph.microsoft.com/users[?scope=currentContext] a
//                       Fluent PeoplePicker (input aria-label "People Picker") whose suggestions (.ms-Suggestions,
//                       role=option, in a layer on <body>) are the Playground's own users of the conversation, not the
//                       card's static choices; picking one sends that user's Playground id.
// Pin the package version: the selectors are not an API.
import path from 'node:path';

export const SEL = {
  composer: '[data-lexical-editor="true"][role="textbox"]',
  sendButton: 'button[aria-label="Send Message"]',
  botMessage: '.fai-OutputCard',
  card: '.ac-adaptiveCard',
  cardButton: 'button, .ac-pushButton',
  cardControl: 'input, textarea, select',
  peoplePicker: '.ms-BasePicker, .ms-PeoplePicker, input[aria-label="People Picker"]',
  suggestion: '.ms-Suggestions [role="option"]',
  calendar: '[role="dialog"][aria-label="Calendar"]',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class PlaygroundPage {
  constructor(page, { screenshotDir, answerTimeout = 20_000 }) {
    this.page = page;
    this.screenshotDir = screenshotDir;
    this.answerTimeout = answerTimeout;
    this.chat = 'Personal Chat';
  }

  static async open(context, url, options) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(SEL.composer).waitFor({ timeout: 30_000 });
    return new PlaygroundPage(page, options);
  }

  async openChat(name) {
    const item = this.page.getByRole('treeitem', { name, exact: true });
    if (await item.count()) await item.first().click();
    else await this.page.getByText(name, { exact: true }).first().click();
    this.chat = name;
    await this.page.locator(SEL.composer).waitFor();
    await sleep(500);
  }

  /** In group chats and channels the bot only hears messages that @mention it. */
  get needsMention() { return this.chat !== 'Personal Chat'; }

  async screenshot(name) {
    await this.page.screenshot({ path: path.join(this.screenshotDir, `${name}.png`) });
  }

  botMessages() { return this.page.locator(SEL.botMessage); }

  async type(text) {
    const box = this.page.locator(SEL.composer);
    await box.click();
    if (this.needsMention) {
      await this.page.keyboard.type('@Test');
      const item = this.page.getByRole('menuitem', { name: /Test Bot/ });
      await item.first().waitFor({ timeout: 5000 });
      await item.first().click();
      await this.page.keyboard.type(' ');
    }
    await this.page.keyboard.type(text);
  }

  /**
   * Sends text and waits for the bot's answer: one or more new bot messages, settled (no new
   * message for a second). Returns { text, cards } and saves a screenshot under shot.
   */
  async say(text, shot) {
    const before = await this.botMessages().count();
    await this.type(text);
    await this.page.keyboard.press('Enter');
    try {
      await this.page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel).length > n, [SEL.botMessage, before], { timeout: this.answerTimeout });
    } catch {
      if (shot) await this.screenshot(shot);
      throw new Error(`no answer from the bot to "${text}" within ${this.answerTimeout} ms`);
    }
    // let follow-up messages (text + card) arrive and cards render
    let count = await this.botMessages().count();
    for (let quiet = 0; quiet < 4;) {
      await sleep(300);
      const now = await this.botMessages().count();
      if (now === count) quiet++; else { count = now; quiet = 0; }
    }
    const messages = this.botMessages();
    const texts = [];
    const cards = [];
    for (let i = before; i < count; i++) {
      const m = messages.nth(i);
      texts.push(await m.innerText());
      const c = m.locator(SEL.card);
      for (let j = 0; j < (await c.count()); j++) cards.push(new Card(this.page, i));
    }
    if (shot) {
      await messages.nth(count - 1).scrollIntoViewIfNeeded().catch(() => {});
      await this.screenshot(shot);
    }
    return { text: texts.join('\n'), messages: texts, cards };
  }

  /**
   * After a card action: the Playground either replaces the card in place (invoke response /
   * message update) or the bot posts a new card. Waits until either is visible.
   */
  async waitForCardChange(card, before, timeout = this.answerTimeout) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const nowCount = await this.botMessages().count();
      const same = await card.snapshot().catch(() => null);
      if (same && same.textWithoutButtons !== before.textWithoutButtons) return card;
      if (nowCount > card.messageIndex + 1) {
        const last = this.botMessages().nth(nowCount - 1);
        if (await last.locator(SEL.card).count()) return new Card(this.page, nowCount - 1);
      }
      await sleep(300);
    }
    throw new Error('the card did not change after the action');
  }

  /**
   * After a card action, or a change elsewhere that updates a card: waits until the card (same message) or a
   * card in a newer bot message shows text matching pattern, and returns that card.
   */
  async waitForCardText(card, pattern, timeout = this.answerTimeout) {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      const same = await card.snapshot().catch(() => null);
      if (same) last = same.textWithoutButtons;
      if (same && pattern.test(same.textWithoutButtons)) return card;
      const count = await this.botMessages().count();
      for (let i = count - 1; i > card.messageIndex; i--) {
        if (!(await this.botMessages().nth(i).locator(SEL.card).count())) continue;
        const newer = new Card(this.page, i);
        if (pattern.test((await newer.snapshot()).textWithoutButtons)) return newer;
      }
      await sleep(300);
    }
    throw new Error(`no card shows ${pattern} within ${timeout} ms; the card says: ${last}`);
  }

  /** The newest card in the current chat whose text matches pattern, or undefined. */
  async lastCardMatching(pattern) {
    for (let i = (await this.botMessages().count()) - 1; i >= 0; i--) {
      if (!(await this.botMessages().nth(i).locator(SEL.card).count())) continue;
      const card = new Card(this.page, i);
      if (pattern.test(await card.text())) return card;
    }
    return undefined;
  }
}

export class Card {
  constructor(page, messageIndex) {
    this.page = page;
    this.messageIndex = messageIndex;
    this.root = page.locator(SEL.botMessage).nth(messageIndex).locator(SEL.card).first();
  }

  text() { return this.root.innerText(); }

  /** The first visible button whose title matches name (a RegExp). */
  async button(name) {
    for (const b of await this.buttons(name)) if (await b.isVisible()) return b;
    return undefined;
  }

  /** The visible label of an input whose text contains label (string or RegExp); a collapsed ShowCard's are hidden. */
  label(label) { return this.root.locator('label').filter({ hasText: label, visible: true }).first(); }

  /** The control under an input's label: <input>/<textarea>/<select> in the label's container. */
  field(label) { return this.label(label).locator('xpath=..').locator(SEL.cardControl).first(); }

  async fill(label, value) { await this.field(label).fill(value); }

  async check(label, on = true) { await this.field(label).setChecked(on); }

  /**
   * What the Playground rendered for the input with this label, in words, e.g. "a people picker (…)",
   * "a date picker (…)", "a <select> with choices: …", "a text box", "a checkbox", or "nothing".
   */
  async describeField(label) {
    if (!(await this.label(label).count())) return 'nothing (no input with that label)';
    return this.label(label).locator('xpath=..').evaluate((box, sel) => {
      if (box.querySelector(sel.peoplePicker)) return 'a people picker (Fluent PeoplePicker typeahead, aria-label "People Picker")';
      const select = box.querySelector('select');
      if (select) return `a <select> with choices: ${[...select.options].map((o) => o.textContent.trim()).join(', ')}`;
      const input = box.querySelector('input, textarea');
      if (!input) return `something without an input: ${box.innerText.replace(/\s+/g, ' ').trim()}`;
      if (input.type === 'date') return 'a native <input type=date>';
      if (input.type === 'checkbox') return 'a checkbox';
      if (input.getAttribute('aria-haspopup') === 'dialog') return 'a date picker (Fluent DatePicker: a text box that opens a calendar)';
      if (input.getAttribute('role') === 'combobox') return 'a combobox (dropdown)';
      return input.tagName === 'TEXTAREA' ? 'a multi-line text box' : 'a text box';
    }, SEL);
  }

  /**
   * Picks name in a people picker: a click on the input lists everyone it can offer, and the one named is clicked
   * (typed first when not listed; typing races the picker's inline autocomplete, so it is the fallback). A
   * <select> is set by its option's label. Returns the names offered, so a test can report them.
   */
  async pickPerson(label, name) {
    const box = this.label(label).locator('xpath=..');
    const select = box.locator('select');
    if (await select.count()) {
      await select.selectOption({ label: name });
      return await select.locator('option').allInnerTexts();
    }
    const input = box.locator('input').first();
    await input.click();
    const options = this.page.locator(SEL.suggestion);
    await options.first().waitFor({ timeout: 5000 }).catch(() => {});
    const offered = (await options.allInnerTexts())
      .map((t) => t.split('\n').map((l) => l.trim()).find((l) => l && !/^[A-Z]{1,3}$/.test(l)) ?? t.trim());
    const option = options.filter({ hasText: name }).first();
    if (!(await option.count())) await input.pressSequentially(name, { delay: 100 });
    await option.click({ timeout: 5000 });
    await box.getByRole('listitem').filter({ hasText: name }).first().waitFor({ timeout: 5000 }); // the picked person, as a chip
    return offered;
  }

  /** Sets a date input to iso (yyyy-mm-dd): a native date input is filled, the Playground's calendar is clicked. */
  async pickDate(label, iso) {
    const input = this.field(label);
    if ((await input.getAttribute('type')) === 'date') { await input.fill(iso); return; }
    const [y, m, d] = iso.split('-').map(Number);
    const months = [...Array(12).keys()].map((i) => new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))));
    await input.click();
    const calendar = this.page.locator(SEL.calendar);
    await calendar.waitFor({ timeout: 5000 });
    const day = calendar.getByRole('button', { name: `${d}, ${months[m - 1]}, ${y}`, exact: true });
    for (let i = 0; i < 36 && !(await day.count()); i++) {
      // the header button says which month is shown, e.g. "December 2026"
      const shown = /^(\w+) (\d{4})$/.exec((await calendar.locator('button[aria-label]').first().getAttribute('aria-label')) ?? '');
      const later = !shown || y * 12 + m - 1 > Number(shown[2]) * 12 + months.indexOf(shown[1]);
      await calendar.locator(later ? 'button[title^="Next month"]' : 'button[title^="Previous month"]').click();
    }
    await day.click();
    await calendar.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    return input.inputValue();
  }

  async buttons(name) {
    const all = this.root.locator(SEL.cardButton);
    const out = [];
    for (let i = 0; i < (await all.count()); i++) {
      const b = all.nth(i);
      if (!name || name.test((await b.innerText()).trim()) || name.test((await b.getAttribute('aria-label')) ?? '')) out.push(b);
    }
    return out;
  }

  /** Visible text without button titles, and how many "Gedaan" buttons there are. */
  snapshot() {
    return this.root.evaluate((el, btnSel) => {
      const clone = el.cloneNode(true);
      const buttons = [...el.querySelectorAll(btnSel)];
      clone.querySelectorAll(btnSel).forEach((b) => b.remove());
      return {
        textWithoutButtons: clone.textContent.replace(/\s+/g, ' ').trim(),
        gedaanButtons: buttons.filter((b) => /gedaan/i.test(b.textContent)).length,
      };
    }, SEL.cardButton);
  }
}
