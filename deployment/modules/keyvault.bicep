// Key Vault (RBAC mode) holding the bot's client secret and the storage connection string.
// The Web App reads both through Key Vault references with its system-assigned identity.

@description('Azure region.')
param location string

@description('Globally unique Key Vault name: 3-24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param name string

@description('Client secret of the bot\'s Entra app registration.')
@secure()
param botAppPassword string

@description('Secret name for the bot\'s client secret.')
param appPasswordSecretName string = 'MicrosoftAppPassword'

@description('Secret name for the storage connection string.')
param storageConnectionSecretName string = 'StorageConnectionString'

@description('Name of the storage account whose connection string is stored as a secret.')
param storageAccountName string

@description('Purge protection cannot be turned off again; keep it on outside throw-away test groups.')
param enablePurgeProtection bool = true

param tags object = {}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: appPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'Entra client secret of the bot app registration'
  }
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: storageConnectionSecretName
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    contentType: 'Azure Storage connection string'
  }
}

output name string = vault.name
output id string = vault.id
output vaultUri string = vault.properties.vaultUri
