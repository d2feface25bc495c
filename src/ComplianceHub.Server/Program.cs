using ComplianceHub.Server.Access;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Brands;
using ComplianceHub.Server.Compliance;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Evidence;
using ComplianceHub.Server.Health;
using ComplianceHub.Server.Hosting;
using ComplianceHub.Server.Incidents;
using ComplianceHub.Server.Jurisdictions;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.People;
using ComplianceHub.Server.Reports;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddComplianceHubSilo();
builder.AddComplianceHubAuth();
builder.AddComplianceHubHttp();
builder.Services.AddComplianceHubHealth();
builder.Services.AddEvidenceApi();
builder.Services.AddLabelsApi(builder.Configuration);
builder.Services.AddComplianceRules(builder.Configuration);
builder.Services.AddReportsApi();
builder.Services.AddJurisdictionsApi(builder.Configuration);
builder.Services.AddDemoSeeding(builder.Configuration);

var app = builder.Build();
app.UseComplianceHubHttp();
app.MapHealthApi();
app.MapDevTokenApi();
app.MapEnterprisesApi();
app.MapEvidenceApi();
app.MapLabelsApi();
app.MapPeopleApi();
app.MapAccessLogsApi();
app.MapIncidentsApi();
app.MapFindingsApi();
app.MapReportsApi();
app.MapSelfAssessmentApi();
app.MapJurisdictionsApi();
app.MapBrandsApi();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.Run();

/// <summary>The entry point, public so WebApplicationFactory tests can host it.</summary>
public partial class Program;
