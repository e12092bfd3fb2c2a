import type { CuratedField, CuratedResource } from './types';

const listSwitch = (what: string): CuratedField => ({
	displayName: 'List Only',
	description: `Whether to return the current ${what} instead of saving`,
	default: false,
});

const retentionDays = (what: string, range: string): CuratedField => ({
	displayName: 'Retention (Days)',
	description: `How many days to keep ${what} (${range}); needed unless List Only is on`,
	placeholder: 'e.g. 30',
});

const hexColour = (displayName: string, what: string): CuratedField => ({
	displayName,
	description: `${what} as a hex colour`,
	placeholder: 'e.g. #F77F00',
});

const tenantIdList = (displayName: string, what: string): CuratedField => ({
	displayName,
	description: `${what}: tenant IDs (GUIDs, not domains), AllTenants, or tenant groups as {"type": "Group", "value": ..., "label": ...}`,
});

/** CIPP settings: our words for the instance itself — setup, access, roles, API clients, notifications, backups and branding. */
export const CIPP_SETTINGS: CuratedResource = {
	ExecAPIPermissionList: {
		name: 'Get API Permission List',
		description: 'List every CIPP API endpoint grouped by the permission that guards it',
		fields: {},
	},
	ExecAccessChecks: {
		name: 'Run Access Check',
		description: "Check the SAM app's permissions, the GDAP relationships, or CIPP's access to each tenant; results are cached for an hour",
		fields: {
			Type: {
				displayName: 'Check',
				description: 'Which check to run or read',
				options: {
					Permissions: { name: 'Permissions', description: 'Graph permissions of the CIPP-SAM application' },
					GDAP: { name: 'GDAP', description: 'GDAP relationships and role groups of the partner tenant' },
					Tenants: { name: 'Tenants', description: 'Graph and Exchange access to each tenant; a selected tenant is re-checked' },
				},
			},
			SkipCache: { displayName: 'Skip Cache', description: 'Whether to run the check again instead of using the cached result', default: false },
		},
	},
	ExecAddTenant: {
		name: 'Add Direct Tenant',
		description: 'Add a tenant as a Direct Tenant after its admin consented, or refresh the account of an existing one; GDAP tenants are refused',
		fields: {
			accessToken: {
				displayName: 'Access Token',
				description: "Access token of the customer's admin, used to read the tenant name and domains of a new tenant",
			},
			username: {
				displayName: 'Service Account',
				description: 'User principal name of the account that consented, stored with the tenant',
				placeholder: 'e.g. cipp-service@contoso.com',
			},
		},
	},
	ExecAddTrustedIP: {
		name: 'Set Trusted IP',
		description: 'Mark IP addresses as trusted (or not) for the audit log alerts of a tenant; fails in CIPP 10.8.2, which lacks a helper it calls',
		fields: {
			IP: { displayName: 'IP Addresses', description: 'IP addresses to mark', placeholder: 'e.g. 203.0.113.10' },
			State: {
				displayName: 'State',
				description: 'Trusted addresses are ignored by the audit log alerts',
				options: { Trusted: 'Trusted', NotTrusted: 'Not Trusted' },
			},
		},
	},
	ExecApiClient: {
		name: 'Manage API Client',
		description: 'List, create, update, reset, repair, delete or publish the API clients that may call CIPP; changes take effect after Save to Azure',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					List: { name: 'List', description: 'API clients known to CIPP' },
					ListAvailable: { name: 'List Available Apps', description: 'App registrations that can be added as API client' },
					AddUpdate: { name: 'Create or Update', description: 'Create a client (with a new app registration when only App Name is given) or update one' },
					ResetSecret: { name: 'Reset Secret', description: 'Create a new client secret' },
					RepairUri: { name: 'Repair Identifier URI', description: "Fix the app registration's identifier URI" },
					Delete: { name: 'Delete', description: 'Remove the client, and optionally its app registration' },
					GetAzureConfiguration: { name: 'Get Azure Configuration', description: 'Client IDs currently allowed by the Function App authentication' },
					SaveToAzure: { name: 'Save to Azure', description: 'Publish the enabled clients to the Function App authentication' },
				},
			},
			ClientId: {
				displayName: 'Client ID',
				description: 'Application (client) ID of the API client',
				placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
			},
			AppName: { displayName: 'App Name', description: 'Name of a new app registration to create when no Client ID is given', placeholder: 'e.g. CIPP-API n8n' },
			Role: {
				displayName: 'Role',
				description: 'CIPP role of the client as {value,label}; you can only grant a role within your own permissions',
				placeholder: 'e.g. {"value": "readonly", "label": "readonly"}',
			},
			IpRange: {
				displayName: 'Allowed IP Ranges',
				description: 'IP addresses or CIDR ranges the client may call from, as {value,label} entries; empty allows any',
				placeholder: 'e.g. [{"value": "203.0.113.0/24", "label": "203.0.113.0/24"}]',
			},
			Enabled: { displayName: 'Enabled', description: 'Whether the client may sign in once saved to Azure', default: true },
			MCPAllowed: {
				displayName: 'MCP Access',
				description: 'Whether this client becomes the MCP resource app for AI assistants (one per instance)',
				default: false,
			},
			CIPPAPI: {
				displayName: 'Secret Options',
				description: 'JSON object; {"ResetSecret": true} creates a new secret for an existing client',
				placeholder: 'e.g. {"ResetSecret": true}',
			},
			RemoveAppReg: {
				displayName: 'Remove App Registration',
				description: 'Whether to delete the Entra app registration too when it belongs to this CIPP instance',
				default: false,
			},
		},
	},
	ExecAppServiceDomains: {
		name: 'Manage App Service Domain',
		description: 'List, check, bind, secure or remove the custom domains of the App Service that hosts CIPP',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					List: { name: 'List', description: 'Domains bound to the App Service with their certificates' },
					CheckDns: { name: 'Check DNS', description: 'Which DNS records the host name needs and whether they exist' },
					AddBinding: { name: 'Add Binding', description: 'Bind the host name to the App Service' },
					AddCertificate: { name: 'Add Certificate', description: 'Issue a free managed certificate and enable SNI SSL' },
					Remove: { name: 'Remove', description: 'Remove the binding and its managed certificate' },
				},
			},
			Hostname: { displayName: 'Host Name', description: 'Custom host name to act on', placeholder: 'e.g. cipp.contoso.com' },
		},
	},
	ExecBackendURLs: {
		name: 'Get Backend URLs',
		description: 'Azure portal links to the resources behind this CIPP instance, with its subscription, SKU and time zone',
		fields: {},
	},
	ExecBackupReplicationConfig: {
		name: 'Set Backup Replication',
		description: 'Copy CIPP or tenant backups to your own Azure Blob container through a SAS URL, or show the current setting',
		fields: {
			List: listSwitch('replication settings'),
			BackupType: {
				displayName: 'Backup Type',
				description: 'Which backups to replicate',
				options: { Core: 'CIPP Configuration', Tenant: 'Tenant Backups' },
			},
			Enabled: { displayName: 'Enabled', description: 'Whether replication is on', default: true },
			SASUrl: {
				displayName: 'SAS URL',
				description: 'Blob container URL with a SAS token that allows write and create; it is tested and stored in Key Vault',
				placeholder: 'e.g. https://contosobackup.blob.core.windows.net/cipp?sv=...&sig=...',
			},
		},
	},
	ExecBackupRetentionConfig: {
		name: 'Set Backup Retention',
		description: 'Set how many days CIPP keeps its backups, or show the current setting',
		fields: {
			List: listSwitch('retention'),
			RetentionDays: retentionDays('backups', 'at least 7'),
		},
	},
	ExecBrandingSettings: {
		name: 'Manage Branding',
		description: 'Read or change the colours, logo, cover and footer of CIPP reports, upload images and manage branding presets',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					Get: { name: 'Get', description: 'Current branding settings' },
					Set: { name: 'Update', description: 'Change only the settings given' },
					Reset: { name: 'Reset', description: 'Back to defaults; deletes uploaded images' },
					UploadImage: { name: 'Upload Image', description: 'Add a logo or cover image and select it' },
					DeleteImage: { name: 'Delete Image', description: 'Remove an uploaded image' },
					ListPresets: { name: 'List Presets', description: 'Saved branding presets' },
					SavePreset: { name: 'Save Preset', description: 'Create or overwrite a complete preset' },
					DeletePreset: { name: 'Delete Preset', description: 'Remove a preset' },
				},
			},
			colour: hexColour('Primary Colour', 'Main report colour'),
			secondaryColour: hexColour('Secondary Colour', 'Colour for subheadings and charts; empty uses the primary colour'),
			footerText: { displayName: 'Footer Text', description: 'Text on every report page (up to 200 characters); %variables% are filled in' },
			coverFooterText: { displayName: 'Cover Footer Text', description: 'Confidentiality note on the report cover (up to 200 characters)' },
			watermarkText: { displayName: 'Watermark Text', description: 'Diagonal watermark text (up to 40 characters)', placeholder: 'e.g. DRAFT' },
			showFooter: { displayName: 'Show Footer', description: 'Whether to print the footer text on report pages', default: true },
			showPageNumbers: { displayName: 'Show Page Numbers', description: 'Whether to print page numbers in the footer', default: true },
			watermarkEnabled: { displayName: 'Show Watermark', description: 'Whether to draw the watermark', default: false },
			coverStock: {
				displayName: 'Cover Image',
				description: 'Built-in cover picture, or none',
				options: {
					none: 'None',
					'/reportImages/soc.jpg': 'Security Operations',
					'/reportImages/board.jpg': 'Board Room',
					'/reportImages/glasses.jpg': 'Glasses',
					'/reportImages/working.jpg': 'Working',
					'/reportImages/laptop.jpg': 'Laptop',
					'/reportImages/city.jpg': 'City',
				},
			},
			logoImageId: { displayName: 'Logo Image ID', description: 'Uploaded logo to use; empty removes the logo' },
			coverImageId: { displayName: 'Cover Image ID', description: 'Uploaded cover image to use; empty removes it' },
			logoImageIds: { displayName: 'Logo Gallery', description: 'IDs of the uploaded logos to keep in the gallery' },
			coverImageIds: { displayName: 'Cover Gallery', description: 'IDs of the uploaded cover images to keep in the gallery' },
			reportDefaults: {
				displayName: 'Report Defaults',
				description: 'JSON object mapping report IDs to the preset each report uses by default; replaces the saved map',
				placeholder: 'e.g. {"executiveSummary": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}',
			},
			roleColours: {
				displayName: 'Role Colours',
				description: 'JSON object of colour roles (headings, body, charts...) to hex colours; replaces the saved map',
				placeholder: 'e.g. {"headings": "#003366"}',
			},
			kind: { displayName: 'Image Kind', description: 'Whether the image is a logo or a cover', options: { logo: 'Logo', cover: 'Cover' } },
			data: { displayName: 'Image Data', description: 'The image as a data URL or Base64 text', placeholder: 'e.g. data:image/png;base64,iVBORw0KGgo...' },
			id: { displayName: 'Image or Preset ID', description: 'Image to delete, or preset to overwrite or delete' },
			name: { displayName: 'Preset Name', description: 'Name of the preset (up to 128 characters)', placeholder: 'e.g. Quarterly review' },
		},
	},
	ExecCIPPUsers: {
		name: 'Manage CIPP User',
		description: 'Give a person access to CIPP with roles, change their roles, or remove them; the last manual superadmin is protected',
		fields: {
			Action: { displayName: 'Action', description: 'What to do', options: { AddUpdate: 'Add or Update', Delete: 'Remove' } },
			UPN: { displayName: 'User', description: 'User principal name (email) of the person', placeholder: 'e.g. jane@contoso.com' },
			Roles: {
				displayName: 'Roles',
				description: 'CIPP roles to assign: readonly, editor, admin, superadmin or a custom role; replaces the manual roles',
			},
		},
	},
	ExecCPVPermissions: {
		name: 'Refresh CPV Permissions',
		description: 'Re-consent the CIPP-SAM app in a tenant and apply its default permissions and admin roles',
		fields: {
			ResetSP: { displayName: 'Reset Service Principal', description: 'Whether to reset the service principal during the consent', default: false },
		},
	},
	ExecCippReplacemap: {
		name: 'Manage Custom Variable',
		description: 'List, add, change or delete the custom %variables% of a tenant or of all tenants, or see where a name is used',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					List: { name: 'List', description: 'Variables of the tenant (AllTenants for the global ones)' },
					AddEdit: { name: 'Add or Update', description: 'Save a variable' },
					Delete: { name: 'Delete', description: 'Remove a variable' },
					Usage: { name: 'Usage', description: 'Every variable name with the tenants that define it' },
				},
			},
			RowKey: { displayName: 'Variable Name', description: 'Name of the variable without % signs', placeholder: 'e.g. wallpaperpath' },
			Value: { displayName: 'Value', description: 'Value that replaces %name%; must fit the type', placeholder: 'e.g. https://contoso.com/wallpaper.jpg' },
			Description: { displayName: 'Description', description: 'What the variable is for' },
			VariableType: {
				displayName: 'Type',
				description: 'How the value is written into templates',
				options: {
					string: { name: 'Text', description: 'Inserted as text' },
					integer: { name: 'Whole Number', description: 'Written as a JSON number' },
					boolean: { name: 'True/False', description: 'Written as a JSON boolean' },
					json: { name: 'JSON', description: 'Written as JSON' },
				},
				default: 'string',
			},
			includeGlobal: {
				displayName: 'Include Global Variables',
				description: 'Whether to also list the variables set for all tenants',
				default: false,
			},
		},
	},
	ExecCombinedSetup: {
		name: 'Complete Setup Wizard',
		description: 'Last step of the setup wizard: download baselines, save notification settings and/or store credentials entered by hand',
		fields: {
			selectedOption: {
				displayName: 'Setup Option',
				description: 'Manual stores the application ID, secret and refresh token given below',
				placeholder: 'e.g. Manual',
			},
			applicationId: { displayName: 'Application ID', description: 'Client ID of the CIPP-SAM application' },
			ApplicationSecret: { displayName: 'Application Secret', description: 'Client secret of the CIPP-SAM application' },
			RefreshToken: { displayName: 'Refresh Token', description: 'Refresh token of the partner service account' },
			baselineOption: { displayName: 'Baseline Option', description: 'downloadBaselines schedules the download of the selected baselines', placeholder: 'e.g. downloadBaselines' },
			selectedBaselines: {
				displayName: 'Baselines',
				description: 'Template repositories to download, as {value,label} entries',
				placeholder: 'e.g. [{"value": "CIPP/Baselines", "label": "CIPP Baselines"}]',
			},
			email: { displayName: 'Notification Email', description: 'Addresses for notifications, separated by commas', placeholder: 'e.g. alerts@contoso.com' },
			webhook: { displayName: 'Notification Webhook', description: 'URL that receives notifications', placeholder: 'e.g. https://hooks.contoso.com/cipp' },
			onepertenant: { displayName: 'One Message per Tenant', description: 'Whether to send a separate notification per tenant', default: false },
			logsToInclude: {
				displayName: 'Log Types',
				description: 'Log types to notify about, as {value,label} entries',
				placeholder: 'e.g. [{"value": "Standards", "label": "All Standards"}]',
			},
			sendtoIntegration: { displayName: 'Send to PSA', description: 'Whether to also send notifications to the PSA integration', default: false },
			sev: { displayName: 'Severities', description: 'Log severities to notify about, separated by commas', placeholder: 'e.g. Alert,Critical' },
		},
	},
	ExecContainerManagement: {
		name: 'Manage Container',
		description: 'Status, updates and restart of a CIPP instance running as a container on Azure App Service',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					Status: { name: 'Status', description: 'Running image, version and update settings' },
					ListChannels: { name: 'List Channels', description: 'Release channels and branch builds' },
					CheckUpdate: { name: 'Check for Update', description: 'Compare the running image with the registry' },
					SaveUpdateSettings: { name: 'Save Update Settings', description: 'How often to check and whether to restart automatically' },
					UpdateChannel: { name: 'Change Channel', description: 'Switch the image tag; applied on the next restart' },
					Restart: { name: 'Restart', description: 'Restart the App Service' },
				},
			},
			Channel: { displayName: 'Channel', description: 'latest, dev, nightly, or a branch build tag', placeholder: 'e.g. latest' },
			AutoUpdate: { displayName: 'Restart Automatically', description: 'Whether to restart on its own when an update is found', default: false },
			CheckInterval: {
				displayName: 'Check Interval',
				description: 'How often to check for updates',
				options: { '0': 'Never', '1h': 'Every Hour', '4h': 'Every 4 Hours', '12h': 'Every 12 Hours', '1d': 'Every Day' },
				default: '0',
			},
			CheckTime: { displayName: 'Check Hour', description: 'Hour of the day (0-23) for the check; empty for no fixed hour', placeholder: 'e.g. 3' },
		},
	},
	ExecCreateDefaultGroups: {
		name: 'Create Default Tenant Groups',
		description: 'Add the built-in dynamic tenant groups (licence capability, GDAP and direct tenants); existing ones are skipped',
		fields: {},
	},
	ExecCreateSAMApp: {
		name: 'Create SAM App',
		description: 'Create or update the CIPP-SAM app registration with an admin token from the setup wizard and store its credentials',
		fields: {
			access_token: { displayName: 'Access Token', description: 'Delegated Graph access token of a partner tenant admin' },
		},
	},
	ExecCustomData: {
		name: 'Manage Custom Data',
		description: 'Manage schema and directory extensions for custom data, and the mappings that fill them from reports and integrations',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					ListSchemaExtensions: 'List Schema Extensions',
					AddSchemaExtension: 'Add Schema Extension',
					DeleteSchema: 'Delete Schema Extension',
					AddSchemaProperty: 'Add Schema Property',
					ChangeSchemaState: 'Change Schema State',
					ListDirectoryExtensions: 'List Directory Extensions',
					AddDirectoryExtension: 'Add Directory Extension',
					DeleteDirectoryExtension: 'Delete Directory Extension',
					ListAvailableAttributes: 'List Available Attributes',
					ListMappings: 'List Mappings',
					AddEditMapping: 'Add or Update Mapping',
					DeleteMapping: 'Delete Mapping',
					GetMapping: 'Get Mapping',
				},
			},
			id: {
				displayName: 'ID',
				description: 'Schema extension, directory extension or mapping ID; Get Mapping needs it in the query, which this field does not send',
			},
			schemaExtension: {
				displayName: 'Schema Extension',
				description: 'Graph schema extension definition as JSON',
				placeholder: 'e.g. {"id": "contosoCustomData", "description": "...", "targetTypes": ["User"], "properties": [{"name": "costCenter", "type": "String"}]}',
			},
			name: { displayName: 'Name', description: 'Property or directory extension name', placeholder: 'e.g. costCenter' },
			type: {
				displayName: 'Property Type',
				description: 'Type of the new schema property',
				options: { String: 'Text', Integer: 'Integer', Boolean: 'Boolean', DateTime: 'Date and Time', Binary: 'Binary' },
			},
			status: {
				displayName: 'Status',
				description: 'New state of the schema extension',
				options: { InDevelopment: 'In Development', Available: 'Available', Deprecated: 'Deprecated' },
			},
			dataType: {
				displayName: 'Data Type',
				description: 'Type of the directory extension',
				options: {
					String: 'Text',
					Integer: 'Integer',
					LargeInteger: 'Large Integer',
					Boolean: 'Boolean',
					DateTime: 'Date and Time',
					Binary: 'Binary',
				},
			},
			targetObjects: { displayName: 'Target Objects', description: 'Directory object types that get the extension, e.g. User, Group, Device' },
			isMultiValued: { displayName: 'Multi-Valued', description: 'Whether the extension holds several values', default: false },
			targetObject: { displayName: 'Target Object', description: 'Object type whose attributes to list; All lists every type', placeholder: 'e.g. User' },
			Mapping: {
				displayName: 'Mapping',
				description:
					'JSON object with {value,label} members tenantFilter, sourceType (reportingDb or extensionSync), directoryObjectType, customDataAttribute and the dataset or property',
			},
		},
	},
	ExecCustomRole: {
		name: 'Manage Custom Role',
		description: 'Create, update, clone or delete CIPP roles with their permissions, tenants, blocked endpoints, IP ranges and Entra group',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do; empty lists the roles',
				options: {
					AddUpdate: { name: 'Create or Update', description: 'Save the role, replacing its settings' },
					Clone: { name: 'Clone', description: 'Copy a custom role under a new name' },
					Delete: { name: 'Delete', description: 'Remove the role' },
					ListEntraGroups: { name: 'List Entra Groups', description: 'Security groups of the partner tenant' },
				},
			},
			RoleName: { displayName: 'Role Name', description: 'Name of the role (stored in lower case)', placeholder: 'e.g. helpdesk' },
			Permissions: {
				displayName: 'Permissions',
				description: 'JSON object mapping each permission area to the granted level',
				placeholder: 'e.g. {"CIPP.Core": "CIPP.Core.Read", "Identity.User": "Identity.User.ReadWrite"}',
			},
			AllowedTenants: tenantIdList('Allowed Tenants', 'Tenants the role may work on'),
			BlockedTenants: tenantIdList('Blocked Tenants', 'Tenants the role may not work on'),
			BlockedEndpoints: { displayName: 'Blocked Endpoints', description: 'API endpoint names the role may not call', placeholder: 'e.g. ExecOffboardUser' },
			IpRange: {
				displayName: 'Allowed IP Ranges',
				description: 'IP addresses or CIDR ranges users of the role may sign in from; empty allows any (not for superadmin)',
				placeholder: 'e.g. 203.0.113.0/24',
			},
			EntraGroup: {
				displayName: 'Entra Group',
				description: 'Security group whose members get this role, as {value,label}; empty removes the link',
				placeholder: 'e.g. {"value": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "label": "CIPP Helpdesk"}',
			},
			NewRoleName: { displayName: 'New Role Name', description: 'Name of the copy', placeholder: 'e.g. helpdesk-tier2' },
		},
	},
	ExecDeviceCodeLogon: {
		name: 'Device Code Sign-In',
		description: 'Start a device code sign-in or poll it for tokens, as the setup wizard does',
		fields: {
			operation: {
				displayName: 'Operation',
				description: 'Start a sign-in or check whether it finished',
				options: { getDeviceCode: 'Get Device Code', checkToken: 'Check Token' },
			},
			clientId: { displayName: 'Client ID', description: 'Application ID to sign in to' },
			scope: { displayName: 'Scope', description: 'Scope to request; empty uses Microsoft Graph', placeholder: 'e.g. https://graph.microsoft.com/.default' },
			deviceCode: { displayName: 'Device Code', description: 'device_code returned by Get Device Code' },
		},
	},
	ExecDnsConfig: {
		name: 'Manage DNS Settings',
		description: 'Set the DNS resolver or the DKIM selectors of a domain used by the domain analyser, or remove a domain from it',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					GetConfig: 'Get Settings',
					SetConfig: 'Set Resolver',
					SetDkimConfig: 'Set DKIM Selectors',
					RemoveDomain: 'Remove Domain',
				},
			},
			Resolver: { displayName: 'Resolver', description: 'DNS-over-HTTPS resolver to use', options: { Google: 'Google', Cloudflare: 'Cloudflare' } },
			Domain: { displayName: 'Domain', description: 'Domain in the domain analyser', placeholder: 'e.g. contoso.com' },
			Selector: { displayName: 'DKIM Selectors', description: 'Selectors to check, separated by commas', placeholder: 'e.g. selector1, selector2' },
		},
	},
	ExecExchangeRoleRepair: {
		name: 'Repair Exchange Roles',
		description: 'Restore the Organization Management roles missing in Exchange Online of a tenant; needs RoleManagement.ReadWrite.Exchange',
		fields: {},
	},
	ExecExcludeLicenses: {
		name: 'Manage Excluded Licenses',
		description: 'Exclude licenses from CIPP license views and alerts, or only from alerts, change their dropdown visibility, or restore defaults',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					AddExclusion: { name: 'Exclude', description: 'Hide the license everywhere' },
					AlertOnly: { name: 'Exclude From Alerts Only', description: 'Only leave it out of alerts' },
					SetShowInDropdown: { name: 'Set Dropdown Visibility', description: 'Show or hide an excluded license in license pickers' },
					RemoveExclusion: { name: 'Include Again', description: 'Remove the exclusion' },
					RestoreDefaults: { name: 'Restore Defaults', description: 'Add the default exclusions' },
				},
			},
			GUID: { displayName: 'SKU ID', description: 'SKU ID of the license', placeholder: 'e.g. 3b555118-da6a-4418-894f-7df1e2096870' },
			SKUName: { displayName: 'License Name', description: 'Display name stored with the exclusion', placeholder: 'e.g. Microsoft 365 Business Basic' },
			ShowInDropdown: { displayName: 'Show in Dropdowns', description: 'Whether the excluded license still appears in license pickers', default: false },
			FullReset: {
				displayName: 'Full Reset',
				description: 'Whether to replace the whole list with the defaults instead of only adding missing ones',
				default: false,
			},
		},
	},
	ExecExcludeTenant: {
		name: 'Manage Excluded Tenants',
		description: 'Exclude tenants from CIPP or include them again, or list excluded or all tenants',
		fields: {
			AddExclusion: { displayName: 'Exclude', description: 'Whether to exclude the tenants given in Tenant IDs', default: false },
			RemoveExclusion: { displayName: 'Include Again', description: 'Whether to include the tenants given in Tenant IDs again', default: false },
			List: { displayName: 'List Excluded', description: 'Whether to return the excluded tenants', default: false },
			ListAll: { displayName: 'List All', description: 'Whether to return all tenants with their exclusion state', default: false },
			value: { displayName: 'Tenant IDs', description: 'Tenant IDs (GUIDs) to exclude or include', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
		},
	},
	ExecGDAPTrace: {
		name: 'Trace GDAP Access',
		description: 'Show which of the 15 standard GDAP roles a partner user reaches in a customer tenant, and through which relationship and group',
		fields: {
			UPN: { displayName: 'Partner User', description: 'User principal name or ID of the user in the partner tenant', placeholder: 'e.g. tech@partner.com' },
		},
	},
	ExecJITAdminSettings: {
		name: 'Manage JIT Admin Settings',
		description: 'Read or set the longest duration a JIT admin may be created for',
		fields: {
			Action: { displayName: 'Action', description: 'Read or change the setting', options: { Get: 'Get', Set: 'Set' } },
			MaxDuration: {
				displayName: 'Maximum Duration',
				description: 'ISO 8601 duration as {value,label}; an empty value (or plain text) removes the limit',
				placeholder: 'e.g. {"value": "P1D", "label": "1 day"}',
			},
		},
	},
	ExecListAppId: {
		name: 'Get SAM App Details',
		description: 'Application ID, tenant and redirect URI checks of the CIPP-SAM app, as used by the setup wizard',
		fields: {},
	},
	ExecLogRetentionConfig: {
		name: 'Set Log Retention',
		description: 'Set how many days CIPP keeps its logbook, or show the current setting',
		fields: {
			List: listSwitch('retention'),
			RetentionDays: retentionDays('log entries', '7 to 365'),
		},
	},
	ExecMaintenanceScripts: {
		name: 'Get Maintenance Script',
		description: 'List the maintenance scripts, or get one filled in for this instance (Base64) or as a one-time download link',
		fields: {
			ScriptFile: { displayName: 'Script', description: 'File name of the script; empty lists them', placeholder: 'e.g. Graph-Explorer.ps1' },
			MakeLink: { displayName: 'As Link', description: 'Whether to return a download link instead of the script content', default: false },
		},
	},
	ExecMcp: {
		name: 'Send MCP Request',
		description: "Send one JSON-RPC request to CIPP's Model Context Protocol server (tools/list, tools/call, initialize, ping)",
		fields: {
			method: {
				displayName: 'Method',
				description: 'JSON-RPC method',
				options: { initialize: 'Initialize', ping: 'Ping', 'tools/list': 'List Tools', 'tools/call': 'Call Tool' },
			},
			id: { displayName: 'Request ID', description: 'JSON-RPC request ID echoed in the answer; without it nothing is returned', placeholder: 'e.g. 1' },
			params: {
				displayName: 'Params',
				description: 'JSON-RPC params; for tools/call the tool name and arguments',
				placeholder: 'e.g. {"name": "ListTenants", "arguments": {}}',
			},
			tags: {
				displayName: 'Tool Categories',
				description: 'Only offer tools from these CIPP categories, separated by commas; empty offers every category',
				placeholder: 'e.g. Identity,Exchange',
			},
			tools: {
				displayName: 'Tool Names',
				description: 'Only offer these tools, by endpoint name, separated by commas',
				placeholder: 'e.g. ListUsers,ListGroups',
			},
			first: { displayName: 'Max Tools', description: 'Keep only this many tools of the catalog; 0 or empty keeps all', placeholder: 'e.g. 70' },
		},
	},
	ExecNotificationConfig: {
		name: 'Set Notification Settings',
		description: 'Replace the notification settings (email, webhook, PSA, severities, log types); anything not sent is cleared',
		fields: {
			email: {
				displayName: 'Email Addresses',
				description: 'Addresses that receive notifications, separated by commas',
				placeholder: 'e.g. alerts@contoso.com, noc@contoso.com',
				promote: true,
			},
			webhook: { displayName: 'Webhook URL', description: 'URL that receives notifications as a POST', placeholder: 'e.g. https://hooks.contoso.com/cipp', promote: true },
			webhookAuthType: {
				displayName: 'Webhook Authentication',
				description: 'How CIPP authenticates to the webhook, as {value,label}: None, Bearer, Basic, ApiKey or CustomHeaders',
				placeholder: 'e.g. {"value": "Bearer", "label": "Bearer Token"}',
			},
			webhookAuthToken: { displayName: 'Bearer Token', description: 'Token for Bearer authentication; stored in Key Vault, empty keeps the saved one' },
			webhookAuthUsername: { displayName: 'Basic Username', description: 'User name for Basic authentication' },
			webhookAuthPassword: { displayName: 'Basic Password', description: 'Password for Basic authentication; stored in Key Vault, empty keeps the saved one' },
			webhookAuthHeaderName: { displayName: 'API Key Header', description: 'Header name for ApiKey authentication', placeholder: 'e.g. x-api-key' },
			webhookAuthHeaderValue: { displayName: 'API Key', description: 'Header value for ApiKey authentication; stored in Key Vault, empty keeps the saved one' },
			webhookAuthHeaders: {
				displayName: 'Custom Headers',
				description: 'JSON text of header names and values for CustomHeaders authentication; stored in Key Vault',
				placeholder: 'e.g. {"x-api-key": "abc123", "x-tenant": "contoso"}',
			},
			onePerTenant: { displayName: 'One Message per Tenant', description: 'Whether to send a separate notification per tenant', default: false },
			sendtoIntegration: { displayName: 'Send to PSA', description: 'Whether to also send notifications to the PSA integration', default: false },
			UseStandardizedSchema: {
				displayName: 'Standardized Webhook Schema',
				description: 'Whether webhook payloads use the standardized CIPP schema',
				default: false,
			},
			logsToInclude: {
				displayName: 'Log Types',
				description: 'Log types to notify about, as {value,label} entries (e.g. Standards, Updates, TokensUpdater, AddUser)',
				placeholder: 'e.g. [{"value": "Standards", "label": "All Standards"}]',
			},
			Severity: {
				displayName: 'Severities',
				description: 'Severities to notify about, as {value,label} entries: Alert, Error, Info, Warning, Critical',
				placeholder: 'e.g. [{"value": "Alert", "label": "Alert"}, {"value": "Critical", "label": "Critical"}]',
			},
		},
	},
	ExecOffloadFunctions: {
		name: 'Set Function Offloading',
		description: 'Turn running background work on separate offload function apps on or off, or show the state; not on hosted CIPP',
		fields: {
			Action: { displayName: 'Action', description: 'ListCurrent shows the state and versions instead of saving', placeholder: 'e.g. ListCurrent' },
			OffloadFunctions: { displayName: 'Offload Functions', description: 'Whether to offload background work when saving', default: false },
		},
	},
	ExecPartnerMode: {
		name: 'Set Tenant Mode',
		description: 'Choose whether the partner tenant itself is managed in CIPP, or show the current mode',
		fields: {
			TenantMode: {
				displayName: 'Tenant Mode',
				description: 'How CIPP treats the partner tenant',
				options: {
					default: { name: 'Partner Tenant Hidden', description: 'Manage customer tenants only' },
					PartnerTenantAvailable: { name: 'Partner Tenant Available', description: 'Also list the partner tenant' },
					owntenant: { name: 'Own Tenant Only', description: 'Manage a single tenant without GDAP' },
				},
			},
			action: { displayName: 'Action', description: 'ListCurrent returns the current mode', placeholder: 'e.g. ListCurrent' },
		},
	},
	ExecPasswordConfig: {
		name: 'Set Password Settings',
		description: 'Replace how CIPP generates passwords (classic or passphrase), or show the settings; switches not sent are turned off',
		fields: {
			List: listSwitch('password settings'),
			passwordType: {
				displayName: 'Password Type',
				description: 'Random characters or words',
				options: { Classic: 'Classic', Passphrase: 'Passphrase' },
			},
			charCount: { displayName: 'Length', description: 'Number of characters for Classic (8-256)', default: 14 },
			wordCount: { displayName: 'Words', description: 'Number of words for Passphrase (3-10)', default: 4 },
			includeUppercase: { displayName: 'Uppercase', description: 'Whether Classic passwords contain uppercase letters', default: true },
			includeLowercase: { displayName: 'Lowercase', description: 'Whether Classic passwords contain lowercase letters', default: true },
			includeDigits: { displayName: 'Digits', description: 'Whether Classic passwords contain digits', default: true },
			includeSpecialChars: { displayName: 'Special Characters', description: 'Whether Classic passwords contain special characters', default: true },
			capitalizeWords: { displayName: 'Capitalize Words', description: 'Whether passphrase words start with a capital', default: false },
			appendNumber: { displayName: 'Append Number', description: 'Whether a number is added to the passphrase', default: false },
			appendSpecialChar: { displayName: 'Append Special Character', description: 'Whether a special character is added to the passphrase', default: false },
			specialCharSet: { displayName: 'Special Character Set', description: 'Characters to use, from !@#$%^&*()-_=+/', default: '$%&*#' },
			separator: { displayName: 'Separator', description: 'Text between passphrase words (up to 5 characters, may be empty)', default: '-' },
		},
	},
	ExecPermissionRepair: {
		name: 'Repair SAM Permissions',
		description: 'Add the permissions of the current SAM manifest to the saved CIPP-SAM permission set; run a CPV refresh afterwards',
		fields: {},
	},
	ExecRemoveTenant: {
		name: 'Remove Tenant from CIPP',
		description: "Remove a tenant from CIPP's tenant list; the GDAP relationship is not touched",
		fields: {},
	},
	ExecRestoreBackup: {
		name: 'Restore Backup',
		description: 'Restore a stored CIPP backup by name, optionally only some tables; existing rows are overwritten',
		fields: {
			BackupName: { displayName: 'Backup Name', description: 'Name of the stored backup', placeholder: 'e.g. CippBackup_2025-01-31-0200' },
			SelectedTypes: {
				displayName: 'Tables',
				description: 'Table names (or templates:<type>) to restore; empty restores everything',
				placeholder: 'e.g. Config',
			},
			table: { displayName: 'Table', description: 'Table of a single backup row sent instead of a backup name' },
			PartitionKey: { displayName: 'Partition Key', description: 'Partition key of a single backup row sent instead of a backup name' },
		},
	},
	ExecRunBackup: {
		name: 'Run Backup',
		description: 'Create a backup of the CIPP configuration now and return it',
		fields: {},
	},
	ExecRunTenantGroupRule: {
		name: 'Run Tenant Group Rules',
		description: 'Recalculate the members of a dynamic tenant group, or of all of them, in the background',
		fields: {
			groupId: { displayName: 'Group ID', description: 'ID of the dynamic tenant group, or All', placeholder: 'e.g. All' },
		},
	},
	ExecSAMAppPermissions: {
		name: 'Manage SAM App Permissions',
		description: 'Read, extend or reset the permissions of the CIPP-SAM app; defaults always stay; apply with a CPV refresh',
		fields: {
			Action: { displayName: 'Action', description: 'What to do; empty returns the permissions', options: { Update: 'Update', Reset: 'Reset to Defaults' } },
			Permissions: {
				displayName: 'Permissions',
				description: 'JSON object keyed by resource app ID with applicationPermissions and delegatedPermissions lists of {id, value}',
				placeholder: 'e.g. {"00000003-0000-0000-c000-000000000000": {"applicationPermissions": [{"id": "...", "value": "Sites.Read.All"}]}}',
			},
		},
	},
	ExecSAMRoles: {
		name: 'Manage SAM Roles',
		description: 'Read or set the Entra roles the CIPP-SAM app gets in customer tenants on the next CPV refresh',
		fields: {
			Action: { displayName: 'Action', description: 'Update saves; empty returns the saved roles and tenants', options: { Update: 'Update' } },
			Roles: {
				displayName: 'Roles',
				description: 'Entra roles as {value: role template ID, label} entries',
				placeholder: 'e.g. [{"value": "29232cdf-9323-42fd-ade2-1d097af3e4de", "label": "Exchange Administrator"}]',
			},
		},
	},
	ExecSSOSetup: {
		name: 'Manage SSO App',
		description: 'Create, repair, update or rotate the CIPP-SSO app that signs users in to a self-hosted CIPP, or show its status',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					Status: 'Status',
					Create: 'Create',
					Repair: 'Repair',
					Recreate: 'Recreate',
					Update: 'Update',
					RefreshRedirectUris: 'Refresh Redirect URIs',
					RotateSecret: 'Rotate Secret',
					Migrate: 'Migrate',
					ManualConfigure: 'Configure Manually',
				},
				default: 'Status',
			},
			multiTenant: { displayName: 'Multi-Tenant', description: 'Whether users from other Entra tenants may sign in', default: false },
			targetUrl: { displayName: 'CIPP URL', description: 'Base URL for the redirect URI; empty uses the calling URL', placeholder: 'e.g. https://cipp.contoso.com' },
			appId: { displayName: 'Application ID', description: 'Client ID of an existing app registration', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
			appSecret: { displayName: 'Client Secret', description: 'Client secret of that app registration' },
		},
	},
	ExecTenantGroup: {
		name: 'Manage Tenant Group',
		description: 'Create, update or delete a static or dynamic tenant group; sent members replace the current ones',
		fields: {
			Action: { displayName: 'Action', description: 'What to do', options: { AddEdit: 'Create or Update', Delete: 'Delete' } },
			groupId: { displayName: 'Group ID', description: 'Group to update or delete; empty creates a new group' },
			groupName: { displayName: 'Name', description: 'Name of the group', placeholder: 'e.g. Healthcare customers' },
			groupDescription: { displayName: 'Description', description: 'Description of the group' },
			groupType: {
				displayName: 'Group Type',
				description: 'Members chosen by hand or by rules',
				options: { static: 'Static', dynamic: 'Dynamic' },
				default: 'static',
			},
			members: {
				displayName: 'Members',
				description: 'Tenants as {value: customer ID, label} entries; tenants left out are removed',
				placeholder: 'e.g. [{"value": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "label": "Contoso"}]',
			},
			dynamicRules: {
				displayName: 'Rules',
				description: 'JSON array of {property, operator, value} rules (e.g. availableLicense, delegatedAccessStatus, customVariable)',
				placeholder: 'e.g. [{"property": "delegatedAccessStatus", "operator": "eq", "value": {"value": "directTenant"}}]',
			},
			ruleLogic: { displayName: 'Rule Logic', description: 'Whether all rules or any rule must match', options: { and: 'All (And)', or: 'Any (Or)' }, default: 'and' },
			excludePartnerTenant: { displayName: 'Exclude Partner Tenant', description: 'Whether the partner tenant is never a member', default: false },
		},
	},
	ExecTimeSettings: {
		name: 'Set Time Zone',
		description: 'Set the time zone CIPP uses for schedules',
		fields: {
			Timezone: { displayName: 'Time Zone', description: 'IANA time zone ID', placeholder: 'e.g. Europe/Amsterdam' },
		},
	},
	ExecTokenExchange: {
		name: 'Exchange OAuth Token',
		description: 'Send a token request to login.microsoftonline.com with the CIPP application secret added, as the setup wizard does',
		fields: {
			tokenRequest: {
				displayName: 'Token Request',
				description: 'JSON object of the form fields of the token request',
				placeholder: 'e.g. {"grant_type": "authorization_code", "client_id": "...", "code": "...", "redirect_uri": "..."}',
			},
			tokenUrl: {
				displayName: 'Token URL',
				description: 'Token endpoint on login.microsoftonline.com',
				placeholder: 'e.g. https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
			},
		},
	},
	ExecUpdateRefreshToken: {
		name: 'Update Refresh Token',
		description: 'Store a new refresh token for the partner tenant (and refresh its permissions) or for a direct tenant',
		fields: {
			refreshtoken: { displayName: 'Refresh Token', description: 'Refresh token to store in Key Vault' },
		},
	},
	ExecUserBookmarks: {
		name: 'Save User Bookmarks',
		description: "Replace a CIPP user's saved bookmarks",
		fields: {
			currentSettings: {
				displayName: 'Settings',
				description: 'JSON object whose bookmarks list is saved',
				placeholder: 'e.g. {"bookmarks": [{"label": "Users", "path": "/identity/administration/users"}]}',
			},
			user: { displayName: 'User', description: 'User principal name of the CIPP user', placeholder: 'e.g. jane@contoso.com' },
		},
	},
	ExecUserSettings: {
		name: 'Save User Settings',
		description: "Replace a CIPP user's saved front-end settings, or everyone's with the user allUsers (including default offboarding choices)",
		fields: {
			currentSettings: {
				displayName: 'Settings',
				description: 'JSON object of the front-end settings to save; offboardingDefaults holds the default offboarding switches',
				placeholder: 'e.g. {"currentTheme": {"value": "dark", "label": "dark"}, "offboardingDefaults": {"ConvertToShared": true, "RevokeSessions": true}}',
			},
			user: {
				displayName: 'User',
				description: 'User principal name of the CIPP user, or allUsers for settings that apply to everyone',
				placeholder: 'e.g. jane@contoso.com',
			},
		},
	},
	ExecWebhookSubscriptions: {
		name: 'Manage Webhook Subscriptions',
		description: "List, delete, unsubscribe or resubscribe CIPP's Graph and audit log webhook subscriptions",
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do; empty lists the subscriptions',
				options: {
					Delete: { name: 'Delete', description: 'Remove the subscription and its record' },
					Unsubscribe: { name: 'Unsubscribe', description: 'Unsubscribe and remove the record' },
					Resubscribe: { name: 'Resubscribe', description: 'Create the subscription again' },
					UnsubscribeAll: { name: 'Unsubscribe All', description: 'Remove every CIPP Graph subscription in every tenant' },
				},
			},
			WebhookID: { displayName: 'Subscription ID', description: 'ID (RowKey) of the subscription record' },
		},
	},
	ListBrandingSettings: {
		name: 'Get Branding Settings',
		description: 'Report branding settings and presets',
		fields: {
			includeGallery: { displayName: 'Include Images', description: 'Whether to include the uploaded logo and cover images', default: false },
		},
	},
	ListCIPPUsers: {
		name: 'Get Many CIPP Users',
		description: 'List the people allowed to sign in to CIPP with their roles',
		fields: {},
	},
	ListContainerLogs: {
		name: 'Get Container Logs',
		description: 'Read, search or query the log files of a self-hosted CIPP container',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to read',
				options: {
					ReadLog: 'Read Log',
					SearchAll: 'Search All Files',
					Query: 'Query',
					ListFiles: 'List Files',
					GetInfo: 'Get Info',
				},
				default: 'ReadLog',
			},
			Query: { displayName: 'Query', description: 'Pipe-separated log query', placeholder: 'e.g. where Level == "ERR" | take 100' },
			Tail: { displayName: 'Lines', description: 'Maximum number of lines to return', default: 500 },
			Level: { displayName: 'Levels', description: 'Levels to include, separated by commas: TRC, DBG, INF, WRN, ERR, CRT', placeholder: 'e.g. WRN,ERR' },
			Search: { displayName: 'Contains', description: 'Text the lines must contain' },
			Exclude: { displayName: 'Does Not Contain', description: 'Text the lines must not contain' },
			Regex: { displayName: 'Regex', description: 'Regular expression the lines must match' },
			File: { displayName: 'File', description: 'Log file to read instead of the current one' },
			From: { displayName: 'From', description: 'Earliest time', placeholder: 'e.g. 2025-01-31T08:00:00Z' },
			To: { displayName: 'To', description: 'Latest time', placeholder: 'e.g. 2025-01-31T18:00:00Z' },
			SortDesc: { displayName: 'Newest First', description: 'Whether to return the newest lines first', default: false },
		},
	},
	ListCustomRole: {
		name: 'Get Many Roles',
		description: 'List the built-in and custom CIPP roles with permissions, tenants, Entra group and IP ranges',
		fields: {},
	},
	ListCustomVariables: {
		name: 'Get Many Custom Variables',
		description: 'List the %variables% usable in templates: reserved, global and, for a tenant, its own with resolved values',
		fields: {
			includeSystem: { displayName: 'Include System Variables', description: 'Whether to include system path variables', default: true },
			excludeGlobalReserved: {
				displayName: 'Exclude Global Reserved',
				description: 'Whether to leave out partner, CIPP and system variables',
				default: false,
			},
			allTenants: { displayName: 'All Tenant Variable Names', description: 'Whether to add the names of every tenant-specific variable', default: false },
		},
	},
	ListExcludedLicenses: {
		name: 'Get Many Excluded Licenses',
		description: 'List the licenses excluded from CIPP license views and alerts',
		fields: {},
	},
	ListIPWhitelist: {
		name: 'Get Many Trusted IPs',
		description: 'List the trusted IP addresses per tenant used by the audit log alerts',
		fields: {},
	},
	ListNotificationConfig: {
		name: 'Get Notification Settings',
		description: 'Current notification settings with severities and log types as lists',
		fields: {},
	},
	ListTenantGroups: {
		name: 'Get Many Tenant Groups',
		description: 'List the CIPP tenant groups and their members',
		fields: {
			groupId: { displayName: 'Group ID', description: 'Return only this group' },
			includeUsage: {
				displayName: 'Include Usage',
				description: 'Whether to list where each group is used (standards, alert rules, roles, data mappings)',
				default: false,
			},
		},
	},
	ListWorkerHealth: {
		name: 'Get Worker Health',
		description: 'Worker, queue and job metrics of a self-hosted CIPP container; can also cancel, delete or reprioritise jobs',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to return or do',
				options: {
					Snapshot: 'Snapshot',
					Summary: 'Summary',
					Pool: 'Pool',
					History: 'History',
					Startup: 'Startup',
					Jobs: 'Jobs',
					Runs: 'Runs',
					CancelJob: 'Cancel Job',
					CancelRun: 'Cancel Run',
					DeleteJob: 'Delete Job',
					ChangePriority: 'Change Priority',
					CacheDiag: 'Cache Diagnostics',
					MemoryDetail: 'Memory Detail',
				},
				default: 'Snapshot',
			},
			JobId: { displayName: 'Job ID', description: 'Job to cancel, delete or reprioritise' },
			RunName: { displayName: 'Run Name', description: 'Run to cancel, or to list the jobs of' },
			Priority: { displayName: 'Priority', description: 'New priority of the job', placeholder: 'e.g. 1' },
			Status: { displayName: 'Job Status', description: 'Only jobs with this status' },
			Limit: { displayName: 'Limit', description: 'Maximum number of jobs', default: 100 },
			Minutes: { displayName: 'Minutes', description: 'How far back the history goes', default: 60 },
			MaxPoints: { displayName: 'Max Points', description: 'Maximum number of history points' },
			PoolType: { displayName: 'Pool', description: 'Worker pool to show', default: 'http' },
		},
	},
	PublicMcpRegister: {
		name: 'Register MCP Client',
		description: 'Anonymous OAuth client registration for MCP assistants; returns the client ID of the MCP-enabled API client',
		fields: {
			redirect_uris: {
				displayName: 'Redirect URIs',
				description: 'Callback URLs of the MCP client; known assistant callbacks or http loopback only',
				placeholder: 'e.g. http://localhost:33418/callback',
			},
			client_name: { displayName: 'Client Name', description: 'Name of the MCP client', placeholder: 'e.g. Claude' },
		},
	},
};
