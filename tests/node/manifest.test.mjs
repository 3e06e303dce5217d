// Teams app manifest, icons and package. Offline: the schemas come from npm @microsoft/app-manifest
// (root devDependency; `npm ci` first). Run: node --test tests/node/manifest.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  fillPlaceholders,
  loadSchemas,
  readZip,
  schemaDir,
  schemaValidator,
} from "../../scripts/package-app.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifestDir = path.join(root, "manifest");
const readJson = (f) => JSON.parse(fs.readFileSync(f, "utf8"));

const SAMPLE = {
  BOT_ID: "3f6e1c2a-8b4d-4e7f-9a1b-2c3d4e5f6a7b",
  TEAMS_APP_ID: "3f6e1c2a-8b4d-4e7f-9a1b-2c3d4e5f6a7b",
  BOT_DOMAIN: "coordinatiebot-test.azurewebsites.net",
  DEVELOPER_NAME: "Gemeente Voorbeeld",
  DEVELOPER_WEBSITE_URL: "https://coordinatiebot-test.azurewebsites.net/",
  PRIVACY_URL: "https://coordinatiebot-test.azurewebsites.net/privacy",
  TERMS_OF_USE_URL: "https://coordinatiebot-test.azurewebsites.net/terms",
};
const KNOWN_PLACEHOLDERS = Object.keys(SAMPLE);

const rawManifest = readJson(path.join(manifestDir, "manifest.json"));
const manifest = fillPlaceholders(rawManifest, SAMPLE);
const langFiles = Object.fromEntries(
  (rawManifest.localizationInfo.additionalLanguages || []).map((l) => [l.file, fillPlaceholders(readJson(path.join(manifestDir, l.file)), SAMPLE)])
);
const schemas = loadSchemas(rawManifest.manifestVersion); // throws with a clear message if npm ci was not run
const check = schemaValidator();

test("manifestVersion is the newest GA schema that @microsoft/app-manifest ships", () => {
  const teamsDir = path.dirname(schemaDir(rawManifest.manifestVersion));
  const versions = fs
    .readdirSync(teamsDir)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => { const [x1, y1] = a.split(".").map(Number); const [x2, y2] = b.split(".").map(Number); return x1 - x2 || y1 - y2; });
  assert.equal(rawManifest.manifestVersion, versions.at(-1), `schemas shipped: ${versions.join(", ")}`);
  assert.equal(rawManifest.$schema, `https://developer.microsoft.com/en-us/json-schemas/teams/v${rawManifest.manifestVersion}/MicrosoftTeams.schema.json`);
});

test("manifest.json (placeholders filled with sample values) is valid against the official schema", () => {
  assert.deepEqual(check(manifest, schemas.manifest), []);
});

test("every language file is valid against the official localization schema", () => {
  assert.ok(Object.keys(langFiles).length >= 1, "at least en.json");
  for (const [name, json] of Object.entries(langFiles)) assert.deepEqual(check(json, schemas.localization), [], name);
  assert.equal(langFiles["en.json"].$schema, `https://developer.microsoft.com/en-us/json-schemas/teams/v${rawManifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
});

test("the validation can fail: broken manifests and language files are rejected", () => {
  const noAccent = structuredClone(manifest);
  delete noAccent.accentColor;
  assert.ok(check(noAccent, schemas.manifest).some((e) => e.includes("accentColor")));

  const badBotId = structuredClone(manifest);
  badBotId.bots[0].botId = "not-a-guid";
  assert.notDeepEqual(check(badBotId, schemas.manifest), []);

  const tooManyCommands = structuredClone(manifest);
  const cmds = tooManyCommands.bots[0].commandLists[0].commands;
  while (cmds.length <= 12) cmds.push({ title: `extra ${cmds.length}`, description: "x" });
  assert.notDeepEqual(check(tooManyCommands, schemas.manifest), []);

  const wrongVersion = { ...manifest, manifestVersion: "1.5" };
  assert.notDeepEqual(check(wrongVersion, schemas.manifest), []);

  const longName = { ...langFiles["en.json"], "name.short": "x".repeat(31) };
  assert.notDeepEqual(check(longName, schemas.localization), []);
  const unknownKey = { ...langFiles["en.json"], "bots[0].commandLists[0].commands[12].title": "x" };
  assert.notDeepEqual(check(unknownKey, schemas.localization), []);
});

test("only known placeholders are used, and the ids and domain land where Teams needs them", () => {
  const used = [...JSON.stringify(rawManifest).matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]);
  for (const p of used) assert.ok(KNOWN_PLACEHOLDERS.includes(p), `unknown placeholder ${p}`);
  assert.equal(manifest.bots[0].botId, SAMPLE.BOT_ID);
  assert.equal(manifest.webApplicationInfo.id, SAMPLE.BOT_ID);
  // Teams SSO for the tabs: the Application ID URI of the bot's app registration, on the domain that serves the tabs.
  assert.equal(manifest.webApplicationInfo.resource, `api://${SAMPLE.BOT_DOMAIN}/${SAMPLE.BOT_ID}`);
  assert.ok(manifest.validDomains.includes(SAMPLE.BOT_DOMAIN));
  assert.equal(manifest.localizationInfo.defaultLanguageTag, "nl-nl");
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: "en-us", file: "en.json" }]);
});

test("the bot: personal, team and group chat, one Dutch command list per scope, at most 10 commands", () => {
  const bot = manifest.bots[0];
  assert.deepEqual([...bot.scopes].sort(), ["groupChat", "personal", "team"]);
  const listScopes = bot.commandLists.flatMap((l) => l.scopes).sort();
  assert.deepEqual(listScopes, ["groupChat", "personal", "team"]);
  for (const list of bot.commandLists) {
    // The schema allows 12; Teams' docs advise at most 10 per scope, which is what older clients show.
    assert.ok(list.commands.length <= 10, `${list.scopes}: ${list.commands.length} commands`);
    const titles = list.commands.map((c) => c.title);
    assert.equal(new Set(titles).size, titles.length, "unique titles");
    for (const needed of ["help", "start gezin", "wie is regisseur?", "ik neem de regie", "plan", "taak:", "mijn taken", "wie is wie", "geschiedenis", "knelpunt:"]) {
      assert.ok(titles.includes(needed), `${list.scopes}: missing "${needed}"`);
    }
    for (const c of list.commands) assert.ok(c.description && c.description.length <= 128, `${c.title}: description 1..128 chars`);
  }
});

test("en.json translates the name, description and every command, and nothing else", () => {
  const en = langFiles["en.json"];
  const expected = new Set(["$schema", "name.short", "name.full", "description.short", "description.full"]);
  manifest.bots[0].commandLists.forEach((list, i) =>
    list.commands.forEach((c, j) => {
      expected.add(`bots[0].commandLists[${i}].commands[${j}].title`);
      expected.add(`bots[0].commandLists[${i}].commands[${j}].description`);
    })
  );
  (manifest.staticTabs || []).forEach((tab, i) => { if (tab.name) expected.add(`staticTabs[${i}].name`); });
  (manifest.composeExtensions || []).forEach((extension, i) =>
    extension.commands.forEach((c, j) => {
      expected.add(`composeExtensions[${i}].commands[${j}].title`);
      expected.add(`composeExtensions[${i}].commands[${j}].description`);
      (c.parameters || []).forEach((_, k) => {
        expected.add(`composeExtensions[${i}].commands[${j}].parameters[${k}].title`);
        expected.add(`composeExtensions[${i}].commands[${j}].parameters[${k}].description`);
      });
    })
  );
  assert.deepEqual(new Set(Object.keys(en)), expected);
  assert.notEqual(en["description.full"], manifest.description.full, "really translated");
});

test("the personal tabs: the bot's chat, 'Mijn taken' and 'Regie op regie' on the bot's domain, named in English too", () => {
  const tabs = manifest.staticTabs;
  assert.deepEqual(tabs.map((t) => t.entityId), ["conversations", "mytasks", "overview"]);
  for (const tab of tabs) assert.deepEqual(tab.scopes, ["personal"], tab.entityId);
  const [chat, tasks, overview] = tabs;
  assert.equal(chat.contentUrl, undefined, "the bot's own conversation tab has no page");
  assert.deepEqual([tasks.name, tasks.contentUrl], ["Mijn taken", `https://${SAMPLE.BOT_DOMAIN}/tabs/tasks.html`]);
  assert.deepEqual([overview.name, overview.contentUrl], ["Regie op regie", `https://${SAMPLE.BOT_DOMAIN}/tabs/overview.html`]);
  assert.equal(langFiles["en.json"]["staticTabs[1].name"], "My tasks");
  assert.equal(langFiles["en.json"]["staticTabs[2].name"], "Process overview");
  // The pages exist where the host serves its static files (src/CoordinatieBot/wwwroot).
  for (const tab of [tasks, overview]) {
    const page = path.join(root, "src", "CoordinatieBot", "wwwroot", new URL(tab.contentUrl).pathname);
    assert.ok(fs.existsSync(page), `${tab.entityId}: ${page}`);
  }
  assert.ok(manifest.validDomains.includes(new URL(tasks.contentUrl).host), "the tabs' domain is a valid domain");

  const seventeen = structuredClone(manifest);
  while (seventeen.staticTabs.length <= 16) seventeen.staticTabs.push({ entityId: `t${seventeen.staticTabs.length}`, scopes: ["personal"] });
  assert.notDeepEqual(check(seventeen, schemas.manifest), [], "the schema's limit of 16 tabs is checked");
});

test("the message action 'Maak taak van dit bericht' is the bot's own, on a message and in the compose box, with a dialog", () => {
  const [extension] = manifest.composeExtensions;
  assert.equal(extension.botId, manifest.bots[0].botId);
  const command = extension.commands.find((c) => c.type === "action");
  assert.deepEqual(command.context, ["message", "compose"]);
  assert.equal(command.fetchTask, true);
  // The id the bot answers to (src/CoordinatieBot.Teams/Bot/MessageExtensionHandler.cs).
  const handler = fs.readFileSync(path.join(root, "src", "CoordinatieBot.Teams", "Bot", "MessageExtensionHandler.cs"), "utf8");
  assert.match(handler, new RegExp(`TaskFromMessage = "${command.id}"`));
  const find = extension.commands.find((c) => c.type === "query");
  assert.deepEqual(find.context, ["compose"]); // in a chat: the command box has no family
  assert.match(handler, new RegExp(`FindTask = "${find.id}"`));
});

// ---- icons ------------------------------------------------------------------------------------
function readPng(file) {
  const buf = fs.readFileSync(file);
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file}: PNG signature`);
  let p = 8;
  let ihdr;
  const idat = [];
  while (p < buf.length) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString("latin1", p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    if (type === "IHDR") {
      ihdr = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colorType: data[9], interlace: data[12] };
    } else if (type === "IDAT") idat.push(data);
    p += 12 + len;
  }
  assert.ok(ihdr, "IHDR");
  return { ...ihdr, idat: Buffer.concat(idat) };
}

// Decodes an 8-bit RGBA, non-interlaced PNG into a Uint8Array (all five row filters).
function decodeRgba(png) {
  assert.equal(png.bitDepth, 8);
  assert.equal(png.colorType, 6);
  assert.equal(png.interlace, 0);
  const raw = zlib.inflateSync(png.idat);
  const stride = png.width * 4;
  const out = new Uint8Array(png.height * stride);
  for (let y = 0; y < png.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return out;
}

test("color.png is a 192x192 PNG, fully opaque", () => {
  const png = readPng(path.join(manifestDir, manifest.icons.color));
  assert.equal(png.width, 192);
  assert.equal(png.height, 192);
  const px = decodeRgba(png);
  for (let i = 3; i < px.length; i += 4) assert.equal(px[i], 255, "colour icon has no transparent pixels");
});

test("outline.png is a 32x32 PNG with alpha, white on transparent", () => {
  const png = readPng(path.join(manifestDir, manifest.icons.outline));
  assert.equal(png.width, 32);
  assert.equal(png.height, 32);
  assert.ok(png.colorType === 6 || png.colorType === 4, "colour type with an alpha channel");
  const px = decodeRgba(png);
  let transparent = 0, opaque = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] === 0) transparent++;
    else {
      opaque++;
      assert.deepEqual([px[i], px[i + 1], px[i + 2]], [255, 255, 255], "every visible pixel is white");
    }
  }
  assert.ok(transparent > 200, "mostly transparent background");
  assert.ok(opaque > 100, "a visible mark");
});

test("make-icons.py reproduces the committed icons (same size and pixels)", { skip: !hasPython() && "python3 not on PATH" }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "icons-"));
  fs.copyFileSync(path.join(manifestDir, "make-icons.py"), path.join(tmp, "make-icons.py"));
  const r = spawnSync("python3", [path.join(tmp, "make-icons.py")], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  // Pixels, not bytes: another zlib build may compress the same image differently.
  for (const f of ["color.png", "outline.png"]) {
    const fresh = readPng(path.join(tmp, f));
    const committed = readPng(path.join(manifestDir, f));
    assert.deepEqual([fresh.width, fresh.height], [committed.width, committed.height], f);
    assert.ok(Buffer.from(decodeRgba(fresh)).equals(Buffer.from(decodeRgba(committed))), `${f} is stale: run python3 manifest/make-icons.py`);
  }
});

function hasPython() {
  return spawnSync("python3", ["--version"]).status === 0;
}

// ---- the package script -------------------------------------------------------------------------
const script = path.join(root, "scripts", "package-app");
function runPackage(args, env, cwd = root) {
  const clean = { ...process.env };
  for (const k of ["MicrosoftAppId", "MICROSOFT_APP_ID", "BOT_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_NAME", "DEVELOPER_WEBSITE_URL", "PRIVACY_URL", "TERMS_OF_USE_URL", "APPDATA"]) delete clean[k];
  return spawnSync(script, args, { cwd, encoding: "utf8", env: { ...clean, ...env } });
}

test("scripts/package-app builds a zip with manifest, en.json and icons at its root", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apppkg-"));
  const out = path.join(tmp, "out", "appPackage.zip");
  const r = runPackage(["--out", out], { MicrosoftAppId: SAMPLE.BOT_ID.toUpperCase(), BOT_DOMAIN: `https://${SAMPLE.BOT_DOMAIN}/api/messages` });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  assert.doesNotMatch(r.stderr, /validation skipped/);
  const files = readZip(fs.readFileSync(out));
  assert.deepEqual([...files.keys()].sort(), ["color.png", "en.json", "manifest.json", "outline.png"]);
  const m = JSON.parse(files.get("manifest.json").toString("utf8"));
  assert.doesNotMatch(JSON.stringify(m), /\$\{\{/);
  assert.equal(m.bots[0].botId, SAMPLE.BOT_ID);
  assert.equal(m.id, SAMPLE.BOT_ID);
  assert.deepEqual(m.validDomains, [SAMPLE.BOT_DOMAIN]);
  assert.equal(m.developer.privacyUrl, `https://${SAMPLE.BOT_DOMAIN}/privacy`);
  assert.deepEqual(check(m, schemas.manifest), []);
  assert.deepEqual(check(JSON.parse(files.get("en.json").toString("utf8")), schemas.localization), []);
  assert.ok(files.get("color.png").equals(fs.readFileSync(path.join(manifestDir, "color.png"))));

  // The system unzip agrees, where there is one.
  if (spawnSync("unzip", ["-v"]).status === 0) {
    const t = spawnSync("unzip", ["-t", out], { encoding: "utf8" });
    assert.equal(t.status, 0, t.stdout);
  }
});

test("scripts/package-app reads the app id and domain from the host's appsettings when env is empty", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apppkg-"));
  fs.writeFileSync(path.join(tmp, "appsettings.json"), JSON.stringify({ MicrosoftAppId: "" }));
  fs.writeFileSync(path.join(tmp, "appsettings.Development.local.json"), JSON.stringify({ MicrosoftAppId: SAMPLE.BOT_ID, BotDomain: "dev-tunnel.example.net" }));
  const out = path.join(tmp, "p.zip");
  const r = runPackage(["--out", out, "--config-dir", tmp], { HOME: tmp, TEAMS_APP_ID: "11111111-2222-4333-8444-555555555555", APP_VERSION: "1.2.3" });
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(readZip(fs.readFileSync(out)).get("manifest.json").toString("utf8"));
  assert.equal(m.bots[0].botId, SAMPLE.BOT_ID);
  assert.equal(m.id, "11111111-2222-4333-8444-555555555555");
  assert.equal(m.version, "1.2.3");
  assert.deepEqual(m.validDomains, ["dev-tunnel.example.net"]);
});

test("scripts/package-app refuses without an app id, and --dev marks its fake id clearly", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apppkg-"));
  const out = path.join(tmp, "p.zip");
  const refused = runPackage(["--out", out, "--config-dir", tmp], { HOME: tmp, BOT_DOMAIN: SAMPLE.BOT_DOMAIN });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /No bot app id known/);
  assert.ok(!fs.existsSync(out), "no package written");

  const noDomain = runPackage(["--out", out, "--config-dir", tmp], { HOME: tmp, MicrosoftAppId: SAMPLE.BOT_ID });
  assert.equal(noDomain.status, 2);
  assert.match(noDomain.stderr, /No bot domain known/);

  const badId = runPackage(["--out", out, "--config-dir", tmp], { HOME: tmp, MicrosoftAppId: "<your app id>", BOT_DOMAIN: SAMPLE.BOT_DOMAIN });
  assert.equal(badId.status, 2);
  assert.match(badId.stderr, /not a GUID/);

  const dev = runPackage(["--out", out, "--config-dir", tmp, "--dev"], { HOME: tmp });
  assert.equal(dev.status, 0, dev.stderr);
  assert.match(dev.stderr, /WARNING: dev package/);
  const files = readZip(fs.readFileSync(out));
  const m = JSON.parse(files.get("manifest.json").toString("utf8"));
  assert.equal(m.name.short, "CoordinatieBot (dev)");
  assert.equal(JSON.parse(files.get("en.json").toString("utf8"))["name.short"], "CoordinatieBot (dev)");
  assert.deepEqual(check(m, schemas.manifest), []);
});
