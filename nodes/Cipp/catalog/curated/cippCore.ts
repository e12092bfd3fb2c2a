import type { CuratedField, CuratedResource } from './types';

const GRAPH_VERSIONS = { beta: 'Beta', 'v1.0': 'v1.0' };

const odata = (displayName: string, description: string, placeholder?: string): CuratedField =>
	placeholder ? { displayName, description, placeholder } : { displayName, description };

/**
 * CIPP core: our words for the platform, Graph pass-through, logbook, queue and housekeeping
 * operations. The alert item operations of CIPP's core area are worded with the alerts (alert.ts).
 */
export const CIPP_CORE: CuratedResource = {
	ExecAddAlert: {
		name: 'Send Test Notification',
		description: 'Send a test message through the configured email, webhook or PSA channels; with every channel off it is only written to the logbook',
		fields: {
			text: { displayName: 'Text', description: 'Message to send or log', placeholder: 'e.g. Test from n8n' },
			sendWebhookNow: { displayName: 'Send Webhook', description: 'Whether to post the message to the configured webhook now', default: false, promote: true },
			sendEmailNow: { displayName: 'Send Email', description: 'Whether to email the message to the notification addresses now', default: false, promote: true },
			sendPsaNow: { displayName: 'Send to PSA', description: 'Whether to open a ticket in the connected PSA now', default: false },
			writeLog: { displayName: 'Write to Logbook', description: 'Whether to add the message to the logbook as an alert (sent with the hourly notifications)', default: false },
		},
	},
	ExecAppInsightsQuery: {
		name: 'Run App Insights Query',
		description: "Run a KQL query against the CIPP instance's own Application Insights telemetry (SuperAdmin, needs Application Insights)",
		fields: {
			query: { displayName: 'Query', description: 'Kusto (KQL) query to run', placeholder: 'e.g. requests | take 10' },
		},
	},
	ExecAzBobbyTables: {
		name: 'Run Table Storage Command',
		description: "Call one of the allowed Azure Table commands directly on CIPP's storage account (SuperAdmin; can change or delete CIPP data)",
		fields: {
			FunctionName: {
				displayName: 'Command',
				description: 'Table storage command to run',
				options: {
					'Get-CIPPAzDataTableEntity': 'Get Entities (CIPP)',
					'Get-AzDataTableEntity': 'Get Entities',
					'Get-AzDataTable': 'List Tables',
					'Add-CIPPAzDataTableEntity': 'Add Entity (CIPP)',
					'Add-AzDataTableEntity': 'Add Entity',
					'Update-AzDataTableEntity': 'Update Entity',
					'Remove-CIPPAzDataTableEntity': 'Remove Entity (CIPP)',
					'Remove-AzDataTableEntity': 'Remove Entity',
					'New-AzDataTable': 'Create Table',
					'Remove-AzDataTable': 'Delete Table',
				},
			},
			TableName: { displayName: 'Table Name', description: 'Storage table to work on (not used when listing tables)', placeholder: 'e.g. CippLogs' },
			Parameters: { displayName: 'Parameters', description: 'JSON object whose members are passed as the command parameters', placeholder: 'e.g. {"Filter": "PartitionKey eq \'x\'"}' },
		},
	},
	ExecCIPPDBCache: {
		name: 'Refresh Reporting Data',
		description: 'Start a background refresh of one reporting database collection for a tenant or all tenants; returns the queue ID',
		fields: {
			Name: { displayName: 'Collection', description: 'Reporting collection to refresh (the name of a CIPP cache job)', placeholder: 'e.g. Users' },
			Types: { displayName: 'Sub-Types', description: 'Comma-separated sub-types to refresh, for collections that have them' },
		},
	},
	ExecCPVRefresh: {
		name: 'Refresh CPV Permissions',
		description: 'Start a background refresh of the CIPP application permissions and consent in every managed tenant',
		fields: {},
	},
	ExecCippFunction: {
		name: 'Run CIPP Function',
		description: 'Run a CIPPCore PowerShell command with the given parameters (SuperAdmin; token and certificate commands are blocked)',
		fields: {
			FunctionName: { displayName: 'Function Name', description: 'Name of the CIPPCore command to run', placeholder: 'e.g. Get-Tenants' },
			Parameters: { displayName: 'Parameters', description: 'JSON object whose members are passed as the command parameters', placeholder: 'e.g. {"IncludeErrors": true}' },
		},
	},
	ExecCippLogsSas: {
		name: 'Create Logbook SAS URL',
		description: "Create a read-only SAS URL to CIPP's logbook table, e.g. for a SIEM; the URL is returned in the results",
		fields: {
			Days: { displayName: 'Valid for Days', description: 'How many days the URL stays valid (1-3650)', default: 365 },
		},
	},
	ExecCloneTemplate: {
		name: 'Clone Template',
		description: 'Copy a stored template under a new ID; the copy is detached from its package and template library',
		fields: {
			GUID: { displayName: 'Template ID', description: 'GUID of the template to copy' },
			Type: { displayName: 'Template Type', description: 'Template type (table partition) the template is stored under', placeholder: 'e.g. IntuneTemplate' },
		},
	},
	ExecDiagnosticsPresets: {
		name: 'Save Diagnostics Preset',
		description: 'Save, update or delete a saved KQL query preset of the diagnostics page (SuperAdmin)',
		fields: {
			action: {
				displayName: 'Action',
				description: 'Whether to save the preset or delete it',
				options: { save: 'Save', delete: 'Delete' },
				default: 'save',
			},
			GUID: { displayName: 'Preset ID', description: 'ID of the preset to update or delete; leave empty to create a new one' },
			name: { displayName: 'Name', description: 'Name of the preset', placeholder: 'e.g. Failed requests today' },
			query: { displayName: 'Query', description: 'KQL query the preset stores' },
		},
	},
	ExecDurableFunctions: {
		name: 'Manage Durable Functions',
		description: "Inspect or reset CIPP's background orchestrations: list them, show history or statistics, purge or reset stuck work",
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the orchestrations',
				options: {
					ListOrchestrators: { name: 'List Orchestrators', description: 'Orchestrators of the last day plus any still running or pending' },
					ListOrchestratorHistory: { name: 'List History', description: 'History events of one orchestrator' },
					ListStats: { name: 'List Statistics', description: 'Counts by status and queue lengths' },
					PurgeOrchestrators: { name: 'Purge', description: 'Delete one orchestrator, or all orchestrator data when no ID is given' },
					ResetDurables: { name: 'Reset', description: 'Clear the queues and mark running work as failed' },
				},
			},
			PartitionKey: { displayName: 'Orchestrator ID', description: 'Instance ID of the orchestrator (needed for history; without it Purge removes everything)' },
		},
	},
	ExecEditTemplate: {
		name: 'Update Template',
		description: 'Replace a stored template with the body sent, or rename an Intune template and update its policy; detaches it from its library',
		fields: {
			Type: { displayName: 'Template Type', description: 'Template type (table partition) of the template', placeholder: 'e.g. CATemplate' },
			GUID: { displayName: 'Template ID', description: 'GUID of the template to update' },
			id: { displayName: 'ID', description: 'GUID of the template to update (takes precedence over Template ID)' },
			displayName: { displayName: 'Display Name', description: 'New name of the template' },
			description: { displayName: 'Description', description: 'New description of the template' },
			name: { displayName: 'Name', description: 'Template name kept in the stored JSON' },
			parsedRAWJson: { displayName: 'Policy JSON', description: 'Replacement Intune policy body; every setting must keep its @odata.type' },
		},
	},
	ExecFeatureFlag: {
		name: 'Manage Feature Flag',
		description: 'Read CIPP feature flags, or switch one on or off',
		fields: {
			Action: { displayName: 'Action', description: 'Read flags or change one', options: { Get: 'Get', Set: 'Set' } },
			Id: { displayName: 'Flag ID', description: 'ID of the feature flag; for Get, leave empty to return every flag', placeholder: 'e.g. AppInsights' },
			Enabled: { displayName: 'Enabled', description: 'Whether the flag should be on', default: false },
		},
	},
	ExecGeoIPLookup: {
		name: 'Look Up IP Location',
		description: "Resolve an IP address to its country, city and network using CIPP's GeoIP data",
		fields: {
			IP: { displayName: 'IP Address', description: 'IPv4 or IPv6 address to look up', placeholder: 'e.g. 8.8.8.8' },
		},
	},
	ExecGraphRequestProfile: {
		name: 'Profile Graph Request',
		description: 'Time one Graph call made three ways for troubleshooting, or read the REST client and token cache counters',
		fields: {
			Endpoint: { displayName: 'Graph Endpoint', description: 'Graph path without the version (ignored in Diagnostics mode)', placeholder: 'e.g. users' },
			Mode: { displayName: 'Mode', description: 'Diagnostics returns client counters without calling Graph', options: { Diagnostics: 'Diagnostics' } },
			Reset: { displayName: 'Reset Counters', description: 'Whether to reset the counters after reading them (Diagnostics mode)', default: false },
			manualPagination: { displayName: 'Manual Pagination', description: 'Whether the wrapper step should fetch only the first page', default: false },
			Version: { displayName: 'API Version', description: 'Graph API version', options: GRAPH_VERSIONS, default: 'beta' },
			$filter: odata('Filter', 'OData $filter'),
			graphFilter: odata('Graph Filter', 'OData $filter (used when Filter is empty)'),
			$select: odata('Select', 'Comma-separated properties to return'),
			$expand: odata('Expand', 'Related objects to include in each record (OData $expand)'),
			expand: odata('Expand (Plain)', 'Expand parameter sent without the $ prefix'),
			$top: odata('Page Size', 'Records per Graph page'),
			$count: { displayName: 'Count', description: 'Whether to ask Graph for a record count', default: false },
			$orderby: odata('Order By', 'OData $orderby', 'e.g. displayName'),
			$search: odata('Search', 'OData $search', 'e.g. "displayName:jane"'),
			$format: odata('Format', 'OData $format'),
		},
	},
	ExecLicenseSearch: {
		name: 'Search Licenses',
		description: 'Find license names for SKU IDs in the reporting data of all tenants',
		fields: {
			skuIds: { displayName: 'SKU IDs', description: 'SKU IDs (or parts of them) to look for', placeholder: 'e.g. c7df2760-2c81-4ef7-b578-5b5392b571df' },
		},
	},
	ExecListBackup: {
		name: 'Get Many Backups',
		description: 'List stored CIPP or tenant backups, optionally one backup or names only',
		fields: {
			Type: { displayName: 'Backup Type', description: 'Which backups to list: CIPP configuration or scheduled tenant backups', options: { CIPP: 'CIPP', Scheduled: 'Scheduled' }, default: 'CIPP' },
			BackupName: { displayName: 'Backup Name', description: 'Return only this backup (its row key)' },
			NameOnly: { displayName: 'Names Only', description: 'Whether to return only names and dates, without the backup content', default: false, promote: true },
		},
	},
	ExecPartnerWebhook: {
		name: 'Manage Partner Center Webhook',
		description: 'Read, create or test the Partner Center webhook subscription that drives automatic tenant onboarding',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the subscription',
				options: {
					ListSubscription: { name: 'Get Subscription', description: 'Current subscription and onboarding settings' },
					ListEventTypes: { name: 'List Event Types', description: 'Event types Partner Center offers' },
					CreateSubscription: { name: 'Create Subscription', description: 'Register CIPP for the selected events and save the onboarding settings' },
					SendTest: { name: 'Send Test', description: 'Ask Partner Center to send a test event; returns a correlation ID' },
					ValidateTest: { name: 'Check Test', description: 'Status of a test event by correlation ID' },
				},
			},
			CorrelationId: { displayName: 'Correlation ID', description: 'Correlation ID returned by Send Test' },
			EventType: { displayName: 'Event Types', description: 'Partner Center events to subscribe to (the test and GDAP approval events are always added)', placeholder: 'e.g. granular-admin-relationship-approved' },
			enabled: { displayName: 'Automatic Onboarding', description: 'Whether approved GDAP relationships start tenant onboarding automatically', default: false },
			standardsExcludeAllTenants: { displayName: 'Exclude From All-Tenant Standards', description: 'Whether onboarded tenants are excluded from standards applied to all tenants', default: false },
		},
	},
	ExecSAMCertificate: {
		name: 'Manage SAM Certificate',
		description: "Show the status of the CIPP app's certificate, or renew it now",
		fields: {
			Action: { displayName: 'Action', description: 'Read the status or renew the certificate', options: { Get: 'Get Status', Renew: 'Renew' }, default: 'Get' },
		},
	},
	ExecServicePrincipals: {
		name: 'Manage Partner Service Principals',
		description: 'List, read or create service principals in the partner tenant; creating one adds the app to your tenant',
		fields: {
			Action: { displayName: 'Action', description: 'Create a service principal instead of reading', options: { Create: 'Create' } },
			AppId: { displayName: 'App ID', description: 'Application (client) ID of the app to read or create', placeholder: 'e.g. 00000003-0000-0000-c000-000000000000' },
			Id: { displayName: 'Object ID', description: 'Object ID of one service principal to read' },
			Select: { displayName: 'Select', description: 'Comma-separated properties to return when listing', placeholder: 'e.g. appId,displayName' },
		},
	},
	ExecSetCIPPAutoBackup: {
		name: 'Set Automatic Backup',
		description: 'Turn the daily automatic backup of the CIPP configuration on or off',
		fields: {
			Enabled: { displayName: 'Enabled', description: 'Whether the daily backup should run', default: true },
		},
	},
	ExecSetPackageTag: {
		name: 'Set Template Package',
		description: 'Add templates to a named package, or remove them from their package',
		fields: {
			GUID: { displayName: 'Template IDs', description: 'GUIDs of the templates to tag' },
			Package: { displayName: 'Package Name', description: 'Package to put the templates in', placeholder: 'e.g. Baseline 2025' },
			Remove: { displayName: 'Remove From Package', description: 'Whether to remove the package tag instead of setting it', default: false },
		},
	},
	ExecUniversalSearch: {
		name: 'Search Users Across Tenants',
		description: 'Find users by name or UPN in every managed tenant with one Lighthouse query (needs Azure Lighthouse access)',
		fields: {
			name: { displayName: 'Search Text', description: 'Start of the display name or user principal name', placeholder: 'e.g. jane' },
		},
	},
	ExecUniversalSearchV2: {
		name: 'Search Across Tenants',
		description: 'Search users, groups, applications or licenses in the reporting data of every tenant you can access',
		fields: {
			searchTerms: { displayName: 'Search Text', description: 'Text to look for', placeholder: 'e.g. jane' },
			type: {
				displayName: 'Search In',
				description: 'Kind of object to search',
				options: { Users: 'Users', Groups: 'Groups', Applications: 'Applications', Licenses: 'Licenses' },
				default: 'Users',
			},
			limit: { displayName: 'Limit', description: 'Maximum number of matches', default: 10 },
		},
	},
	GetCippAlerts: {
		name: 'Get Dashboard Notices',
		description: "The CIPP dashboard banners: today's alerts, update and permission warnings, maintenance notices",
		fields: {
			localversion: { displayName: 'Front-End Version', description: 'Front-end version to check for updates', placeholder: 'e.g. 10.8.2' },
		},
	},
	GetVersion: {
		name: 'Get Version',
		description: "CIPP's version and whether an update is available for the front end or the API",
		fields: {
			LocalVersion: { displayName: 'Front-End Version', description: 'Front-end version to compare with the latest release', placeholder: 'e.g. 10.8.2' },
		},
	},
	ListAdminPortalLicenses: {
		name: 'Get Admin Portal Licenses',
		description: 'Licenses from the Microsoft 365 admin portal, including self-service trial allotments; empty on failure',
		fields: {},
	},
	ListApiTest: {
		name: 'Test API Connection',
		description: 'Echo the request CIPP received and the tenants the caller may access; proves the API client works',
		fields: {},
	},
	ListCippQueue: {
		name: 'Get Queue Status',
		description: 'Progress of CIPP background jobs: one by ID or reference, or all from the last 3 hours',
		fields: {
			QueueId: { displayName: 'Queue ID', description: 'ID of one queue entry' },
			Reference: { displayName: 'Reference', description: 'Return queues started with this reference' },
		},
	},
	ListCippQueues: {
		name: 'Get Combined Queue Status',
		description: 'Progress of several background queues at once, with a combined status and percentage',
		fields: {
			QueueIds: { displayName: 'Queue IDs', description: 'Comma-separated queue IDs' },
		},
	},
	ListCustomDataMappings: {
		name: 'Get Many Custom Data Mappings',
		description: 'Custom data mappings that copy integration or manual data into directory attributes',
		fields: {
			sourceType: { displayName: 'Source Type', description: 'Return only mappings with this source type label', placeholder: 'e.g. Manual Entry' },
			directoryObject: { displayName: 'Directory Object', description: 'Return only mappings for this object type label', placeholder: 'e.g. User' },
		},
	},
	ListDBCache: {
		name: 'Get Reporting Data',
		description: "Read CIPP's reporting database for one or all tenants (fast, refreshed nightly)",
		fields: {
			type: { displayName: 'Data Type', description: "Collection to read, e.g. Users or Mailboxes; '_availableTypes' lists them", placeholder: 'e.g. Users' },
			countsOnly: { displayName: 'Counts Only', description: 'Whether to return only record counts and refresh times per tenant and type', default: false },
		},
	},
	ListDiagnosticsPresets: {
		name: 'Get Many Diagnostics Presets',
		description: 'Saved KQL query presets of the diagnostics page (SuperAdmin)',
		fields: {},
	},
	ListDirectoryObjects: {
		name: 'Get Directory Objects by ID',
		description: 'Resolve Entra ID object IDs to users, groups, devices or apps in one call',
		fields: {
			ids: { displayName: 'Object IDs', description: 'Object IDs to resolve' },
			$select: { displayName: 'Select', description: 'Comma-separated properties to return', placeholder: 'e.g. id,displayName' },
			asApp: { displayName: 'As Application', description: 'Whether to call Graph with application permissions', default: false },
			partnerLookup: { displayName: 'Partner Tenant', description: 'Whether to look the IDs up in the partner tenant instead', default: false },
		},
	},
	ListEmptyResults: {
		name: 'Get Empty Result',
		description: 'Placeholder operation that always returns an empty list',
		fields: {},
	},
	ListExtensionCacheData: {
		name: 'Get Integration Cache Data',
		description: 'Data the integrations (PSA, RMM, documentation) last synced for a tenant',
		fields: {
			dataTypes: { displayName: 'Data Types', description: 'Comma-separated data types to return; all when empty' },
		},
	},
	ListFeatureFlags: {
		name: 'Get Many Feature Flags',
		description: 'CIPP feature flags and whether each is on',
		fields: {},
	},
	ListFunctionStats: {
		name: 'Get Function Statistics',
		description: 'Run counts and durations of CIPP functions and standards over a period (rarely populated in this version)',
		fields: {
			FunctionType: { displayName: 'Function Type', description: 'Statistics partition to read', placeholder: 'e.g. Durable' },
			Interval: { displayName: 'Interval', description: 'Unit of the period', options: { Days: 'Days', Hours: 'Hours', Minutes: 'Minutes' } },
			Time: { displayName: 'Period', description: 'Length of the period in the chosen unit (default: the last day)' },
		},
	},
	ListGenericTestFunction: {
		name: 'Get Request URL',
		description: 'Return the base URL the request reached; a diagnostics helper',
		fields: {},
	},
	ListGraphBulkRequest: {
		name: 'Graph Batch Request',
		description: 'Send several Microsoft Graph GET requests as one batch and follow their paging',
		fields: {
			requests: {
				displayName: 'Requests',
				description: 'JSON array of {id, method, url}; only GET requests are sent',
				placeholder: 'e.g. [{"id": "users", "method": "GET", "url": "/users?$top=5"}]',
			},
			asApp: { displayName: 'As Application', description: 'Whether to call Graph with application permissions', default: false },
			noPaginateIds: { displayName: 'Do Not Page IDs', description: 'IDs of requests whose further pages should not be fetched' },
		},
	},
	ListGraphRequest: {
		name: 'Graph Request',
		description: 'Read any Microsoft Graph collection through CIPP, with filters and real paging',
		paging: 'graph',
		fields: {
			Endpoint: { displayName: 'Graph Endpoint', description: 'Graph path without the version', placeholder: 'e.g. users or deviceManagement/managedDevices' },
			$filter: odata('Filter', 'OData $filter', 'e.g. accountEnabled eq false'),
			graphFilter: odata('Graph Filter', 'OData $filter, used when Filter is empty'),
			$select: odata('Select', 'Comma-separated properties to return', 'e.g. id,displayName'),
			$expand: odata('Expand', 'Related objects to include in each record (OData $expand)', 'e.g. manager'),
			expand: odata('Expand (Plain)', 'Expand parameter sent without the $ prefix'),
			$top: odata('Page Size', 'Records per page (Graph allows up to 999 for most collections); not a result limit'),
			$count: { displayName: 'Count', description: 'Whether to ask Graph to count the records (needed by some advanced filters)', default: false },
			$orderby: odata('Order By', 'OData $orderby', 'e.g. displayName'),
			$search: odata('Search', 'OData $search', 'e.g. "displayName:jane"'),
			$format: odata('Format', 'OData $format'),
			Version: { displayName: 'API Version', description: 'Graph API version', options: GRAPH_VERSIONS, default: 'beta' },
			CountOnly: { displayName: 'Count Only', description: 'Whether to return only the number of records', default: false },
			AsApp: { displayName: 'As Application', description: 'Whether to call Graph with application permissions', default: false },
			IgnoreErrors: { displayName: 'Ignore Errors', description: 'Whether a Graph error should still return status 200', default: false },
			ListProperties: { displayName: 'List Properties', description: 'Whether to return only the property names of the first record', default: false },
			ReverseTenantLookup: { displayName: 'Reverse Tenant Lookup', description: 'Whether to add tenant details for the tenant IDs found in the results', default: false },
			ReverseTenantLookupProperty: { displayName: 'Tenant ID Property', description: 'Property holding the tenant ID for the reverse lookup', placeholder: 'e.g. tenantId' },
			SkipCache: { displayName: 'Skip Cache', description: 'Whether to ignore cached All Tenants results and query again', default: false },
			Sort: { displayName: 'Sort By', description: 'Property to sort the results by', placeholder: 'e.g. displayName' },
			QueueId: { displayName: 'Queue ID', description: 'Queue of an earlier All Tenants request whose results to read' },
			QueueNameOverride: { displayName: 'Queue Name', description: 'Name shown for the All Tenants background queue' },
			manualPagination: { managed: true },
			nextLink: { managed: true },
			NoPagination: { managed: true },
		},
	},
	ListGraphSchema: {
		name: 'Get Graph Schema',
		description: 'Properties and navigation links a Graph endpoint returns, from the metadata bundled with CIPP (no tenant call)',
		fields: {
			Endpoint: { displayName: 'Graph Endpoint', description: 'Graph path or full Graph URL to describe', placeholder: 'e.g. groups/{id}/members' },
			Version: { displayName: 'API Version', description: 'Graph API version', options: GRAPH_VERSIONS, default: 'beta' },
		},
	},
	ListKnownIPDb: {
		name: 'Get Known IP Addresses',
		description: 'IP addresses CIPP has recorded with their location details',
		fields: {},
	},
	ListLogs: {
		name: 'Get Logbook Entries',
		description: "CIPP's logbook: actions, errors and alerts; today's entries unless filters are on",
		fields: {
			Filter: { displayName: 'Use Filters', description: 'Whether the date, severity, user, API and ID filters apply', default: false, promote: true },
			DateFilter: { displayName: 'Day', description: 'Day to read (yyyyMMdd); also the day of a single entry', placeholder: 'e.g. 20250131' },
			StartDate: { displayName: 'Start Day', description: 'First day to read (yyyyMMdd)', placeholder: 'e.g. 20250101' },
			EndDate: { displayName: 'End Day', description: 'Last day to read (yyyyMMdd)', placeholder: 'e.g. 20250131' },
			Severity: { displayName: 'Severity', description: 'Comma-separated severities to include', placeholder: 'e.g. Error,Critical' },
			User: { displayName: 'User', description: 'Return only entries by this user; * wildcards allowed', placeholder: 'e.g. *@contoso.com' },
			API: { displayName: 'API', description: 'Return only entries whose API name matches this pattern', placeholder: 'e.g. Standards' },
			StandardTemplateId: { displayName: 'Standard Template ID', description: 'Return only entries of this standards template' },
			ScheduledTaskId: { displayName: 'Scheduled Task ID', description: 'Return only entries of this scheduled task' },
			BaselineRunId: { displayName: 'Baseline Run ID', description: 'Return only entries of this baseline run' },
			logentryid: { displayName: 'Entry ID', description: 'Return this single entry (with Day if it is not from today)' },
			ListLogs: { displayName: 'List Days Only', description: 'Whether to return the days that have entries instead of the entries', default: false },
		},
	},
	PublicPhishingCheck: {
		name: 'Report Phishing Check Alert',
		description: 'Public endpoint the Check browser extension calls to report a phishing or cloned login page for a tenant',
		fields: {
			Cloned: { displayName: 'Cloned Page', description: 'Whether the report is about a cloned login page (logged as an alert)', default: false },
			AlertMessage: { displayName: 'Alert Message', description: 'Message logged for a cloned page' },
			source: { displayName: 'Source', description: 'Name of the reporting extension; stores the report as an extension alert' },
			type: { displayName: 'Type', description: 'Kind of detection' },
			url: { displayName: 'URL', description: 'Address of the suspicious page' },
			reason: { displayName: 'Reason', description: 'Why the page was flagged' },
			score: { displayName: 'Score', description: 'Detection score' },
			threshold: { displayName: 'Threshold', description: 'Score threshold that was exceeded' },
			userEmail: { displayName: 'User Email', description: 'Email of the user who met the page' },
			userDisplayName: { displayName: 'User Name', description: 'Display name of the user who met the page' },
		},
	},
	PublicPing: {
		name: 'Ping',
		description: 'Keep-alive check that answers Pong and whether the function app was cold-started',
		fields: {},
	},
	RemoveCippQueue: {
		name: 'Clear Queue History',
		description: 'Delete every background queue entry and task record (the job history shown in CIPP)',
		fields: {},
	},
};
