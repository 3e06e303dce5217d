using System.Collections.Immutable;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

public sealed partial class CoordinationService
{
    /// <summary>Applies a changing command to the loaded family. Pure: no IO, the caller saves.</summary>
    private FamilyChange Apply(Family f, Actor actor, Command command, IReadOnlyList<MentionedPerson> mentions, Moment at, Language l)
    {
        var now = at.Now;
        var today = at.Today;
        switch (command)
        {
            case TakeRegieCommand:
                return Change(f.TakeRegie(actor, now), s => Messages.RegieTaken(l, s));

            case HandOverRegieCommand handOver:
                if (Resolve(f, handOver.To, actor, now, l) is not { } to) return AskWho(handOver.To, l);
                var proposed = f.ProposeHandover(actor, to, handOver.Reason, now);
                return new FamilyChange(proposed, s => new TurnResult
                {
                    Replies = [new TextReply(Messages.HandoverProposed(l, s)), new CardReply(HandoverCard(s, HandoverCardState.Proposed, l))],
                }, ChangesPlan: false);

            case AcceptRegieCommand:
                return Change(f.AcceptHandover(actor, now), s => Messages.HandoverAccepted(l, s));

            case DeclineRegieCommand decline:
                return Change(f.DeclineHandover(actor, decline.Reason, now),
                    s => Messages.HandoverDeclined(l, s, actor.UserId, decline.Reason ?? ""), plan: false);

            case SetOrganisationCommand org:
                var (organisation, reason) = SplitReason(org.Organisation);
                return Change(f.SetOrganisation(actor, organisation, reason, today, now),
                    s => Messages.OrganisationSet(l, actor.Name, organisation));

            case SetRoleCommand role:
                return Change(f.SetRole(actor, role.Role, now), _ => Messages.RoleSet(l, actor.Name, role.Role));

            case SetLevelCommand level:
                return Change(f.SetLevel(actor, level.Level, now), _ => Messages.LevelChanged(l, level.Level));

            case AddGoalCommand goal:
                if (LeefgebiedMatcher.Match(goal.LeefgebiedHint, _options.Leefgebieden) is not { } leefgebied)
                    return FamilyChange.Ask(Messages.UnknownLeefgebied(l, _options.Leefgebieden));
                return Change(f.AddGoal(actor, leefgebied, goal.Text, goal.FamilyWords, now),
                    s => Messages.GoalAdded(l, s.Plan.Goals[^1]));

            case AddFamilyWordsCommand words:
                return Change(f.AddFamilyWords(actor, words.GoalNumber, words.Words, now), _ => Messages.FamilyWordsAdded(l, words.GoalNumber));

            case AddStrengthCommand strength:
                return Change(f.AddStrength(actor, strength.Text, now), _ => Messages.StrengthAdded(l));

            case AddWorryCommand worry:
                return Change(f.AddWorry(actor, worry.Text, now), _ => Messages.WorryAdded(l));

            case PlanDiscussedCommand discussed:
                return Change(f.RecordAgreement(actor, discussed.Kind, discussed.On, discussed.Reason, today, now),
                    s => Messages.AgreementRecorded(l, s.Plan.Agreement));

            case RecordConsentCommand consent:
                var record = new ConsentRecord
                {
                    GivenBy = consent.GivenBy, How = consent.How, Organisations = consent.Organisations.ToImmutableList(),
                    Purpose = consent.Purpose, Until = consent.Until, RecordedAt = now, RecordedBy = actor.UserId,
                };
                return Change(f.RecordConsent(actor, record, today, now), s => Messages.ConsentRecorded(l, s.Consents[^1]));

            case InvalidDateCommand invalid:
                return FamilyChange.Ask(DateQuestion(invalid.Date, l) ?? Messages.DateUnreadable(l));

            case InvalidConsentCommand invalidConsent:
                return FamilyChange.Ask(invalidConsent.Until is { Outcome: not DateOutcome.Ok } badUntil && DateQuestion(badUntil, l) is { } q
                    ? q : Messages.ConsentIncomplete(l));

            case AddTaskCommand task:
                return AddTask(f, actor, task, at, l);

            case TaskDoneCommand done:
                return Change(f.MarkDone(actor, done.Number, now), s => Messages.ActionDone(l, s.FindAction(done.Number)!));

            case TaskInProgressCommand progress:
                return InProgress(f, actor, progress, at, l);

            case TaskWaitingCommand waiting:
                DateOnly? until = null;
                if (waiting.Until is { } untilText)
                {
                    if (DateQuestion(untilText, l) is { } question) return FamilyChange.Ask(question);
                    until = untilText.Date;
                }
                return Waiting(f.MarkWaiting(actor, waiting.Number, waiting.Party, until, today, now), waiting.Number, at, l);

            case TaskNotPossibleCommand notPossible:
                return Change(f.MarkNotPossible(actor, notPossible.Number, notPossible.Reason ?? "", now),
                    s => Messages.ActionNotPossible(l, s.FindAction(notPossible.Number)!));

            case TaskNewDateCommand newDate:
                if (DateQuestion(newDate.Date, l) is { } dateQuestion) return FamilyChange.Ask(dateQuestion);
                return Change(f.Reschedule(actor, newDate.Number, newDate.Date.Date!.Value, newDate.Reason, today, now),
                    s => Messages.ActionRescheduled(l, s.FindAction(newDate.Number)!, today));

            case TaskReassignCommand reassign:
                if (Resolve(f, reassign.To, actor, now, l) is not { } newOwner) return AskWho(reassign.To, l);
                return new FamilyChange(f.Reassign(actor, reassign.Number, newOwner, now), s => ReassignedReply(s, s.FindAction(reassign.Number)!, actor, l));

            case CloseFamilyCommand close:
                var (lapse, closeReason) = OpenActionsLapse(close.Reason);
                var closing = f.Close(actor, closeReason, now, lapse);
                if (closing.Error == DomainError.OpenActionsOnClose) return FamilyChange.Ask(Messages.CloseWithOpenActions(l, f.State));
                return Change(closing, s => Messages.FamilyClosed(l, UserText.Escape(s.Alias)));

            default:
                return FamilyChange.Ask(Messages.NotUnderstood(l) + "\n\n" + Messages.Help(l));
        }
    }

    private FamilyChange AddTask(Family f, Actor actor, AddTaskCommand task, Moment at, Language l)
    {
        var ownerRef = task.Owner ?? new PersonRef.Me();
        if (Resolve(f, ownerRef, actor, at.Now, l) is not { } owner) return AskWho(ownerRef, l);
        if (task.Due is { } due && DateQuestion(due, l) is { } question) return FamilyChange.Ask(question);

        var result = f.AddAction(actor, owner, task.Description, task.Due?.Date, task.Urgent, task.Referral, at.Today, at.Now, out var number);
        return Change(result, s => Messages.ActionAdded(l, s, s.FindAction(number)!, at.Today));
    }

    /// <summary>A date that is unreadable or in the past gets a question back, never a silent guess.</summary>
    private static string? DateQuestion(DateParseResult date, Language l) => date.Outcome switch
    {
        DateOutcome.Ok => null,
        DateOutcome.InPast => Messages.DateInPast(l, date.Date!.Value),
        _ => Messages.DateUnreadable(l),
    };

    /// <summary>The member a command points at. A mentioned person is in this thread, so they become a member.</summary>
    private static string? Resolve(Family f, PersonRef person, Actor actor, DateTimeOffset now, Language l)
    {
        switch (person)
        {
            case PersonRef.Me:
                return actor.UserId;
            case PersonRef.Mentioned m:
                f.EnsureMember(new Actor(m.Person.UserId, m.Person.Name), now, addedByUserId: actor.UserId);
                return m.Person.UserId;
            case PersonRef.Named n:
                var name = n.Name.Trim().TrimStart('@');
                var matches = f.State.Members.Where(x => x.Active && (
                    string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase) ||
                    x.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Equals(name, StringComparison.OrdinalIgnoreCase) == true)).ToList();
                return matches.Count == 1 ? matches[0].UserId : null;
            default:
                return null;
        }
    }

    /// <summary>The thread hears who has the action now, with an @mention so the new owner is notified.</summary>
    private static TurnResult ReassignedReply(FamilyState s, PlanAction a, Actor actor, Language l)
    {
        if (a.OwnerUserId == actor.UserId) return TurnResult.Say(Messages.ActionReassigned(l, s, a));
        var owner = new PersonMention(a.OwnerUserId, s.FindMember(a.OwnerUserId)?.Name ?? "?");
        return new TurnResult { Replies = [TextReply.Mentioning(Messages.ActionReassignedTo(l, a, owner.Placeholder), owner)] };
    }

    /// <summary>"open taken vervallen, reden" when closing: the closer decided the open actions lapse.</summary>
    private static (bool Lapse, string Reason) OpenActionsLapse(string? reason)
    {
        var match = System.Text.RegularExpressions.Regex.Match(reason ?? "",
            @"^\s*(open\s+taken\s+vervallen|open\s+tasks\s+lapse)\s*[:,;.-]?\s*(?<rest>.*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? (true, match.Groups["rest"].Value) : (false, reason ?? "");
    }

    private static FamilyChange AskWho(PersonRef person, Language l) =>
        FamilyChange.Ask(Messages.WhoDoYouMean(l, person is PersonRef.Named n ? n.Name : "?"));

    private static FamilyChange Change(DomainResult result, Func<FamilyState, string> say, bool plan = true) =>
        new(result, s => TurnResult.Say(say(s)), plan);

    /// <summary>"Veilig Thuis, reden: zorg om kindveiligheid" → the organisation and the reason for going outside consent.</summary>
    private static (string Value, string? Reason) SplitReason(string text)
    {
        foreach (var marker in new[] { ", reden:", " reden:", ", reason:", " reason:", ", omdat ", " because " })
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0) return (text[..at].Trim(' ', ','), text[(at + marker.Length)..].Trim());
        }
        return (text.Trim(), null);
    }

    private static HandoverCardView HandoverCard(FamilyState s, HandoverCardState state, Language l)
    {
        var h = s.PendingHandover!;
        return new HandoverCardView(s.Id, s.Alias, s.FindMember(h.FromUserId)?.Name ?? "?", h.ToUserId,
            s.FindMember(h.ToUserId)?.Name ?? "?", h.Reason, state, l);
    }
}
