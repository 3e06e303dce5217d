// Compiles deployment/*.bicep with the real Bicep compiler (NuGet Azure.Bicep.CommandLine.linux-x64,
// downloaded here with `dotnet restore deployment/tools/bicep.csproj` when it is not yet in the
// NuGet cache) and checks the compiled ARM template for what the bot needs. Also static checks of
// deployment/Dockerfile (no Docker engine here to build it).
// Run: node --test tests/node/bicep.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const deployDir = path.join(root, "deployment");
const BICEP_VERSION = "0.49.2";
const PACKAGE = "azure.bicep.commandline.linux-x64";

function bicepPath() {
  if (process.env.BICEP_PATH) return process.env.BICEP_PATH;
  const cache = process.env.NUGET_PACKAGES || path.join(os.homedir(), ".nuget", "packages");
  return path.join(cache, PACKAGE, BICEP_VERSION, "tools", "bicep");
}

let bicep;
let compiled; // ARM JSON of main.bicep

function run(args, opts = {}) {
  const r = spawnSync(bicep, args, { cwd: deployDir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

// Bicep prints diagnostics to stderr as "<file>(line,col) : Warning|Error <code>: <text>".
function diagnostics(stderr) {
  return stderr.split("\n").filter((l) => / : (Warning|Error|Info) /.test(l));
}

before(() => {
  bicep = bicepPath();
  if (!fs.existsSync(bicep)) {
    const r = spawnSync("dotnet", ["restore", path.join(deployDir, "tools", "bicep.csproj"), "--nologo", "-v", "q"], {
      cwd: root,
      encoding: "utf8",
      timeout: 9 * 60 * 1000,
    });
    assert.equal(r.status, 0, `dotnet restore of the Bicep compiler failed:\n${r.stdout}\n${r.stderr}`);
  }
  assert.ok(fs.existsSync(bicep), `Bicep compiler not found at ${bicep} after restore`);
  fs.chmodSync(bicep, 0o755); // NuGet extraction does not always keep the executable bit
  const v = run(["--version"]);
  assert.match(v.stdout, new RegExp(`Bicep CLI version ${BICEP_VERSION.replace(/\./g, "\\.")}`));
});

test("main.bicep compiles with no errors and no warnings", () => {
  const r = run(["build", "main.bicep", "--stdout"]);
  const diags = diagnostics(r.stderr);
  if (diags.length) console.log(`bicep diagnostics:\n${diags.join("\n")}`);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(diags, [], "fix the linter warnings");
  compiled = JSON.parse(r.stdout);
  assert.match(compiled.$schema, /deploymentTemplate\.json/);
});

test("every module compiles on its own and passes the linter", () => {
  const files = fs.readdirSync(path.join(deployDir, "modules")).filter((f) => f.endsWith(".bicep"));
  assert.ok(files.length >= 4);
  for (const f of files) {
    const r = run(["build", path.join("modules", f), "--stdout"]);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    assert.deepEqual(diagnostics(r.stderr), [], f);
    const lint = run(["lint", path.join("modules", f)]);
    assert.equal(lint.status, 0, `${f}: ${lint.stderr}${lint.stdout}`);
  }
});

test("main.bicepparam builds, and it insists on the client secret coming from the environment", () => {
  const ok = run(["build-params", "main.bicepparam", "--stdout"], { env: { ...process.env, MicrosoftAppPassword: "not-a-real-secret" } });
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(diagnostics(ok.stderr), []);
  const params = JSON.parse(JSON.parse(ok.stdout).parametersJson).parameters;
  assert.match(params.botAppId.value, /^[0-9a-f-]{36}$/);
  assert.equal(params.botSku.value, "F0");

  const env = { ...process.env };
  delete env.MicrosoftAppPassword;
  const missing = run(["build-params", "main.bicepparam", "--stdout"], { env });
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /MicrosoftAppPassword/);
});

// ---- what the compiled template contains ---------------------------------------------------------
function allResources(template, out = []) {
  for (const r of template.resources || []) {
    out.push(r);
    if (r.type === "Microsoft.Resources/deployments" && r.properties?.template) allResources(r.properties.template, out);
  }
  return out;
}
const ofType = (type) => allResources(compiled).filter((r) => r.type === type);
const one = (type) => {
  const list = ofType(type);
  assert.equal(list.length, 1, `exactly one ${type}`);
  return list[0];
};

test("Web App: Linux, .NET 10, HTTPS only, Always On, health check /healthz, system-assigned identity", () => {
  const plan = one("Microsoft.Web/serverfarms");
  assert.equal(plan.kind, "linux");
  assert.equal(plan.properties.reserved, true);
  const site = one("Microsoft.Web/sites");
  assert.equal(site.kind, "app,linux");
  assert.equal(site.identity.type, "SystemAssigned");
  assert.equal(site.properties.httpsOnly, true);
  assert.equal(site.properties.keyVaultReferenceIdentity, "SystemAssigned");
  const cfg = site.properties.siteConfig;
  assert.equal(cfg.linuxFxVersion, "DOTNETCORE|10.0");
  assert.equal(cfg.alwaysOn, true);
  assert.equal(cfg.healthCheckPath, "/healthz");
  assert.equal(cfg.minTlsVersion, "1.2");
  assert.equal(cfg.ftpsState, "Disabled");
});

test("app settings: the bot's configuration keys, secrets as Key Vault references", () => {
  const web = allResources(compiled).find((r) => r.type === "Microsoft.Resources/deployments" && r.name === "web");
  const expr = web.properties.parameters.appSettings.value;
  for (const [key, valuePart] of [
    ["MicrosoftAppType", "'SingleTenant'"],
    ["MicrosoftAppId", "parameters('botAppId')"],
    ["MicrosoftAppPassword", "format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'"],
    ["MicrosoftAppTenantId", "parameters('botTenantId')"],
    ["Storage__ConnectionString", "format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'"],
    ["Storage__TablePrefix", "parameters('tablePrefix')"],
    ["APPLICATIONINSIGHTS_CONNECTION_STRING", "reference(resourceId('Microsoft.Resources/deployments', 'monitoring'), '2025-04-01').outputs.appInsightsConnectionString.value"],
    ["OTEL_SERVICE_NAME", "'coordinatiebot'"],
  ]) {
    assert.ok(expr.includes(`'${key}', ${valuePart}`), `${key} -> ${valuePart} in ${expr}`);
  }
  assert.doesNotMatch(expr, /listKeys/, "no storage key in plain app settings");
  assert.match(compiled.variables.otlpSettings, /OTEL_EXPORTER_OTLP_ENDPOINT/);
});

test("Storage: StorageV2, TLS 1.2, HTTPS only, no public blob access; the bot's tables with the prefix", () => {
  const sa = one("Microsoft.Storage/storageAccounts");
  assert.equal(sa.kind, "StorageV2");
  assert.equal(sa.properties.minimumTlsVersion, "TLS1_2");
  assert.equal(sa.properties.supportsHttpsTrafficOnly, true);
  assert.equal(sa.properties.allowBlobPublicAccess, false);
  one("Microsoft.Storage/storageAccounts/tableServices");
  const tables = one("Microsoft.Storage/storageAccounts/tableServices/tables");
  assert.match(JSON.stringify(tables.name), /parameters\('tablePrefix'\)/);
  const defaults = compiled.parameters.tableNames.defaultValue;
  for (const t of ["Families", "FamilyByConversation", "DueIndex", "ConversationReferences", "NudgeClaims", "ErasureLog"]) {
    assert.ok(defaults.includes(t), `table ${t}`);
  }
  for (const t of defaults) assert.match(t, /^[A-Za-z][A-Za-z0-9]{2,40}$/, `valid table name ${t}`);
});

test("every table the code names (CoordinatieBot.Storage TableNames) is created by the deployment", (t) => {
  const found = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !["bin", "obj"].includes(e.name)) walk(path.join(dir, e.name));
      else if (e.name === "TableNames.cs") found.push(path.join(dir, e.name));
    }
  })(path.join(root, "src"));
  if (!found.length) return t.skip("no TableNames.cs in src/");
  const defaults = compiled.parameters.tableNames.defaultValue;
  for (const file of found) {
    const names = [...fs.readFileSync(file, "utf8").matchAll(/const\s+string\s+\w+\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
    assert.ok(names.length > 0, file);
    for (const n of names) assert.ok(defaults.includes(n), `${n} (${path.relative(root, file)}) is missing from tableNames in deployment/main.bicep`);
  }
});

test("Key Vault: RBAC, soft delete; both secrets; the Web App may read them (Key Vault Secrets User)", () => {
  const kv = one("Microsoft.KeyVault/vaults");
  assert.equal(kv.properties.enableRbacAuthorization, true);
  assert.equal(kv.properties.enableSoftDelete, true);
  const secrets = ofType("Microsoft.KeyVault/vaults/secrets");
  assert.equal(secrets.length, 2);
  const ra = one("Microsoft.Authorization/roleAssignments");
  const web = allResources(compiled).find((r) => r.type === "Microsoft.Resources/deployments" && r.name === "web");
  assert.equal(ra.properties.roleDefinitionId, "[variables('keyVaultSecretsUserRoleId')]");
  assert.match(web.properties.template.variables.keyVaultSecretsUserRoleId, /4633458b-17de-408a-b874-0445c86b69e6/, "Key Vault Secrets User");
  assert.equal(ra.properties.principalType, "ServicePrincipal");
  assert.match(JSON.stringify(ra.properties.principalId), /identity\.principalId/);
});

test("Azure Bot: azurebot, single tenant, endpoint /api/messages on the Web App, Teams channel", () => {
  const bot = one("Microsoft.BotService/botServices");
  assert.equal(bot.kind, "azurebot");
  assert.equal(bot.location, "global");
  assert.equal(bot.properties.msaAppType, "SingleTenant");
  assert.match(JSON.stringify(bot.properties.msaAppId), /parameters\('appId'\)/);
  assert.match(JSON.stringify(bot.properties.msaAppTenantId), /parameters\('tenantId'\)/);
  const botModule = allResources(compiled).find((r) => r.type === "Microsoft.Resources/deployments" && r.name === "bot");
  assert.match(botModule.properties.parameters.endpoint.value, /format\('https:\/\/\{0\}\/api\/messages'/);
  assert.deepEqual(compiled.parameters.botSku.allowedValues, ["F0", "S1"]);
  const channel = one("Microsoft.BotService/botServices/channels");
  assert.equal(channel.properties.channelName, "MsTeamsChannel");
  assert.equal(channel.properties.properties.isEnabled, true);
});

test("Application Insights is workspace-based", () => {
  one("Microsoft.OperationalInsights/workspaces");
  const ai = one("Microsoft.Insights/components");
  assert.match(JSON.stringify(ai.properties.WorkspaceResourceId), /Microsoft\.OperationalInsights\/workspaces/);
});

// ---- Dockerfile (static: there is no Docker engine on this machine) -----------------------------
test("Dockerfile: multi-stage .NET 10 build, non-root runtime on 8080 with a /healthz HEALTHCHECK", () => {
  const df = fs.readFileSync(path.join(deployDir, "Dockerfile"), "utf8");
  const lines = df.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const froms = lines.filter((l) => /^FROM /i.test(l));
  assert.equal(froms.length, 2, "two stages");
  assert.match(froms[0], /^FROM mcr\.microsoft\.com\/dotnet\/sdk:10\.0\S* AS build$/i);
  assert.match(froms[1], /^FROM mcr\.microsoft\.com\/dotnet\/aspnet:10\.0\S*( AS \w+)?$/i);
  const runtime = lines.slice(lines.indexOf(froms[1]));
  assert.ok(runtime.some((l) => /^USER (?!root\b|0\b)\S+/i.test(l)), "runtime runs as a non-root user");
  assert.ok(runtime.some((l) => /^EXPOSE 8080$/i.test(l)));
  assert.match(df, /^HEALTHCHECK [^\n]*\\\n\s*CMD [^\n]*\/healthz/m, "HEALTHCHECK on /healthz");
  assert.match(df, /ASPNETCORE_HTTP_PORTS=8080/);
  const csproj = df.match(/src\/CoordinatieBot\/CoordinatieBot\.csproj/);
  assert.ok(csproj, "builds src/CoordinatieBot/CoordinatieBot.csproj");
  assert.ok(fs.existsSync(path.join(root, "src", "CoordinatieBot", "CoordinatieBot.csproj")));
  // Every file the build stage copies before restore exists in the repo.
  for (const line of lines.filter((l) => /^COPY /i.test(l) && !/--from=/i.test(l))) {
    const args = line.split(/\s+/).slice(1).filter((a) => !a.startsWith("--"));
    for (const src of args.slice(0, -1)) assert.ok(fs.existsSync(path.join(root, src)), `COPY source ${src} exists`);
  }
  assert.ok(runtime.some((l) => /^ENTRYPOINT .*CoordinatieBot\.dll/.test(l)));
  // Published ReadyToRun for linux-x64 (a faster start), framework-dependent on the aspnet image, restored for that runtime.
  assert.match(df, /dotnet restore [^\n]*-r linux-x64/);
  assert.match(df, /dotnet publish [^\n]*-r linux-x64 --self-contained false[^\n]*\\\n\s*-p:PublishReadyToRun=true/);
});
