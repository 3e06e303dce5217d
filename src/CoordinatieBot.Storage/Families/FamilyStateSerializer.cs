using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// A family's state as compressed JSON, split over binary properties (Table Storage caps one property at 64 KiB
/// and an entity at 1 MiB; compressed, a family with hundreds of actions fits easily).
/// </summary>
public static class FamilyStateSerializer
{
    private const int ChunkSize = 60 * 1024;
    public const int MaxChunks = 15;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<byte[]> Serialize(FamilyState state)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(gzip, state, Options);
        var bytes = buffer.ToArray();
        var chunks = bytes.Chunk(ChunkSize).ToList();
        if (chunks.Count > MaxChunks)
            throw new InvalidOperationException($"Family state of {bytes.Length} bytes exceeds the entity size limit");
        return chunks;
    }

    public static FamilyState Deserialize(IEnumerable<byte[]> chunks)
    {
        using var compressed = new MemoryStream();
        foreach (var chunk in chunks) compressed.Write(chunk);
        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<FamilyState>(brotli, Options)
               ?? throw new InvalidDataException("Empty family state");
    }
}
