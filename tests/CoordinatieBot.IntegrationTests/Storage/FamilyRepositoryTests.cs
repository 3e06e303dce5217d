using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.IntegrationTests.Storage;

public class FamilyRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Piet = Persona.Piet.Actor;
    private readonly TableSet _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = TestStorage.ConnectionString,
        TablePrefix = TestStorage.NewPrefix(),
    }));
    private TableFamilyRepository _repository = null!;

    public async Task InitializeAsync()
    {
        await _tables.CreateAllAsync(CancellationToken.None);
        // No read cache here: these tests are about what storage really holds.
        _repository = new TableFamilyRepository(_tables, new CoordinatieBot.Storage.Escalation.TableDueIndex(_tables),
            new FamilyCache(Options.Create(new StorageOptions { ReadCacheTtl = TimeSpan.Zero })));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_family_round_trips_with_its_history()
    {
        var family = Family.Start("f1", "Vlinder", "tenant-a", "19:conv", Piet, Now);
        family.TakeRegie(Piet, Now);
        family.AddAction(Piet, Piet.UserId, "bel school", new DateOnly(2026, 12, 4), true, new DateOnly(2026, 11, 28), Now, out _);
        Assert.True(await _repository.CreateAsync(family, AppliedTurns.None, default));

        var loaded = await _repository.FindByConversationAsync("tenant-a", "19:conv", default);
        Assert.NotNull(loaded);
        Assert.Equal(family.State with { }, loaded.Family.State, new StateComparer());
        var history = await _repository.RecentHistoryAsync("f1", 10, default);
        Assert.Equal(family.Changes.Count, history.Count);
        Assert.Equal(HistoryKind.ActionAdded, history[0].Kind); // newest first
    }

    [Fact]
    public async Task The_same_conversation_in_another_tenant_finds_nothing()
    {
        var family = Family.Start("f2", "Vlinder", "tenant-a", "19:shared-id", Piet, Now);
        await _repository.CreateAsync(family, AppliedTurns.None, default);
        Assert.Null(await _repository.FindByConversationAsync("tenant-b", "19:shared-id", default));
    }

    [Fact]
    public async Task A_second_family_in_one_conversation_is_refused()
    {
        Assert.True(await _repository.CreateAsync(Family.Start("f3", "Een", "t", "19:c3", Piet, Now), AppliedTurns.None, default));
        Assert.False(await _repository.CreateAsync(Family.Start("f4", "Twee", "t", "19:c3", Piet, Now), AppliedTurns.None, default));
        Assert.Equal("Een", (await _repository.FindByConversationAsync("t", "19:c3", default))!.Family.State.Alias);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_writes_nothing()
    {
        await _repository.CreateAsync(Family.Start("f5", "Vlinder", "t", "19:c5", Piet, Now), AppliedTurns.None, default);
        var first = (await _repository.GetAsync("f5", default))!;
        var second = (await _repository.GetAsync("f5", default))!;

        first.Family.AddStrength(Piet, "veerkrachtig", Now);
        await _repository.SaveAsync(first.Family, first.Version, first.Applied, default);

        second.Family.AddWorry(Piet, "huurachterstand", Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _repository.SaveAsync(second.Family, second.Version, second.Applied, default));

        var stored = (await _repository.GetAsync("f5", default))!.Family.State;
        Assert.Single(stored.Plan.Strengths);
        Assert.Empty(stored.Plan.Worries);
        var history = await _repository.RecentHistoryAsync("f5", 50, default);
        Assert.DoesNotContain(history, h => h.Kind == HistoryKind.WorryAdded); // no half-written change
    }

    [Fact]
    public async Task Members_index_finds_the_families_of_a_person()
    {
        var a = Family.Start("f6", "A", "t", "19:c6", Piet, Now);
        var b = Family.Start("f7", "B", "t", "19:c7", new Actor("29:other", "Other"), Now);
        b.EnsureMember(Piet, Now);
        await _repository.CreateAsync(a, AppliedTurns.None, default);
        await _repository.CreateAsync(b, AppliedTurns.None, default);
        Assert.Equal(["f6", "f7"], (await _repository.FamilyIdsOfMemberAsync("t", Piet.UserId, default)).Order());
        Assert.Empty(await _repository.FamilyIdsOfMemberAsync("other-tenant", Piet.UserId, default));
    }

    [Fact]
    public async Task A_large_plan_still_fits_in_one_entity()
    {
        var family = Family.Start("f8", "Groot", "t", "19:c8", Piet, Now);
        for (var i = 0; i < 400; i++)
            family.AddAction(Piet, Piet.UserId, $"actie {i} met een redelijk lange omschrijving van wat er moet gebeuren", null, false, new DateOnly(2026, 11, 28), Now, out _);
        await _repository.CreateAsync(family, AppliedTurns.None, default);
        Assert.Equal(400, (await _repository.GetAsync("f8", default))!.Family.State.Actions.Count);
    }

    [Fact]
    public async Task The_applied_activities_with_long_replies_in_any_script_still_fit_and_the_newest_keep_theirs()
    {
        // Non-ASCII and mention tags grow several times under JSON escaping: the property must still fit.
        var reply = string.Concat(Enumerable.Repeat("Taak één voor <at>Ümit</at> 👍 ", 140))[..3_990];
        // Built whole, past the budget With keeps: the storage edge is the last guard.
        var applied = new AppliedTurns(Enumerable.Range(0, AppliedTurns.MaxKept).Reverse()
            .Select(n => new AppliedTurn($"activity-{n}", $"delivery-{n}", [reply, reply], Now)).ToList());
        var family = Family.Start("f10", "Lang", "t", "19:c10", Piet, Now);
        await _repository.CreateAsync(family, applied, default);

        var loaded = (await _repository.GetAsync("f10", default))!;
        Assert.Equal(AppliedTurns.MaxKept, loaded.Applied.NewestFirst.Count);
        Assert.Equal([reply, reply], loaded.Applied.Find($"activity-{AppliedTurns.MaxKept - 1}")!.Replies);
        Assert.Empty(loaded.Applied.Find("activity-0")!.Replies);
    }

    [Fact]
    public async Task With_the_read_cache_a_stale_save_is_still_refused_and_the_next_read_sees_storage()
    {
        var cache = new FamilyCache(Options.Create(new StorageOptions { ReadCacheTtl = TimeSpan.FromMinutes(5) }));
        var thisHost = new TableFamilyRepository(_tables, new CoordinatieBot.Storage.Escalation.TableDueIndex(_tables), cache);
        await thisHost.CreateAsync(Family.Start("f9", "Vlinder", "t", "19:c9", Piet, Now), AppliedTurns.None, default);
        var cached = (await thisHost.GetAsync("f9", default))!;

        // Another host changes the family; this host still has the old state cached.
        var other = (await _repository.GetAsync("f9", default))!;
        other.Family.AddStrength(Piet, "van de andere host", Now);
        await _repository.SaveAsync(other.Family, other.Version, other.Applied, default);

        cached.Family.AddWorry(Piet, "van deze host", Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => thisHost.SaveAsync(cached.Family, cached.Version, cached.Applied, default));
        var reread = (await thisHost.GetAsync("f9", default))!.Family.State;
        Assert.Equal(["van de andere host"], reread.Plan.Strengths);
        Assert.Empty(reread.Plan.Worries);
    }

    [Fact]
    public async Task For_a_change_this_hosts_copy_is_taken_unchecked_and_a_stale_copy_still_cannot_be_saved()
    {
        var cache = new FamilyCache(Options.Create(new StorageOptions { ReadCacheTtl = TimeSpan.FromMinutes(5) }));
        var thisHost = new TableFamilyRepository(_tables, new CoordinatieBot.Storage.Escalation.TableDueIndex(_tables), cache);
        await thisHost.CreateAsync(Family.Start("f11", "Mus", "t", "19:c11", Piet, Now), AppliedTurns.None, default);
        Assert.False((await thisHost.GetAsync("f11", default))!.Unchecked);

        var other = (await _repository.GetAsync("f11", default))!;
        other.Family.AddStrength(Piet, "van de andere host", Now);
        await _repository.SaveAsync(other.Family, other.Version, other.Applied, default);

        var copy = (await thisHost.GetAsync("f11", default, Freshness.ForChange))!;
        Assert.True(copy.Unchecked);
        Assert.Empty(copy.Family.State.Plan.Strengths);
        copy.Family.AddWorry(Piet, "van deze host", Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => thisHost.SaveAsync(copy.Family, copy.Version, copy.Applied, default));
        var again = (await thisHost.GetAsync("f11", default, Freshness.ForChange))!;
        Assert.False(again.Unchecked);
        Assert.Equal(["van de andere host"], again.Family.State.Plan.Strengths);
    }

    [Fact]
    public async Task The_living_cards_place_is_carried_on_by_every_save_also_from_a_host_that_did_not_set_it()
    {
        var cacheA = new FamilyCache(Options.Create(new StorageOptions { ReadCacheTtl = TimeSpan.FromMinutes(5) }));
        var hostA = new TableFamilyRepository(_tables, new CoordinatieBot.Storage.Escalation.TableDueIndex(_tables), cacheA);
        var cardsA = new TableLivingCardStore(_tables, cacheA);
        await hostA.CreateAsync(Family.Start("f12", "Gaai", "t", "19:c12", Piet, Now), AppliedTurns.None, default);
        Assert.Null(await cardsA.GetAsync("f12", default));
        await cardsA.SetAsync("f12", new LivingCard("19:c12", "card-1"), default);

        // Host B knew the family before the card was posted: its save fails, and the one on the fresh read keeps the card.
        var copyB = (await _repository.GetAsync("f12", default))!;
        var loaded = (await hostA.GetAsync("f12", default))!;
        loaded.Family.AddStrength(Piet, "na de kaart", Now);
        await hostA.SaveAsync(loaded.Family, loaded.Version, loaded.Applied, default);
        copyB = (await _repository.GetAsync("f12", default))!;
        copyB.Family.AddStrength(Piet, "van host B", Now);
        await _repository.SaveAsync(copyB.Family, copyB.Version, copyB.Applied, default);

        var fresh = new TableLivingCardStore(_tables, new FamilyCache(Options.Create(new StorageOptions())));
        Assert.Equal(new LivingCard("19:c12", "card-1"), await fresh.GetAsync("f12", default));
    }

    [Fact]
    public async Task A_family_saved_before_the_card_moved_to_its_state_row_keeps_its_card()
    {
        await _repository.CreateAsync(Family.Start("f13", "Kraai", "t", "19:c13", Piet, Now), AppliedTurns.None, default);
        // As rows were before: no card columns on the state row, the place in a row of its own.
        var families = _tables[TableNames.Families];
        var row = (await families.GetEntityAsync<Azure.Data.Tables.TableEntity>("f13", "state")).Value;
        foreach (var column in new[] { "CardInState", "CardConversation", "CardActivity" }) row.Remove(column);
        await families.UpdateEntityAsync(row, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);
        await families.AddEntityAsync(new Azure.Data.Tables.TableEntity("f13", "card") { ["ConversationId"] = "19:c13", ["ActivityId"] = "old-card" });

        var cards = new TableLivingCardStore(_tables, new FamilyCache(Options.Create(new StorageOptions())));
        Assert.Equal("old-card", (await cards.GetAsync("f13", default))?.ActivityId);
        var loaded = (await new TableFamilyRepository(_tables, new CoordinatieBot.Storage.Escalation.TableDueIndex(_tables),
            new FamilyCache(Options.Create(new StorageOptions()))).GetAsync("f13", default))!;
        loaded.Family.AddStrength(Piet, "een sterkte", Now);
        await _repository.SaveAsync(loaded.Family, loaded.Version, loaded.Applied, default);

        await families.DeleteEntityAsync("f13", "card");
        var afterSave = new TableLivingCardStore(_tables, new FamilyCache(Options.Create(new StorageOptions())));
        Assert.Equal("old-card", (await afterSave.GetAsync("f13", default))?.ActivityId);
    }

    private sealed class StateComparer : IEqualityComparer<FamilyState>
    {
        public bool Equals(FamilyState? x, FamilyState? y) =>
            x is not null && y is not null &&
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(FamilyState obj) => 0;
    }
}
