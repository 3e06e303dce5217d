// Sample parameters. Secrets and ids come from environment variables so nothing real is committed:
//   export MicrosoftAppId=<app (client) id>  MicrosoftAppTenantId=<tenant id>  MicrosoftAppPassword=<client secret>
//   az deployment group create -g <rg> -f deployment/main.bicep -p deployment/main.bicepparam
using './main.bicep'

param baseName = 'coordinatiebot'

// Sample GUIDs: replace via the environment variables (a real app registration is required).
param botAppId = readEnvironmentVariable('MicrosoftAppId', '00000000-0000-0000-0000-000000000000')
param botTenantId = readEnvironmentVariable('MicrosoftAppTenantId', '00000000-0000-0000-0000-000000000000')
param botAppPassword = readEnvironmentVariable('MicrosoftAppPassword') // required: no default

param botSku = 'F0'
param appServiceSku = 'B1'
param instanceCount = 1
param tablePrefix = ''
param storageSku = 'Standard_LRS'
param keyVaultPurgeProtection = true

// Settings the bot reads besides the ones main.bicep sets, e.g. the procesmanager (see README.md).
param additionalAppSettings = {}
