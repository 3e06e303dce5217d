#!/usr/bin/env node
// Builds the Teams app package (artifacts/appPackage.zip) from manifest/.
//
//   scripts/package-app [--out FILE] [--app-id GUID] [--domain HOST] [--dev] [--no-validate] [--config-dir DIR]
//
// The app id and domain come from, in this order:
//   app id: --app-id, env MicrosoftAppId, env MICROSOFT_APP_ID, env BOT_ID, then "MicrosoftAppId" in
//           src/CoordinatieBot/ (or --config-dir) appsettings.Development.local.json, the user secrets
//           (UserSecretsId of CoordinatieBot.csproj), appsettings.Development.json, appsettings.json.
//   domain: --domain, env BOT_DOMAIN (a host, or a URL whose host is taken), then "BotDomain" in the same files.
// Other placeholders (all optional, env): TEAMS_APP_ID (default: the app id), DEVELOPER_NAME,
// DEVELOPER_WEBSITE_URL, PRIVACY_URL, TERMS_OF_USE_URL (default: pages on the bot's domain), APP_VERSION.
//
// Without an app id it refuses. --dev packages with a fixed, clearly fake dev GUID and the name
// "CoordinatieBot (dev)", for a local look at the package only: Teams cannot reach such a bot.
//
// Only Node's standard library is used to build the zip; if @microsoft/app-manifest is installed
// (root package.json devDependency) the filled-in manifest and language files are first validated
// against the schemas it ships, offline.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestDir = path.join(repoRoot, "manifest");
const hostDir = path.join(repoRoot, "src", "CoordinatieBot");

export const DEV_APP_ID = "00000000-0000-4000-8000-00000000de70";
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { out: path.join(repoRoot, "artifacts", "appPackage.zip"), dev: false, validate: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--out" || a === "-o") opts.out = path.resolve(value());
    else if (a === "--app-id") opts.appId = value();
    else if (a === "--domain") opts.domain = value();
    else if (a === "--config-dir") opts.configDir = path.resolve(value());
    else if (a === "--dev") opts.dev = true;
    else if (a === "--no-validate") opts.validate = false;
    else if (a === "--help" || a === "-h") opts.help = true;
    else throw new UsageError(`unknown argument: ${a}`);
  }
  return opts;
}

function readJsonIfExists(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    if (e.code === "ENOENT") return undefined;
    throw new Error(`cannot read ${path.relative(repoRoot, file)}: ${e.message}`);
  }
}

function userSecretsFile(configDir) {
  try {
    const csproj = fs.readFileSync(path.join(configDir, "CoordinatieBot.csproj"), "utf8");
    const m = csproj.match(/<UserSecretsId>\s*([^<\s]+)\s*<\/UserSecretsId>/);
    if (!m) return undefined;
    const base = process.env.APPDATA
      ? path.join(process.env.APPDATA, "Microsoft", "UserSecrets")
      : path.join(os.homedir(), ".microsoft", "usersecrets");
    return path.join(base, m[1], "secrets.json");
  } catch {
    return undefined;
  }
}

// Looks a top-level key up in the host's configuration files (default src/CoordinatieBot, or
// --config-dir), most specific first; empty values are skipped.
function fromConfigFiles(key, configDir = hostDir) {
  const files = [
    path.join(configDir, "appsettings.Development.local.json"),
    userSecretsFile(configDir),
    path.join(configDir, "appsettings.Development.json"),
    path.join(configDir, "appsettings.json"),
  ].filter(Boolean);
  for (const file of files) {
    const json = readJsonIfExists(file);
    const v = json && typeof json[key] === "string" ? json[key].trim() : "";
    if (v) return { value: v, source: file.startsWith(repoRoot) ? path.relative(repoRoot, file) : file };
  }
  return undefined;
}

function firstEnv(...names) {
  for (const n of names) {
    const v = (process.env[n] || "").trim();
    if (v) return { value: v, source: `env ${n}` };
  }
  return undefined;
}

function normalizeDomain(d) {
  let host = d.trim();
  if (/^[a-z]+:\/\//i.test(host)) host = new URL(host).host;
  host = host.replace(/\/.*$/, "");
  if (!/^[A-Za-z0-9*.-]+(:\d+)?$/.test(host)) throw new UsageError(`not a host name: "${d}" (give e.g. coordinatiebot.azurewebsites.net)`);
  return host.toLowerCase();
}

export function resolveSettings(opts) {
  let appId = opts.appId ? { value: opts.appId, source: "--app-id" } : firstEnv("MicrosoftAppId", "MICROSOFT_APP_ID", "BOT_ID") || fromConfigFiles("MicrosoftAppId", opts.configDir);
  let domain = opts.domain ? { value: opts.domain, source: "--domain" } : firstEnv("BOT_DOMAIN");
  domain = domain || fromConfigFiles("BotDomain", opts.configDir);

  if (!appId) {
    if (!opts.dev) {
      throw new UsageError(
        "No bot app id known. Set MicrosoftAppId (the Entra app registration's Application (client) ID), e.g.\n" +
          "  MicrosoftAppId=<guid> BOT_DOMAIN=<your-app>.azurewebsites.net scripts/package-app\n" +
          "or put \"MicrosoftAppId\" in src/CoordinatieBot/appsettings.Development.local.json or the user secrets.\n" +
          "For a local look at the package only, use --dev (fake app id, Teams cannot reach that bot)."
      );
    }
    appId = { value: DEV_APP_ID, source: "--dev (fake dev id)" };
  }
  if (!GUID.test(appId.value)) throw new UsageError(`app id from ${appId.source} is not a GUID: "${appId.value}"`);
  if (!domain) {
    if (!opts.dev) {
      throw new UsageError("No bot domain known. Set BOT_DOMAIN (the Web App's host name, e.g. coordinatiebot.azurewebsites.net) or use --domain.");
    }
    domain = { value: "localhost", source: "--dev" };
  }
  const host = normalizeDomain(domain.value);
  const teamsAppId = firstEnv("TEAMS_APP_ID")?.value || appId.value;
  if (!GUID.test(teamsAppId)) throw new UsageError(`TEAMS_APP_ID is not a GUID: "${teamsAppId}"`);
  const site = `https://${host}`;
  return {
    appIdSource: appId.source,
    domainSource: domain.source,
    values: {
      BOT_ID: appId.value.toLowerCase(),
      BOT_DOMAIN: host,
      TEAMS_APP_ID: teamsAppId.toLowerCase(),
      DEVELOPER_NAME: firstEnv("DEVELOPER_NAME")?.value || "CoordinatieBot",
      DEVELOPER_WEBSITE_URL: firstEnv("DEVELOPER_WEBSITE_URL")?.value || `${site}/`,
      PRIVACY_URL: firstEnv("PRIVACY_URL")?.value || `${site}/privacy`,
      TERMS_OF_USE_URL: firstEnv("TERMS_OF_USE_URL")?.value || `${site}/terms`,
    },
    version: firstEnv("APP_VERSION")?.value,
  };
}

// Replaces ${{NAME}} placeholders in every string of a JSON value.
export function fillPlaceholders(value, values) {
  if (typeof value === "string") {
    return value.replace(PLACEHOLDER, (whole, name) => {
      if (!(name in values)) throw new Error(`no value for placeholder ${whole}`);
      return values[name];
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, values));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, values)]));
  }
  return value;
}

// ---- zip (store/deflate), standard library only -------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// entries: [{ name, data: Buffer }] -> Buffer of a zip with every entry at the root.
export function makeZip(entries) {
  const dosTime = 0; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // fixed 2026-01-01: reproducible packages
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, "utf8");
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attrs
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

// Reads a zip made by anything (stored or deflated entries) -> Map name -> Buffer. Used by the tests.
export function readZip(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const lNameLen = buf.readUInt16LE(localOffset + 26);
    const lExtraLen = buf.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + lNameLen + lExtraLen;
    const body = buf.subarray(start, start + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(body) : method === 0 ? Buffer.from(body) : (() => { throw new Error(`unsupported method ${method}`); })());
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

// ---- schema validation (optional, offline) -------------------------------------------------
// Uses the JSON schemas that npm @microsoft/app-manifest ships, with the ajv (draft-04) it depends on.
// Not ManifestUtil.validateManifestAgainstSchema itself: in 1.1.2 its entry point requires fs-extra,
// which the package lists only as a devDependency, and its ajv set-up compiles patterns with the
// "u" flag, which the v1.30 localization schema's patterns do not survive ("Lone quantifier brackets").
// Same options otherwise (allErrors, strictTypes off, formats uri/email/regex).
export class SchemasNotInstalled extends Error {}

function appManifestRequire() {
  const rootRequire = createRequire(path.join(repoRoot, "package.json"));
  let pkgJson;
  try {
    pkgJson = rootRequire.resolve("@microsoft/app-manifest/package.json");
  } catch {
    throw new SchemasNotInstalled("@microsoft/app-manifest is not installed (run npm ci at the repo root)");
  }
  return { require: createRequire(pkgJson), dir: path.dirname(pkgJson) };
}

export function schemaDir(manifestVersion) {
  return path.join(appManifestRequire().dir, "build", "json-schemas", "teams", `v${manifestVersion}`);
}

export function loadSchemas(manifestVersion) {
  const dir = schemaDir(manifestVersion);
  if (!fs.existsSync(path.join(dir, "MicrosoftTeams.schema.json"))) {
    throw new Error(`@microsoft/app-manifest ships no schema for manifestVersion ${manifestVersion} (${dir})`);
  }
  return {
    manifest: JSON.parse(fs.readFileSync(path.join(dir, "MicrosoftTeams.schema.json"), "utf8")),
    localization: JSON.parse(fs.readFileSync(path.join(dir, "MicrosoftTeams.Localization.schema.json"), "utf8")),
  };
}

// Returns a function (document, schema) -> array of error strings (empty = valid).
export function schemaValidator() {
  const { require } = appManifestRequire();
  const AjvDraft04 = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const Ajv = AjvDraft04.default || AjvDraft04;
  const formats = addFormats.default || addFormats;
  const cache = new Map();
  return (doc, schema) => {
    let validate = cache.get(schema);
    if (!validate) {
      const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
      formats(ajv, ["uri", "email", "regex"]);
      validate = ajv.compile(schema);
      cache.set(schema, validate);
    }
    return validate(doc)
      ? []
      : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message || ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim());
  };
}

export function validateWithSchemas(manifest, languageFiles) {
  const schemas = loadSchemas(manifest.manifestVersion);
  const check = schemaValidator();
  const errors = check(manifest, schemas.manifest).map((e) => `manifest.json: ${e}`);
  for (const [name, json] of Object.entries(languageFiles)) {
    for (const e of check(json, schemas.localization)) errors.push(`${name}: ${e}`);
  }
  return errors;
}

// ---- main ----------------------------------------------------------------------------------
export async function buildPackage(opts) {
  const settings = resolveSettings(opts);
  const manifestRaw = readJsonIfExists(path.join(manifestDir, "manifest.json"));
  if (!manifestRaw) throw new Error("manifest/manifest.json is missing");
  let manifest = fillPlaceholders(manifestRaw, settings.values);
  if (settings.version) manifest.version = settings.version;
  if (opts.dev) manifest.name = { ...manifest.name, short: `${manifest.name.short} (dev)` };

  const languageFiles = {};
  for (const lang of manifest.localizationInfo?.additionalLanguages || []) {
    const json = readJsonIfExists(path.join(manifestDir, lang.file));
    if (!json) throw new Error(`manifest/${lang.file} (language ${lang.languageTag}) is missing`);
    languageFiles[lang.file] = fillPlaceholders(json, settings.values);
    if (opts.dev) languageFiles[lang.file]["name.short"] = `${languageFiles[lang.file]["name.short"]} (dev)`;
  }
  if (manifest.localizationInfo?.defaultLanguageFile) {
    const f = manifest.localizationInfo.defaultLanguageFile;
    const json = readJsonIfExists(path.join(manifestDir, f));
    if (!json) throw new Error(`manifest/${f} is missing`);
    languageFiles[f] = fillPlaceholders(json, settings.values);
  }

  const leftover = JSON.stringify([manifest, languageFiles]).match(/\$\{\{[^}]*\}\}/);
  if (leftover) throw new Error(`unfilled placeholder ${leftover[0]}`);

  if (opts.validate) {
    let errors;
    try {
      errors = validateWithSchemas(manifest, languageFiles);
    } catch (e) {
      if (!(e instanceof SchemasNotInstalled)) throw e;
      console.warn(`note: ${e.message}; schema validation skipped`);
    }
    if (errors && errors.length) throw new Error(`the manifest does not match its schema (v${manifest.manifestVersion}):\n  ${errors.join("\n  ")}`);
  }

  const entries = [{ name: "manifest.json", data: Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8") }];
  for (const [name, json] of Object.entries(languageFiles)) {
    entries.push({ name, data: Buffer.from(JSON.stringify(json, null, 2) + "\n", "utf8") });
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline, manifest.icons.color32x32].filter(Boolean)) {
    entries.push({ name: icon, data: fs.readFileSync(path.join(manifestDir, icon)) });
  }
  for (const e of entries) {
    if (e.name.includes("/") || e.name.includes("\\")) throw new Error(`${e.name}: every file must be at the zip root`);
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, makeZip(entries));
  return { out: opts.out, settings, files: entries.map((e) => e.name), manifest };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.help) {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 20).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    }
    const r = await buildPackage(opts);
    if (opts.dev) console.warn(`WARNING: dev package with fake app id ${r.settings.values.BOT_ID}; do not upload it to a real tenant.`);
    console.log(`app id ${r.settings.values.BOT_ID} (from ${r.settings.appIdSource}), domain ${r.settings.values.BOT_DOMAIN} (from ${r.settings.domainSource})`);
    console.log(`wrote ${path.relative(process.cwd(), r.out) || r.out}: ${r.files.join(", ")}`);
  } catch (e) {
    console.error(`package-app: ${e.message}`);
    process.exit(e instanceof UsageError ? 2 : 1);
  }
}
