namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>The plan as its card shows it: asked with "plan", read as JSON text (readable escaping).</summary>
public static class PlanReading
{
    public static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> PlanAsync(this Chat chat, Persona? asker = null) =>
        (await chat.SendAsync(asker ?? Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Relaxed);

    /// <summary>The number on the card's "Open taken (n)"; 0 when it has none.</summary>
    public static async Task<int> OpenTasksAsync(this Chat chat)
    {
        var plan = await chat.PlanAsync();
        var at = plan.IndexOf("Open taken (", StringComparison.Ordinal);
        return at < 0 ? 0 : int.Parse(plan[(at + "Open taken (".Length)..plan.IndexOf(')', at)]);
    }
}
