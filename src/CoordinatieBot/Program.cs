using CoordinatieBot.Development;
using CoordinatieBot.Hosting;
using CoordinatieBot.Tabs;
using CoordinatieBot.Teams.Bot;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoordinatieBot();
builder.AddPrivacyAndSafety();
builder.AddTabs();

var app = builder.Build();
app.UseExceptionHandler(); // ProblemDetails, never a stack trace
app.MapBotMessages();
app.MapHealth();
app.MapTabs();
if (app.Environment.IsDevelopment()) app.MapDevEndpoints();

if (app.Configuration.GetValue("Storage:CreateTablesAtStartup", true))
    await app.Services.CreateTablesAsync(app.Lifetime.ApplicationStopping);
app.Run();

/// <summary>For WebApplicationFactory in the integration tests.</summary>
public partial class Program;
