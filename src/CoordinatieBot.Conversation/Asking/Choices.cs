using System.Globalization;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using Keys = CoordinatieBot.Conversation.Coordination.CardVerbs.Keys;

namespace CoordinatieBot.Conversation.Asking;

/// <summary>
/// The meanings the bot can offer as buttons, written into a button's data and read back on a press. Only these
/// commands can come from a choice; what comes back is made as if the presser had typed it, with their rights.
/// </summary>
public static class Choices
{
    private const string Task = "task", Update = "update", Done = "done", Progress = "progress", NotPossible = "notPossible", Reassign = "reassign",
        NewDate = "newDate", Escalate = "escalate", TakeRegie = "takeRegie", AcceptRegie = "acceptRegie", DeclineRegie = "declineRegie",
        HandOver = "handOver", SetProcesmanager = "setProcesmanager", Knelpunt = "knelpunt", Impasse = "impasse", Safety = "safety",
        Digest = "digest", StartFamily = "startFamily", Close = "close", Erase = "erase", Regisseur = "q.regisseur", Plan = "q.plan",
        WhoIsWho = "q.whoIsWho", MyTasks = "q.myTasks", History = "q.history", Procesmanager = "q.procesmanager", Help = "q.help";

    /// <summary>The data that makes <paramref name="command"/> on a press, or null when it cannot be offered.</summary>
    public static Dictionary<string, string>? ToData(Command command)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        void Number(int n) => data[Keys.Number] = n.ToString(CultureInfo.InvariantCulture);
        void Text(string? text)
        {
            if (text is not null) data[Keys.Text] = text;
        }
        void Date(DateParseResult? date)
        {
            if (date is { IsOk: true, Date: { } d }) data[Keys.Date] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        bool Person(PersonRef? person)
        {
            switch (person)
            {
                case PersonRef.Mentioned m:
                    (data[Keys.To], data[Keys.ToName]) = (m.Person.UserId, m.Person.Name);
                    return true;
                case PersonRef.Named n:
                    data[Keys.ToName] = n.Name;
                    return true;
                default:
                    return person is PersonRef.Me;
            }
        }

        string? pick;
        switch (command)
        {
            case AddTaskCommand t:
                pick = Person(t.Owner) || t.Owner is null ? Task : null;
                Text(t.Description);
                Date(t.Due);
                if (t.Urgent) data[Keys.Urgent] = "1";
                break;
            case Tasks.UpdateTaskCommand u:
                pick = u.Owner is null || Person(u.Owner) ? Update : null;
                Number(u.Number);
                Text(u.Description);
                Date(u.Due);
                break;
            case TaskDoneCommand d: pick = Done; Number(d.Number); break;
            case TaskInProgressCommand p: pick = Progress; Number(p.Number); break;
            case TaskNotPossibleCommand n: pick = NotPossible; Number(n.Number); Text(n.Reason); break;
            case TaskReassignCommand r: pick = Person(r.To) ? Reassign : null; Number(r.Number); break;
            case TaskNewDateCommand m when m.Date.IsOk: pick = NewDate; Number(m.Number); Date(m.Date); Text(m.Reason); break;
            case EscalateTaskCommand e: pick = Escalate; Number(e.Number); break;
            case TakeRegieCommand: pick = TakeRegie; break;
            case AcceptRegieCommand: pick = AcceptRegie; break;
            case DeclineRegieCommand d: pick = DeclineRegie; Text(d.Reason); break;
            case HandOverRegieCommand h: pick = Person(h.To) ? HandOver : null; Text(h.Reason); break;
            case SetProcesmanagerCommand p: pick = Person(p.To) ? SetProcesmanager : null; break;
            case KnelpuntCommand k: pick = Knelpunt; Text(k.Text); break;
            case ImpasseCommand i: pick = Impasse; Text(i.Text); break;
            case SafetyConcernCommand s: pick = Safety; Text(s.Text); break;
            case DigestCommand d: pick = Digest; data[Keys.On] = d.On ? "1" : "0"; break;
            case StartFamilyCommand s: pick = StartFamily; Text(s.Alias); break;
            case CloseFamilyCommand: pick = Close; break;
            case EraseFamilyCommand: pick = Erase; break;
            case WhoIsRegisseurCommand: pick = Regisseur; break;
            case ShowPlanCommand: pick = Plan; break;
            case WhoIsWhoCommand: pick = WhoIsWho; break;
            case MyTasksCommand: pick = MyTasks; break;
            case HistoryCommand: pick = History; break;
            case WhoIsProcesmanagerCommand: pick = Procesmanager; break;
            case HelpCommand: pick = Help; break;
            default: pick = null; break;
        }
        if (pick is null) return null;
        data[Keys.Pick] = pick;
        return data;
    }

    /// <summary>The command a pressed choice stands for, or null when its data is not one the bot offers.</summary>
    public static Command? FromData(IReadOnlyDictionary<string, string> data)
    {
        string? Get(string key) => data.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var number = int.TryParse(Get(Keys.Number), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
        var text = Get(Keys.Text);
        var date = DateOnly.TryParseExact(Get(Keys.Date) ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? DateParseResult.Ok(d)
            : null;
        PersonRef? person = (Get(Keys.To), Get(Keys.ToName)) switch
        {
            ({ } id, { } name) => new PersonRef.Mentioned(new MentionedPerson(name, id)),
            (null, { } name) => new PersonRef.Named(name),
            _ => null,
        };

        return Get(Keys.Pick) switch
        {
            Task when text is not null => new AddTaskCommand(person ?? new PersonRef.Me(), text, date, Get(Keys.Urgent) == "1"),
            Update when number is { } x && (text ?? (object?)person ?? date) is not null => new Tasks.UpdateTaskCommand(x, text, person, date),
            Done when number is { } x => new TaskDoneCommand(x),
            Progress when number is { } x => new TaskInProgressCommand(x),
            NotPossible when number is { } x => new TaskNotPossibleCommand(x, text),
            Reassign when number is { } x && person is not null => new TaskReassignCommand(x, person),
            NewDate when number is { } x && date is not null => new TaskNewDateCommand(x, date, text),
            Escalate when number is { } x => new EscalateTaskCommand(x),
            TakeRegie => new TakeRegieCommand(),
            AcceptRegie => new AcceptRegieCommand(),
            DeclineRegie => new DeclineRegieCommand(text),
            HandOver when person is not null => new HandOverRegieCommand(person, text),
            SetProcesmanager when person is not null => new SetProcesmanagerCommand(person),
            Knelpunt when text is not null => new KnelpuntCommand(text),
            Impasse when text is not null => new ImpasseCommand(text),
            Safety when text is not null => new SafetyConcernCommand(text),
            Digest => new DigestCommand(Get(Keys.On) == "1"),
            StartFamily when text is not null => new StartFamilyCommand(text),
            Close => new CloseFamilyCommand(null),
            Erase => new EraseFamilyCommand(false, null),
            Regisseur => new WhoIsRegisseurCommand(),
            Plan => new ShowPlanCommand(),
            WhoIsWho => new WhoIsWhoCommand(),
            MyTasks => new MyTasksCommand(),
            History => new HistoryCommand(),
            Procesmanager => new WhoIsProcesmanagerCommand(),
            Help => new HelpCommand(),
            _ => null,
        };
    }

    /// <summary>
    /// While a pressed choice is made: the offer, not the press, is what the family records, so a second press of the
    /// same offer (or by someone who saw the card before it changed) finds it applied and changes nothing.
    /// </summary>
    public static IDisposable Once(string askId)
    {
        var key = "choice:" + askId;
        return TurnIdentity.Begin(TurnIdentity.Current is { } current ? current with { ActivityId = key } : new TurnIdentity(key, null, false));
    }
}
