import type { CuratedResource } from './types';

const EXCLUDED_TENANTS = {
	displayName: 'Excluded Tenants',
	description: 'Tenants (or tenant groups) the alert skips, as {value, label} objects with the domain as value',
};

const ALERT_COMMAND = {
	displayName: 'Alert Command',
	description: 'Alert cmdlet that reported the item (CmdletName of the item)',
	placeholder: 'e.g. Get-CIPPAlertMFAAdmins',
};

const ALERT_KIND = {
	displayName: 'Alert Kind',
	description: 'Kind of alert, as shown by Get Alert Rules',
	options: { 'Audit log Alert': 'Audit Log Alert', 'Scheduled Task': 'Scripted Alert' },
	default: 'Scheduled Task',
};

/**
 * Alerts: our words for audit log alert rules, scripted alerts, audit log searches, and the items
 * the scripted alerts report (their status, acknowledgement and snoozes). The item operations sit
 * in CIPP's core area; they are offered here, with the alerts, where users look for them.
 */
export const ALERT: CuratedResource = {
	AddAlert: {
		name: 'Create Audit Log Alert',
		description: 'Create or update a rule that acts on audit log events matching conditions; Microsoft may take hours to start delivering logs',
		fields: {
			logbook: {
				displayName: 'Log Source',
				description: 'Audit log the rule watches',
				options: { 'Audit.AzureActiveDirectory': 'Entra ID', 'Audit.Exchange': 'Exchange' },
			},
			conditions: {
				displayName: 'Conditions',
				description: 'JSON array of {Property: {label}, Operator: {value}, Input: {value}}; all must match',
				placeholder: 'e.g. [{"Property": {"label": "Operation"}, "Operator": {"value": "eq"}, "Input": {"value": "New-InboxRule"}}]',
			},
			actions: {
				displayName: 'Actions',
				description: 'What to do on a match: email, webhook, PSA ticket, disable the user or BEC remediation, as {value, label} objects',
				placeholder: 'e.g. [{"value": "generatemail", "label": "Generate an email"}]',
			},
			excludedTenants: EXCLUDED_TENANTS,
			AlertComment: { displayName: 'Alert Comment', description: 'Note added to every alert this rule sends' },
			CustomSubject: { displayName: 'Custom Subject', description: 'Subject used instead of the default alert title' },
			RowKey: { displayName: 'Rule ID', description: 'ID of an existing rule to overwrite; empty creates a new rule' },
		},
	},
	AddScriptedAlert: {
		name: 'Create Scripted Alert',
		description: 'Schedule one of the built-in alert checks for one, several or all tenants, with notifications on findings',
		fields: {
			Command: {
				displayName: 'Alert',
				description: 'Alert command to run (a Get-CIPPAlert* command)',
				placeholder: 'e.g. Get-CIPPAlertMFAAdmins',
			},
			Name: { displayName: 'Name', description: 'Name of the alert task', placeholder: 'e.g. contoso.com: MFA for admins' },
			Recurrence: {
				displayName: 'Recurrence',
				description: 'How often the alert runs',
				options: {
					'30m': 'Every 30 Minutes',
					'1h': 'Every Hour',
					'4h': 'Every 4 Hours',
					'1d': 'Every Day',
					'7d': 'Every 7 Days',
					'14d': 'Every 14 Days',
					'21d': 'Every 21 Days',
					'30d': 'Every 30 Days',
					'365d': 'Every 365 Days',
				},
				default: '1d',
			},
			PostExecution: { displayName: 'Notify Via', description: 'Channels that receive the findings: Webhook, Email, PSA' },
			Parameters: { displayName: 'Parameters', description: 'JSON object of alert inputs, usually {"InputValue": ...}', placeholder: 'e.g. {"InputValue": 30}' },
			ScheduledTime: { displayName: 'First Run', description: 'Unix time in seconds of the first run (default: now)' },
			DesiredStartTime: { displayName: 'Start Time', description: 'Preferred time of day for the runs' },
			excludedTenants: EXCLUDED_TENANTS,
			AlertComment: { displayName: 'Alert Comment', description: 'Note added to every notification of this alert' },
			CustomSubject: { displayName: 'Custom Subject', description: 'Subject used instead of the default alert title' },
			PsaTicketStrategy: {
				displayName: 'PSA Tickets',
				description: 'One ticket per affected user or one per tenant (default: the integration setting)',
				options: { split: 'One per User', consolidated: 'One per Tenant' },
			},
			RowKey: { displayName: 'Alert ID', description: 'ID of an existing scripted alert to overwrite' },
			RunNow: { displayName: 'Run Now', description: 'Whether to run the existing alert (Alert ID) now', default: false },
		},
	},
	ExecAcknowledgeAlert: {
		name: 'Acknowledge Alert Item',
		description: 'Mark an open alert item as known, or return an acknowledged one to open; use the tenant the item lists',
		resource: 'alert',
		fields: {
			RowKey: { displayName: 'Alert Item ID', description: 'Row key of the item, as Get Alert Results returns it' },
			Action: {
				displayName: 'Action',
				description: 'Acknowledge an open item, or take the acknowledgement back',
				options: { Acknowledge: 'Acknowledge', Unacknowledge: 'Remove Acknowledgement' },
				default: 'Acknowledge',
				promote: true,
			},
			Note: { displayName: 'Note', description: 'Comment kept with the acknowledgement', placeholder: 'e.g. Known, ticket 4711' },
		},
	},
	ExecAuditLogSearch: {
		name: 'Create Audit Log Search',
		description: 'Start a Microsoft 365 audit log search in a tenant, or queue a finished search for alert rule processing',
		fields: {
			Action: { displayName: 'Action', description: 'Queue an existing search for processing instead of creating one', options: { ProcessLogs: 'Process Existing Search' } },
			SearchId: { displayName: 'Search ID', description: 'ID of the search to process' },
			StartTime: { displayName: 'Start Time', description: 'Start of the period: Unix time in seconds or an ISO date', placeholder: 'e.g. 2025-01-01T00:00:00Z' },
			EndTime: { displayName: 'End Time', description: 'End of the period: Unix time in seconds or an ISO date', placeholder: 'e.g. 2025-01-02T00:00:00Z' },
			DisplayName: { displayName: 'Search Name', description: 'Name of the search', placeholder: 'e.g. Inbox rule changes' },
			RecordTypeFilters: { displayName: 'Record Types', description: 'Audit record types to include', placeholder: 'e.g. exchangeAdmin' },
			KeywordFilters: { displayName: 'Keyword', description: 'Free-text keyword to match' },
			OperationsFilters: { displayName: 'Operations', description: 'Operation names to include', placeholder: 'e.g. New-InboxRule' },
			UserPrincipalNameFilters: { displayName: 'Users', description: 'User principal names to include' },
			IPAddressFilters: { displayName: 'IP Addresses', description: 'Client IP addresses to include' },
			ObjectIdFilters: { displayName: 'Object IDs', description: 'Object IDs to include' },
			AdministrativeUnitFilters: { displayName: 'Administrative Units', description: 'Administrative unit IDs to include' },
			ProcessLogs: { displayName: 'Process With Alert Rules', description: 'Whether to run the alert rules over the results once the search finishes', default: false },
		},
	},
	ExecRemoveSnooze: {
		name: 'Delete Alert Snooze',
		description: 'Remove a snooze so the alert item is reported again; from CIPP 10.10 the item is open again at once',
		resource: 'alert',
		fields: {
			PartitionKey: { ...ALERT_COMMAND, description: 'Alert cmdlet of the snooze (SnoozePartitionKey of an alert item)' },
			RowKey: { displayName: 'Snooze ID', description: 'Row key of the snooze (SnoozeRowKey of an alert item, or from Get Many Snoozed Alerts)' },
		},
	},
	ExecSnoozeAlert: {
		name: 'Snooze Alert Item',
		description: 'Stop notifying about one alert item for 7, 14, 30 or 90 days, or until it resolves (from CIPP 10.10)',
		resource: 'alert',
		fields: {
			CmdletName: ALERT_COMMAND,
			AlertItem: { displayName: 'Alert Item', description: 'The AlertItem object of the item, as Get Alert Results returns it' },
			Duration: {
				displayName: 'Days',
				description: 'How long to snooze; ignored when snoozing until resolved',
				options: { '7': '7 Days', '14': '14 Days', '30': '30 Days', '90': '90 Days' },
				default: '7',
				promote: true,
			},
			UntilResolved: { displayName: 'Until Resolved', description: 'Whether to snooze until the alert stops reporting the item instead of for a number of days' },
			KeepVisible: { displayName: 'Keep Visible', description: 'Whether the item stays listed, marked as snoozed, instead of being hidden' },
			Reason: { displayName: 'Reason', description: 'Why the alert is snoozed' },
		},
	},
	ExecToggleAlert: {
		name: 'Enable or Disable Alert Rule',
		description: 'Switch an audit log rule or a scripted alert off without deleting it, or back on',
		fields: {
			ID: { displayName: 'Alert ID', description: 'Row key of the rule (see Get Alert Rules)' },
			EventType: { ...ALERT_KIND, promote: true },
			Disabled: { displayName: 'Disable', description: 'Whether to disable the rule; off enables it', default: false, promote: true },
		},
	},
	ListAlertResults: {
		name: 'Get Alert Results',
		description: 'Items the scripted alerts reported, each with its status, when it was first seen and resolved (CIPP 10.10; older CIPP: one tenant, latest runs)',
		resource: 'alert',
		fields: {
			IncludeResolved: { displayName: 'Include Resolved', description: 'Whether to return resolved items too (those resolved within the days below)', promote: true },
			Days: { displayName: 'Resolved Within (Days)', description: 'How far back resolved items are returned, 1 to 366 (CIPP uses 2 when unset)', default: 2 },
		},
	},
	ListAlertsQueue: {
		name: 'Get Alert Rules',
		description: 'Configured audit log alert rules and scripted alerts you have access to',
		fields: {},
	},
	ListAuditLogCoverage: {
		name: 'Get Audit Log Coverage',
		description: 'State of each hourly audit log collection window per tenant (default: last 48 hours)',
		fields: {
			RelativeTime: { displayName: 'Period', description: 'How far back, e.g. 48h, 7d or 30m' },
			StartDate: { displayName: 'Start Date', description: 'Start of the period (Unix seconds or date), when no period is set' },
			EndDate: { displayName: 'End Date', description: 'End of the period (Unix seconds or date)' },
		},
	},
	ListAuditLogSearches: {
		name: 'Get Audit Log Searches',
		description: "Audit log searches CIPP stored, a tenant's searches in Microsoft 365, or the results of one search",
		fields: {
			Type: {
				displayName: 'Type',
				description: "What to return; empty lists the searches CIPP stored",
				options: { Searches: 'Tenant Searches', SearchResults: 'Search Results' },
			},
			SearchId: { displayName: 'Search ID', description: 'Search whose results to return' },
			Days: { displayName: 'Days', description: 'How many days back to list stored searches', default: 1 },
		},
	},
	ListAuditLogTest: {
		name: 'Test Audit Log Rules',
		description: 'Run the alert rules over one audit log search to see what would match (fails in CIPP 10.8.2)',
		fields: {
			SearchId: { displayName: 'Search ID', description: 'Audit log search to test against' },
		},
	},
	ListAuditLogs: {
		name: 'Get Audit Log Alerts',
		description: 'Audit log events that matched an alert rule (default: last 7 days)',
		fields: {
			RelativeTime: { displayName: 'Period', description: 'How far back, e.g. 15m, 4h, 7d' },
			StartDate: { displayName: 'Start Date', description: 'Start of the period (Unix seconds or date), when no period is set' },
			EndDate: { displayName: 'End Date', description: 'End of the period (Unix seconds or date)' },
			LogId: { displayName: 'Log ID', description: 'Return only this event' },
		},
	},
	ListPendingWebhooks: {
		name: 'Get Pending Webhooks',
		description: 'Incoming webhook notifications waiting to be processed',
		fields: {},
	},
	ListSnoozedAlerts: {
		name: 'Get Many Snoozed Alerts',
		description: 'Snoozed alert items with their status and remaining days',
		resource: 'alert',
		fields: {
			CmdletName: { ...ALERT_COMMAND, description: 'Return only snoozes of this alert cmdlet' },
		},
	},
	ListWebhookAlert: {
		name: 'Get Legacy Webhook Alerts',
		description: 'Alert rules of the older webhook alert system',
		fields: {},
	},
	PublicWebhooks: {
		name: 'Receive Webhook',
		description: 'Public receiver that Microsoft Graph and Partner Center call with notifications and validation requests',
		fields: {
			CIPPID: { displayName: 'Webhook ID', description: 'CIPP ID of the registered webhook' },
			Type: { displayName: 'Type', description: 'Source of the notification', options: { GraphSubscription: 'Graph Subscription', PartnerCenter: 'Partner Center' } },
			validationCode: { displayName: 'Validation Code', description: 'Code to echo back when the sender validates the URL' },
			ValidationToken: { displayName: 'Validation Token', description: 'Token to echo back when Graph validates the URL' },
			value: { displayName: 'Notifications', description: 'JSON array of Graph change notifications' },
		},
	},
	RemoveQueuedAlert: {
		name: 'Delete Alert Rule',
		description: 'Delete an audit log alert rule or a scripted alert',
		fields: {
			ID: { displayName: 'Alert ID', description: 'Row key of the alert (see Get Alert Rules)' },
			EventType: ALERT_KIND,
		},
	},
	RemoveWebhookAlert: {
		name: 'Delete Legacy Webhook Alert',
		description: "Delete a rule of the older webhook alert system and the tenant's audit log subscription",
		fields: {
			ID: { displayName: 'Rule ID', description: 'Row key of the rule to delete' },
		},
	},
};
