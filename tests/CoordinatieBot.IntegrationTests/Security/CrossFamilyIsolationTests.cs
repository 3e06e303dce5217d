using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// Several families in two tenants (and a conversation id that exists in both), then every command and every card verb
/// from every place an outsider could use: another family's chat, the same chat id in another tenant, 1:1 chats in
/// both tenants, forged family ids, escalation numbers and tenants. Success = a victim family's rows changed, or a
/// victim's alias or plan text in anything the bot sent or answered. There must be none.
/// </summary>
public class CrossFamilyIsolationTests : BotTestBase
{
    private const string TenantA = "tenant-a";
    private const string TenantB = "tenant-b";
    private const string SharedChatId = "19:shared-id@thread.v2"; // Vlinder's chat in tenant A; an unrelated chat in tenant B

    private static readonly Persona FakeKarin = new("29:karin-b", Persona.Karin.Name, Persona.Karin.AadObjectId); // the pm's Entra id, in another tenant

    /// <summary>One sample per command record; the test fails when a command has none, so a new command is tried too.</summary>
    private static readonly (string Command, string Text, Persona[] Mentions)[] Samples =
    [
        ("StartFamilyCommand", "start gezin Kraai", []),
        ("HelpCommand", "help", []),
        ("UnknownCommand", "blabla zomaar iets", []),
        ("InvalidAliasCommand", "start gezin jan@example.com", []),
        ("SetLevelCommand", "niveau MPG2", []),
        ("WhoIsRegisseurCommand", "wie is regisseur?", []),
        ("TakeRegieCommand", "ik neem de regie", []),
        ("HandOverRegieCommand", "regie overdragen aan @Piet", [Persona.Piet]),
        ("AcceptRegieCommand", "ik accepteer de regie", []),
        ("DeclineRegieCommand", "regie weigeren: te druk", []),
        ("WhoIsWhoCommand", "wie is wie", []),
        ("SetOrganisationCommand", "ik ben van Wijkteam Zuid", []),
        ("SetRoleCommand", "mijn rol: uitvoerder", []),
        ("ShowPlanCommand", "plan", []),
        ("FamilyPlanCommand", "plan voor het gezin", []),
        ("AddGoalCommand", "doel financiën: aanvaldoel", []),
        ("AddFamilyWordsCommand", "eigen woorden bij doel 1: aanvalwoorden", []),
        ("AddStrengthCommand", "kracht: aanvalkracht", []),
        ("AddWorryCommand", "zorg: aanvalzorg", []),
        ("SafetyConcernCommand", "zorg over veiligheid: aanvalveiligheid", []),
        ("PlanDiscussedCommand", "plan besproken met het gezin", []),
        ("RecordConsentCommand", "toestemming: moeder, schriftelijk, voor Wijkteam, doel: afstemming", []),
        ("InvalidConsentCommand", "toestemming: moeder", []),
        ("InvalidDateCommand", "plan besproken met het gezin op 3 december 2030", []),
        ("AddTaskCommand", "taak: ik bel aanvaltaak voor vrijdag", []),
        ("SetProcesmanagerCommand", "procesmanager is @Olga", [Persona.Olga]),
        ("WhoIsProcesmanagerCommand", "wie is procesmanager?", []),
        ("TaskDoneCommand", "klaar met 1", []),
        ("TaskInProgressCommand", "1 bezig", []),
        ("TaskWaitingCommand", "taak 1: wacht op IND tot 1 februari", []),
        ("TaskNotPossibleCommand", "1 lukt niet: aanval", []),
        ("TaskNewDateCommand", "1 nieuwe datum 12 december: aanval", []),
        ("TaskReassignCommand", "taak 1 naar @Piet", [Persona.Piet]),
        ("EscalateTaskCommand", "escaleer taak 1", []),
        ("MyTasksCommand", "mijn taken", []),
        ("HistoryCommand", "geschiedenis", []),
        ("KnelpuntCommand", "knelpunt: aanvalknelpunt", []),
        ("ImpasseCommand", "geen overeenstemming: aanval", []),
        ("DigestCommand", "dagoverzicht aan", []),
        ("EraseFamilyCommand", "gezin wissen: aanval", []),
        ("CloseFamilyCommand", "gezin afsluiten: aanval", []),
        ("ExtendFamilyCommand", "verlengen met 3 maanden: aanval", []),
        ("GoalOutcomeCommand", "doel 1 behaald: aanval", []),
        ("EndAftercareCommand", "nazorg afsluiten", []),
        // Not sure what is meant: offered as buttons, nothing changed; a task said done in words.
        ("WhichMeaningCommand", "@Piet zou je de huisbaas willen bellen?", [Persona.Piet]),
        ("TaskDoneInWordsCommand", "de school is gebeld", []),
        // A form to fill in: it shows the conversation's family only (its sending is a card verb, tried below).
        ("ShowFormCommand", "taak", []),
        ("ThanksCommand", "dank je wel", []),
        ("PlanMeetingCommand", "casusoverleg op 14 januari om 10:00", []),
        ("MoveMeetingCommand", "casusoverleg verzetten naar 20 januari", []),
        ("CancelMeetingCommand", "casusoverleg gaat niet door", []),
        ("RecordDecisionCommand", "besluit: aanvalbesluit", []),
        ("FamilyUnreachableCommand", "niet bereikbaar sinds maandag", []),
        ("FamilyReachedCommand", "gezin weer bereikt", []),
        ("SetFamilyLanguageCommand", "het gezin spreekt Engels", []),
        ("SetCoordinatorCommand", "coördinator is @Olga", [Persona.Olga]),
        ("WhoIsCoordinatorCommand", "wie is coördinator?", []),
        ("RecordAbsenceCommand", "ik ben afwezig tot 1 april, vervanger @Piet", [Persona.Piet]),
        ("EndAbsenceCommand", "ik ben terug", []),
    ];

    private sealed record Victim(string Name, string Id, string[] Secrets);

    [Fact]
    public async Task No_command_or_card_action_reaches_another_family()
    {
        // Every command record has a sample that parses to it, or is what a card button is read into (all verbs are tried below).
        var commandTypes = typeof(Command).Assembly.GetTypes().Where(t => t.IsSealed && t.IsSubclassOf(typeof(Command))).Select(t => t.Name).ToHashSet();
        var cardCommands = CardVerbFields().Select(verb => CardButtons.Read(new IncomingCardAction(
                new ConversationKey(TenantA, SharedChatId, ConversationKind.GroupChat), new Actor(Persona.Piet.Id, Persona.Piet.Name), verb,
                new Dictionary<string, string> { ["familyId"] = "f", ["action"] = "1", ["party"] = "x", ["owner"] = "x", ["regisseur"] = "x" }, null), Language.Dutch).Command)
            .OfType<Command>().Select(c => c.GetType().Name);
        // Made only from a choice the bot offered (an edited message's task update): as if typed in that conversation, so
        // the conversation's family, with the presser's rights (AskInsteadOfGuessingTests, ChatEventsTests).
        var choiceOnly = new Command[] { new Conversation.Tasks.UpdateTaskCommand(1, "x", null, null) }
            .Select(c => Conversation.Asking.Choices.FromData(Conversation.Asking.Choices.ToData(c)!)!.GetType().Name);
        Assert.Empty(commandTypes.Except(Samples.Select(s => s.Command)).Except(cardCommands).Except(choiceOnly));
        var today = DateOnly.FromDateTime(BotApp.Start.Date);
        foreach (var (command, text, mentions) in Samples)
        {
            var people = mentions.Select(m => new MentionedPerson(m.Name, m.Id)).ToList();
            var withTags = mentions.Aggregate(text, (t, m) => t.Replace("@" + m.Name.Split(' ')[0], $"<at>{m.Name}</at>"));
            Assert.Equal(command, CommandParser.Parse(withTags, people, today).Command.GetType().Name);
        }

        // --- the families -------------------------------------------------------------------------------------------
        var vlinderChat = GroupChat(SharedChatId, TenantA);
        await vlinderChat.SayAsync(Persona.Piet, "start gezin Kolibrie");
        await vlinderChat.SayAsync(Persona.Piet, "ik neem de regie");
        await vlinderChat.SayAsync(Persona.Piet, "doel financiën: vlxschulden in kaart");
        await vlinderChat.SayAsync(Persona.Piet, "kracht: vlxkracht moeder");
        await vlinderChat.SayAsync(Persona.Piet, "zorg: vlxzorg huur");
        await vlinderChat.SayAsync(Persona.Piet, "taak: @Ahmed belt vlxcorporatie voor vrijdag", Persona.Ahmed);
        await vlinderChat.SayAsync(Persona.Piet, "taak: ik bel vlxschool voor vrijdag");
        await vlinderChat.SayAsync(Persona.Fatima, "knelpunt: vlxknelpunt school reageert niet");
        var vlinderId = FamilyIdOf((await vlinderChat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null));
        var pmCard = Connector.Calls.Single(c => c.Card is not null && c.Path.StartsWith("/v3/conversations/a:conv-") && Content(c).Contains("vlxknelpunt"));

        var merelChat = GroupChat("19:merel@thread.v2", TenantA);
        await merelChat.SayAsync(Persona.Sanne, "start gezin Merel");
        await merelChat.SayAsync(Persona.Sanne, "ik neem de regie");
        await merelChat.SayAsync(Persona.Sanne, "taak: ik bel mrxggd voor vrijdag");
        var merelId = FamilyIdOf((await merelChat.SendAsync(Persona.Sanne, "plan")).Single(c => c.Card is not null));

        var zwaluwChat = GroupChat("19:zwaluw@thread.v2", TenantB);
        await zwaluwChat.SayAsync(Persona.Olga, "start gezin Zwaluw");
        await zwaluwChat.SayAsync(Persona.Olga, "ik neem de regie");
        await zwaluwChat.SayAsync(Persona.Olga, "taak: ik bel zwxschool voor vrijdag");
        var zwaluwId = FamilyIdOf((await zwaluwChat.SendAsync(Persona.Olga, "plan")).Single(c => c.Card is not null));

        var vlinder = new Victim("Kolibrie", vlinderId, ["Kolibrie", "vlxschulden", "vlxkracht", "vlxzorg", "vlxcorporatie", "vlxschool", "vlxknelpunt"]);
        var merel = new Victim("Merel", merelId, ["Merel", "mrxggd"]);
        var zwaluw = new Victim("Zwaluw", zwaluwId, ["Zwaluw", "zwxschool"]);

        // --- the places an outsider can write from -------------------------------------------------------------------
        var places = new (string Name, Persona Who, Chat Chat, Victim[] Victims)[]
        {
            ("another family's chat, same tenant", Persona.Sanne, merelChat, [vlinder, zwaluw]),
            ("the same chat id in another tenant", Persona.Olga, GroupChat(SharedChatId, TenantB), [vlinder, merel]),
            ("1:1 chat, same tenant", Persona.Sanne, Personal(Persona.Sanne, TenantA), [vlinder, zwaluw]),
            ("1:1 chat, other tenant", Persona.Olga, Personal(Persona.Olga, TenantB), [vlinder, merel]),
            ("a member of Vlinder, from the other tenant", Persona.Piet, Personal(Persona.Piet, TenantB), [vlinder, merel]),
        };

        var tried = 0;
        var refused = 0;
        var failures = new List<string>();

        async Task AttemptAsync(string what, Victim[] victims, Func<Task<string>> attack)
        {
            tried++;
            var before = await StorageSnapshot.TakeAsync(App.Services);
            var calls = Connector.Calls.Count;
            var answer = await attack();
            await App.IdleAsync();
            var after = await StorageSnapshot.TakeAsync(App.Services);
            var sent = string.Join("\n", Connector.Calls.Skip(calls).Select(Content)) + "\n" + answer;
            var problems = new List<string>();
            foreach (var victim in victims)
            {
                var changed = after.DiffFrom(before).Where(k => before.RowsOf(victim.Id).Contains(k) || after.RowsOf(victim.Id).Contains(k)).ToList();
                if (changed.Count > 0) problems.Add($"{victim.Name} changed: {string.Join(", ", changed)}");
                foreach (var secret in victim.Secrets.Where(s => sent.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"{victim.Name} leaked '{secret}'");
            }
            if (problems.Count == 0) refused++;
            else failures.Add($"{what}: {string.Join("; ", problems)}");
        }

        foreach (var (place, who, chat, victims) in places)
        {
            foreach (var (command, text, mentions) in Samples)
                await AttemptAsync($"{command} from {place}", victims, async () => string.Join("\n", (await chat.SendAsync(who, text, mentions)).Select(Content)));
        }

        // Forged tenants: the conversation says one tenant, channelData another.
        foreach (var (command, text, mentions) in Samples)
        {
            await AttemptAsync($"{command} with a forged tenant", [vlinder, merel, zwaluw], async () =>
            {
                var activity = vlinderChat.Message(Persona.Olga, text, $"forged-{Guid.NewGuid():N}", mentions);
                activity["channelData"]!["tenant"]!["id"] = TenantB;
                var response = await vlinderChat.PostAsync(activity);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                return await response.Content.ReadAsStringAsync();
            });
        }
        var commandAttempts = tried;
        var commandRefused = refused;

        // --- every card verb, with forged data, from every place -----------------------------------------------------
        var verbs = CardVerbFields();
        Assert.Contains(CardVerbs.RegieAccept, verbs);
        var cardPlaces = places.Append(("the procesmanager's Entra id, other tenant", FakeKarin, Personal(FakeKarin, TenantB), new[] { vlinder, merel })).ToList();
        foreach (var verb in verbs.Append("esc.unknown").Append("plan.delete"))
        {
            foreach (var (place, who, chat, victims) in cardPlaces)
            {
                foreach (var target in victims)
                {
                    var data = new Dictionary<string, string>
                    {
                        ["familyId"] = target.Id, ["action"] = "1", ["escalation"] = "1", ["party"] = "aanval", ["date"] = "2026-12-11",
                        ["reason"] = "aanval", ["owner"] = who.Id, ["lang"] = "nl", ["until"] = "2027-01-01", ["obstacle"] = "aanval",
                    };
                    await AttemptAsync($"{verb} on {target.Name} from {place}", victims,
                        () => InvokeAsync(chat, who, verb, data));
                }
            }
            // Inside Vlinder's own chat id, but with the tenant forged in channelData.
            await AttemptAsync($"{verb} with a forged tenant", [vlinder, merel, zwaluw], async () =>
            {
                var invoke = vlinderChat.Base("invoke", Persona.Olga, $"forged-inv-{Guid.NewGuid():N}");
                invoke["name"] = "adaptiveCard/action";
                invoke["channelData"]!["tenant"]!["id"] = TenantB;
                invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["familyId"] = vlinderId, ["action"] = "1" } } };
                var response = await vlinderChat.PostAsync(invoke);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                return await response.Content.ReadAsStringAsync();
            });
        }

        // --- what the asker may see ----------------------------------------------------------------------------------
        var ahmedTasks = await Personal(Persona.Ahmed, TenantA).SayAsync(Persona.Ahmed, "mijn taken");
        Assert.Contains("vlxcorporatie", ahmedTasks);
        foreach (var other in new[] { "vlxschool", "mrxggd", "zwxschool", "Merel", "Zwaluw" }) Assert.DoesNotContain(other, ahmedTasks);
        var pm = Content(pmCard);
        Assert.Contains("vlxknelpunt", pm);
        foreach (var notForPm in new[] { "vlxschulden", "vlxkracht", "vlxzorg", "vlxschool", "vlxcorporatie", "Merel", "Zwaluw", "mrxggd" })
            Assert.DoesNotContain(notForPm, pm);

        // The families themselves are still whole: their own members see their own plan.
        Assert.Contains("vlxcorporatie", Content((await vlinderChat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null)));

        SecurityFigures.Report("isolation: every command from outside the family (5 places + forged tenant)", commandAttempts, commandRefused, commandAttempts - commandRefused,
            failures.Count(f => f.Contains("leaked", StringComparison.Ordinal) && !f.Contains(" on ", StringComparison.Ordinal)));
        SecurityFigures.Report("isolation: every card verb with forged family/escalation data", tried - commandAttempts, refused - commandRefused, tried - commandAttempts - (refused - commandRefused),
            failures.Count(f => f.Contains("leaked", StringComparison.Ordinal) && f.Contains(" on ", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(tried, refused);
    }

    private static List<string> CardVerbFields() => typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name is not (nameof(CardVerbs.EscalationPrefix) or nameof(CardVerbs.TaskCard)))
        .Select(f => (string)f.GetRawConstantValue()!).ToList();

    /// <summary>A card button press that may be refused at the HTTP level too: answers status and body.</summary>
    private async Task<string> InvokeAsync(Chat chat, Persona who, string verb, Dictionary<string, string> data)
    {
        var activity = chat.Base("invoke", who, $"inv-{Guid.NewGuid():N}");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-activity-1";
        var dataNode = new JsonObject();
        foreach (var (k, v) in data) dataNode[k] = v;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = dataNode } };
        var response = await chat.PostAsync(activity);
        await App.IdleAsync();
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private static string FamilyIdOf(RecordedCall planCard) => Coordination.RegieTests.FindData(planCard.Card!, "plan.refresh")["familyId"]!.GetValue<string>();

    private static string Content(RecordedCall call) =>
        call.Body?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
