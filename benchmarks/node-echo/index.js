// The canonical Bot Framework SDK echo bot, as in BotBuilder-Samples javascript_nodejs/02.echo-bot:
// restify + botbuilder's CloudAdapter + an ActivityHandler that echoes the text. The only change is the
// configuration: an empty MicrosoftAppId, so the adapter skips inbound auth and sends replies without a
// token to the serviceUrl of the activity (the benchmark's fake connector).
// Usage: PORT=3978 node index.js
const restify = require('restify');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory
} = require('botbuilder');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const replyText = `Echo: ${ context.activity.text }`;
            await context.sendActivity(MessageFactory.text(replyText, replyText));
            await next();
        });
    }
}

const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: ''
});
const adapter = new CloudAdapter(botFrameworkAuthentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${ error }`);
};
const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
const port = Number(process.env.PORT || 3978);
server.listen(port, '127.0.0.1', () => console.log(`node echo bot listening on ${ port }`));
