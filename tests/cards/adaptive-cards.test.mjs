// Every Adaptive Card the bot can send must parse and validate with the official library
// (npm adaptivecards) and with the Teams rules in support/check-card.mjs, and render in Chromium
// with a Teams-like host config. Screenshots: artifacts/cards/<name>.png.
//
// Cards come from tests/cards/samples/*.json (hand-written references) and artifacts/cards/*.json
// (written by the .NET card tests: one file per card the bot can make). The files under
// tests/cards/invalid/ must each be rejected, which proves the checker really checks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCard } from './support/check-card.mjs';
import { openRenderer, readJson } from './support/render.mjs';
import { launchBrowser } from '../e2e/support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const generatedDir = path.join(repoRoot, 'artifacts', 'cards');
const outDir = generatedDir;

const jsonFiles = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : []);
const samples = jsonFiles(path.join(here, 'samples'));
const generated = jsonFiles(generatedDir);
const invalid = jsonFiles(path.join(here, 'invalid'));

/** A card file may hold the card itself or an attachment { contentType, content }. */
function cardOf(json) {
  return json?.contentType === 'application/vnd.microsoft.card.adaptive' ? json.content : json;
}

describe('Adaptive Cards', { timeout: 5 * 60_000 }, () => {
  let browser;
  let renderer;

  before(async () => {
    fs.mkdirSync(outDir, { recursive: true });
    browser = await launchBrowser({ viewport: { width: 520, height: 400 } });
    renderer = await openRenderer(browser.context);
  });
  after(async () => {
    await renderer?.close();
    await browser?.close();
  });

  test('there are cards to check', (t) => {
    assert.ok(samples.length > 0, 'tests/cards/samples has cards');
    t.diagnostic(generated.length === 0
      ? 'artifacts/cards/ has no cards yet (the .NET card tests write them)'
      : `${generated.length} card(s) from the bot in artifacts/cards/`);
  });

  for (const file of invalid) {
    test(`rejects invalid/${path.basename(file)}`, () => {
      const problems = checkCard(readJson(file));
      assert.ok(problems.length > 0, `${path.basename(file)} should have been rejected`);
    });
  }

  for (const [label, file] of [...samples.map((f) => ['sample', f]), ...generated.map((f) => ['bot', f])]) {
    const name = path.basename(file, '.json');
    test(`${label} card ${name}: valid for Teams and renders`, async () => {
      const card = cardOf(readJson(file));
      const problems = checkCard(card);
      assert.deepEqual(problems, [], `${path.relative(repoRoot, file)}:\n  ${problems.join('\n  ')}`);
      const png = path.join(outDir, `${label === 'sample' ? 'sample-' : ''}${name}.png`);
      const rendered = await renderer.render(card, png);
      assert.deepEqual(rendered.errors, []);
      assert.ok(rendered.text.trim().length > 0 || rendered.buttons.length > 0, 'the card renders something visible');
      assert.ok(fs.statSync(png).size > 1000, 'screenshot written');
    });
  }
});
