// Checks one Adaptive Card JSON with the official JavaScript library (npm adaptivecards) and a few
// Teams rules the library does not enforce. Returns a list of problems (empty = fine).
//
// What adaptivecards 3.0.x itself reports (tried): unknown element / action types (also an action
// put in `body`), invalid enum values ("size": "Huge"), unsupported card versions (> 1.6), duplicate ids,
// too many actions for the host config. What it silently accepts and we add here:
//   - a missing `version`, or a version above what Teams renders (1.5)
//   - property names it does not know (typos such as "wrapp", "titel")
//   - element types / properties newer than the card's declared version
//   - Action.Execute without a verb, or in a card below 1.4
//   - a card bigger than the size budget (28 KB, the conservative Teams limit)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package's ESM build ("lib/") does not load under Node's ESM resolver; the UMD bundle does.
export const AC = require('adaptivecards/dist/adaptivecards.js');
export const acBundlePath = require.resolve('adaptivecards/dist/adaptivecards.min.js');

const here = path.dirname(fileURLToPath(import.meta.url));
export const teamsHostConfigJson = JSON.parse(fs.readFileSync(path.join(here, '..', 'teams-host-config.json'), 'utf8'));

export const TEAMS_MAX_VERSION = '1.5';
export const SIZE_BUDGET_BYTES = 28 * 1024;

// Keys the library parses by hand (collections, fallback) rather than through its property schema,
// and keys that are fine in Teams cards without being part of the object model.
const EXTRA_KEYS = {
  AdaptiveCard: ['$schema', 'msteams', 'refresh', 'authentication', 'metadata', 'body', 'actions'],
  Container: ['items'], Column: ['items'], TableCell: ['items'],
  ColumnSet: ['columns'], ActionSet: ['actions'], TableRow: ['cells'], 'Action.ShowCard': ['card'], RichTextBlock: ['inlines'],
  Table: ['columns', 'rows', 'firstRowAsHeader'], // the schema explorer says firstRowAsHeader, the JS library firstRowAsHeaders
  '*': ['type', 'fallback', 'requires'],
};

// Teams extensions that Teams renders in 1.5 cards although the library dates them later: the people picker
// (Input.ChoiceSet "choices.data" with a Data.Query over one of Teams' own datasets, documented for cards from 1.2 on:
// learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/people-picker). Anything else is a problem.
const PEOPLE_PICKER_DATASETS = ['graph.microsoft.com/users', 'graph.microsoft.com/users?scope=currentContext'];
const TEAMS_EXTENSIONS = {
  'Input.ChoiceSet': {
    'choices.data': (value) => (value?.type === 'Data.Query' && PEOPLE_PICKER_DATASETS.includes(value.dataset)
      ? null
      : `"choices.data" must be a Data.Query over ${PEOPLE_PICKER_DATASETS.join(' or ')} (Teams' people picker)`),
  },
};

const eventName = (n) => AC.ValidationEvent?.[n] ?? String(n);
const versionOf = (s) => { const m = /^(\d+)\.(\d+)$/.exec(String(s ?? '')); return m ? { major: +m[1], minor: +m[2] } : undefined; };
const newer = (a, b) => a.major > b.major || (a.major === b.major && a.minor > b.minor);

function schemaNames(obj) {
  const schema = obj.getSchema();
  const out = new Map();
  for (let i = 0; i < schema.getCount(); i++) {
    const p = schema.getItemAt(i);
    out.set(p.name, p);
  }
  return out;
}

function registrationFor(type) {
  if (type === 'AdaptiveCard') return { objectType: AC.AdaptiveCard, schemaVersion: AC.Versions.v1_0 };
  if (type === 'Column') return { objectType: AC.Column, schemaVersion: AC.Versions.v1_0 };
  return AC.GlobalRegistry.elements.findByName(type) ?? AC.GlobalRegistry.actions.findByName(type);
}

/** Walks the raw JSON: every typed object's keys must be known to the library at the card's version. */
function checkKeys(node, cardVersion, where, problems) {
  if (Array.isArray(node)) { node.forEach((n, i) => checkKeys(n, cardVersion, `${where}[${i}]`, problems)); return; }
  if (!node || typeof node !== 'object') return;
  const type = node.type;
  const reg = typeof type === 'string' ? registrationFor(type) : undefined;
  if (reg) {
    if (cardVersion && reg.schemaVersion && newer(reg.schemaVersion, cardVersion)) {
      problems.push(`${where}: ${type} needs card version ${reg.schemaVersion.toString()}, the card says ${cardVersion.major}.${cardVersion.minor}`);
    }
    const known = schemaNames(new reg.objectType());
    const extra = new Set([...(EXTRA_KEYS[type] ?? []), ...EXTRA_KEYS['*']]);
    for (const key of Object.keys(node)) {
      if (extra.has(key)) continue;
      const teams = TEAMS_EXTENSIONS[type]?.[key];
      if (teams) {
        const problem = teams(node[key]);
        if (problem) problems.push(`${where}: ${problem}`);
        continue;
      }
      const prop = known.get(key);
      if (!prop) problems.push(`${where}: unknown property "${key}" on ${type}`);
      else if (cardVersion && prop.targetVersion && newer(prop.targetVersion, cardVersion)) {
        problems.push(`${where}: property "${key}" on ${type} needs card version ${prop.targetVersion.toString()}`);
      }
    }
    if (type === 'Action.Execute' && !node.verb) problems.push(`${where}: Action.Execute without a verb`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'msteams' || key === 'metadata' || key === 'data') continue; // free-form / Teams extension
    if (value && typeof value === 'object') checkKeys(value, cardVersion, `${where}.${key}`, problems);
  }
}

/** @returns {string[]} problems */
export function checkCard(json, { sizeBudget = SIZE_BUDGET_BYTES } = {}) {
  const problems = [];
  if (!json || json.type !== 'AdaptiveCard') problems.push('top-level "type" must be "AdaptiveCard"');

  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > sizeBudget) problems.push(`card is ${bytes} bytes, over the ${sizeBudget}-byte budget`);

  const version = versionOf(json?.version);
  if (!version) problems.push(`"version" missing or malformed (${JSON.stringify(json?.version)}); Teams wants "1.5"`);
  else if (newer(version, versionOf(TEAMS_MAX_VERSION))) problems.push(`version ${json.version} is above ${TEAMS_MAX_VERSION}, the highest Teams renders`);

  const raw = JSON.stringify(json);
  if (raw.includes('"Action.Execute"') && version && newer(versionOf('1.4'), version)) problems.push('Action.Execute needs card version 1.4 or later');

  // The library: parse errors land in the serialization context, validation errors in validateProperties().
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(teamsHostConfigJson);
  try {
    card.parse(json, context);
  } catch (e) {
    problems.push(`adaptivecards could not parse the card: ${e.message}`);
    return problems;
  }
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`adaptivecards (parse, ${eventName(e.event)}): ${e.message}`);
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    problems.push(`adaptivecards (validate, ${eventName(e.event)}): ${e.message}`);
  }

  checkKeys(json, version, '$', problems);
  return problems;
}
