// Azure Bot resource (single-tenant Entra app) with the Microsoft Teams channel.

@description('Globally unique bot handle.')
@minLength(2)
@maxLength(64)
param name string

@description('Display name shown in the Azure portal.')
param displayName string

@description('Messaging endpoint: https://<web app host>/api/messages.')
param endpoint string

@description('Application (client) ID of the bot\'s Entra app registration.')
param appId string

@description('Directory (tenant) ID of that app registration.')
param tenantId string

@description('F0 is free (standard channels such as Teams are free on both); S1 adds premium channels and an SLA.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

@description('Application Insights for the bot service\'s own analytics (optional).')
param appInsightsName string = ''

param tags object = {}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = if (!empty(appInsightsName)) {
  name: appInsightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'SingleTenant'
    msaAppId: appId
    msaAppTenantId: tenantId
    developerAppInsightKey: empty(appInsightsName) ? null : appInsights!.properties.InstrumentationKey
    disableLocalAuth: false
    schemaTransformationVersion: '1.3'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
