// Activities as Teams posts them to the bot's /api/messages (the shapes of
// tests/CoordinatieBot.IntegrationTests/Infrastructure/Chat.cs): tenant in conversation.tenantId and
// channelData.tenant.id, the sender's Entra object id in from.aadObjectId, the bot @mentioned in a group chat.
export const BOT = { id: '28:coordinatiebot', name: 'CoordinatieBot' };
let activities = 0;

export class TeamsChat {
  /** endpoint: the bot's /api/messages; connector: from startFakeConnector (its serviceUrl, where replies arrive). */
  constructor({ endpoint, connector, conversationId, tenantId, conversationType = 'groupChat' }) {
    Object.assign(this, { endpoint, connector, conversationId, tenantId, conversationType });
  }

  base(type, from) {
    return {
      type,
      id: `e2e-${type}-${++activities}`,
      timestamp: new Date().toISOString(),
      serviceUrl: this.connector.serviceUrl,
      channelId: 'msteams',
      from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
      recipient: { id: BOT.id, name: BOT.name },
      conversation: { id: this.conversationId, conversationType: this.conversationType, tenantId: this.tenantId, isGroup: this.conversationType !== 'personal' },
      channelData: { tenant: { id: this.tenantId } },
      locale: 'nl-NL',
    };
  }

  async post(activity) {
    const res = await fetch(this.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    if (!res.ok) throw new Error(`POST /api/messages answered ${res.status}: ${await res.text()}`);
  }

  /** The bot and people join the chat, as Teams tells the bot when it is added. */
  async membersAdded(by, people) {
    const activity = this.base('conversationUpdate', by);
    activity.membersAdded = [{ id: BOT.id }, ...people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }))];
    const before = this.connector.calls.length;
    await this.post(activity);
    return before;
  }

  /**
   * Sends a message (the bot @mentioned; `@First` of each person in mentions becomes their mention) and waits for the
   * bot's reply in this chat. Returns that call (body.text, body.attachments, id).
   */
  async say(from, text, mentions = []) {
    const activity = this.base('message', from);
    const entities = [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` }];
    let body = text;
    for (const person of mentions) {
      entities.push({ type: 'mention', mentioned: { id: person.id, name: person.name }, text: `<at>${person.name}</at>` });
      body = body.replace(`@${person.name.split(' ')[0]}`, `<at>${person.name}</at>`);
    }
    activity.text = this.conversationType === 'personal' ? body : `<at>${BOT.name}</at> ${body}`;
    activity.textFormat = 'plain';
    activity.entities = entities;
    const before = this.connector.calls.length;
    await this.post(activity);
    return this.connector.waitFor(
      // A slow answer is preceded by a typing indicator ({ type: 'typing' }): the answer is the message after it.
      (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${this.conversationId}/activities`) && c.body?.type === 'message',
      { from: before, what: `the bot's answer to "${text}"` });
  }
}
