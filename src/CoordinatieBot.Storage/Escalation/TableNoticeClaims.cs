using Azure;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>Claims in the family's partition: insert-if-absent to claim, If-Match to take over an expired claim.</summary>
public sealed class TableNoticeClaims(TableSet tables) : INoticeClaims
{
    private TableClient Table => tables[TableNames.NoticeClaims];

    public Task<NoticeClaim> TryClaimAsync(string familyId, string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = new TableEntity(familyId, key) { ["Owner"] = owner, ["ClaimedAt"] = now, ["Sent"] = false };
            try
            {
                var added = await Table.AddEntityAsync(row, ct);
                return new NoticeClaim(ClaimOutcome.Claimed, familyId, key, added.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            var existing = await Table.GetEntityAsync<TableEntity>(familyId, key, cancellationToken: ct);
            if (existing.Value.GetBoolean("Sent") == true) return new NoticeClaim(ClaimOutcome.AlreadySent, familyId, key, null);
            if (existing.Value.GetDateTimeOffset("ClaimedAt") is { } claimedAt && now - claimedAt < lease)
                return new NoticeClaim(ClaimOutcome.HeldElsewhere, familyId, key, null);

            // The claimer died before it finished: take the claim over, unless another host just did.
            try
            {
                var taken = await Table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, ct);
                return new NoticeClaim(ClaimOutcome.Claimed, familyId, key, taken.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return new NoticeClaim(ClaimOutcome.HeldElsewhere, familyId, key, null);
            }
        }, "claim notice");

    public Task MarkSentAsync(NoticeClaim claim, DateTimeOffset now, CancellationToken ct) =>
        StorageErrors.Guard(() => Table.UpdateEntityAsync(new TableEntity(claim.FamilyId, claim.Key) { ["Sent"] = true, ["SentAt"] = now },
            ETag.All, TableUpdateMode.Merge, ct), "mark notice sent");
}
