// CoordinatieBot on Azure: one resource group holding
//   Log Analytics + Application Insights, a Storage account with the bot's tables,
//   a Key Vault with the bot's client secret and the storage connection string,
//   a Linux App Service plan + Web App (.NET 10) with a system-assigned identity,
//   and an Azure Bot (single tenant) with the Microsoft Teams channel.
//
// Deploy (see README.md):
//   az deployment group create -g <rg> -f deployment/main.bicep -p deployment/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region of the resources (the bot itself is global).')
param location string = resourceGroup().location

@description('Short name used in every resource name: lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(16)
param baseName string = 'coordinatiebot'

@description('Application (client) ID of the bot\'s Entra app registration (single tenant).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Client secret of that app registration. Goes into Key Vault only.')
@secure()
@minLength(1)
param botAppPassword string

@description('Directory (tenant) ID of the app registration.')
param botTenantId string = tenant().tenantId

@description('Azure Bot pricing tier. Teams is a standard channel: free on F0 and S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Always On needs B1 or higher).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServiceSku string = 'B1'

@description('Number of Web App instances.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Storage:TablePrefix of the bot: put in front of every table name, so several installations can share one account. Letters and digits only; may be empty.')
@maxLength(20)
param tablePrefix string = ''

@description('Tables the bot uses (without the prefix). Created here; the bot also creates missing ones at start-up.')
param tableNames array = [
  'Families'
  'FamilyByConversation'
  'MemberFamilies'
  'ConversationReferences'
  'DueIndex'
  'NudgeClaims'
  'Settings'
  'TeamFamilies'
  'ErasureLog'
  'RegieFamilies'
]

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Key Vault purge protection (cannot be turned off once on). Set false only for throw-away test groups.')
param keyVaultPurgeProtection bool = true

@description('Optional OTLP endpoint (e.g. an OpenTelemetry Collector) for the bot\'s OTLP exporter; empty = not set.')
param otlpEndpoint string = ''

@description('Extra app settings for the bot (for example the procesmanager configuration); they win over the defaults here.')
param additionalAppSettings object = {}

@description('Tags on every resource.')
param tags object = {
  application: 'CoordinatieBot'
}

var suffix = take(uniqueString(subscription().id, resourceGroup().id, baseName), 8)
var namePrefix = '${baseName}-${suffix}'
var webAppName = '${baseName}-${suffix}'
var storageName = take('st${replace(baseName, '-', '')}${suffix}', 24)
var keyVaultName = take('kv-${take(baseName, 10)}-${suffix}', 24)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageName
    tablePrefix: tablePrefix
    tableNames: tableNames
    skuName: storageSku
    tags: tags
  }
}

var appPasswordSecretName = 'MicrosoftAppPassword'
var storageConnectionSecretName = 'StorageConnectionString'

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: keyVaultName
    botAppPassword: botAppPassword
    appPasswordSecretName: appPasswordSecretName
    storageConnectionSecretName: storageConnectionSecretName
    storageAccountName: storage.outputs.name
    enablePurgeProtection: keyVaultPurgeProtection
    tags: tags
  }
}

// Key Vault references without a version: App Service follows secret rotation (within 24 h or on restart).
var botSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  MicrosoftAppType: 'SingleTenant'
  MicrosoftAppId: botAppId
  MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${appPasswordSecretName})'
  MicrosoftAppTenantId: botTenantId
  Storage__ConnectionString: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${storageConnectionSecretName})'
  Storage__TablePrefix: tablePrefix
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
  OTEL_SERVICE_NAME: 'coordinatiebot'
  OTEL_RESOURCE_ATTRIBUTES: 'service.namespace=coordinatiebot,deployment.environment=${baseName}'
}

var otlpSettings = empty(otlpEndpoint)
  ? {}
  : {
      OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf'
    }

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    planName: '${namePrefix}-plan'
    webAppName: webAppName
    skuName: appServiceSku
    instanceCount: instanceCount
    keyVaultName: keyVault.outputs.name
    workspaceId: monitoring.outputs.workspaceId
    appSettings: union(botSettings, otlpSettings, additionalAppSettings)
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot'
    displayName: 'CoordinatieBot'
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    appId: botAppId
    tenantId: botTenantId
    sku: botSku
    appInsightsName: monitoring.outputs.appInsightsName
    tags: tags
  }
}

@description('Host name of the Web App: BOT_DOMAIN for scripts/package-app.')
output botDomain string = web.outputs.defaultHostName

@description('Messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = 'https://${web.outputs.defaultHostName}/api/messages'

output webAppName string = web.outputs.name
output botName string = bot.outputs.name
output keyVaultName string = keyVault.outputs.name
output storageAccountName string = storage.outputs.name
