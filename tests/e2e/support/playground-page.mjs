// The Agents Playground (npm @microsoft/m365agentsplayground 0.2.28) web page, as seen from the DOM.
// Its page is a React app (Fluent UI); there are no test ids, so these selectors are what works:
//   conversation list : role=treeitem with aria-label "Personal Chat" / "Group Chat", channels by name ("General")
//   compose box       : [data-lexical-editor="true"][role=textbox]  (a Lexical editor, not an <input>)
//   send button       : button[aria-label="Send Message"]  (Enter works too)
//   @mention picker   : type "@Test", then role=menuitem "Test Bot"
//   bot messages      : .fai-OutputCard  (user messages are plain bubbles without that class)
//   adaptive cards    : .ac-adaptiveCard inside a bot message; its actions are Fluent <button>s (aria-label = title)
// Pin the package version: the selectors are not an API.
import path from 'node:path';

export const SEL = {
  composer: '[data-lexical-editor="true"][role="textbox"]',
  sendButton: 'button[aria-label="Send Message"]',
  botMessage: '.fai-OutputCard',
  card: '.ac-adaptiveCard',
  cardButton: 'button, .ac-pushButton',
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
}

export class Card {
  constructor(page, messageIndex) {
    this.page = page;
    this.messageIndex = messageIndex;
    this.root = page.locator(SEL.botMessage).nth(messageIndex).locator(SEL.card).first();
  }

  text() { return this.root.innerText(); }

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
