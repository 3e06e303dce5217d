// Renders Adaptive Cards with the official JavaScript renderer inside headless Chromium, with the
// Teams-like host config, and screenshots each one. One browser page for all cards.
import fs from 'node:fs';
import { acBundlePath, teamsHostConfigJson } from './check-card.mjs';

// A Teams-ish chat bubble around the card; buttons styled like Teams' (the library leaves them unstyled).
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #f5f5f5; font-family: 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; }
  #bubble { width: 460px; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
  .ac-pushButton { font: 600 14px 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; color: #242424; background: #fff;
    border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; overflow: hidden; text-overflow: ellipsis; }
  .ac-pushButton.expanded { background: #e8ebfa; border-color: #5b5fc7; }
  .ac-input { font: 14px 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; }
  .ac-input input, .ac-input textarea, input.ac-input, textarea.ac-input { border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 8px; }
</style></head><body><div id="bubble"></div></body></html>`;

export async function openRenderer(context) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 520, height: 400 });
  await page.setContent(PAGE);
  await page.addScriptTag({ path: acBundlePath });
  const ok = await page.evaluate(() => typeof window.AdaptiveCards?.AdaptiveCard === 'function');
  if (!ok) throw new Error('the adaptivecards bundle did not load in the page');
  return {
    /** Renders json into the page; returns problems the renderer reported. Screenshot to pngPath. */
    async render(json, pngPath) {
      const result = await page.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        const bubble = document.getElementById('bubble');
        bubble.innerHTML = '';
        const errors = [];
        const ac = new AC.AdaptiveCard();
        ac.hostConfig = new AC.HostConfig(hostConfig);
        const ctx = new AC.SerializationContext();
        ac.parse(card, ctx);
        let el;
        try { el = ac.render(); } catch (e) { errors.push(`render threw: ${e.message}`); }
        if (!el) errors.push('render() returned nothing');
        else bubble.appendChild(el);
        // expand every ShowCard so the screenshot shows its inputs too
        return { errors, text: bubble.innerText, buttons: [...bubble.querySelectorAll('.ac-pushButton')].map((b) => b.textContent.trim()) };
      }, { card: json, hostConfig: teamsHostConfigJson });
      const bubble = page.locator('#bubble');
      if (pngPath) await bubble.screenshot({ path: pngPath });
      // Also show the first ShowCard opened, which is where forms live.
      const show = page.locator('.ac-pushButton[aria-expanded]');
      if (pngPath && (await show.count())) {
        await show.first().click();
        await bubble.screenshot({ path: pngPath.replace(/\.png$/, '.showcard.png') });
      }
      return result;
    },
    close: () => page.close(),
  };
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
