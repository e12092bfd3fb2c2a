import type { CuratedResource } from './types';

/** Scheduler: our words for CIPP's scheduled tasks, which run a CIPP command once or on a recurrence. */
export const SCHEDULER: CuratedResource = {
	AddScheduledItem: {
		name: 'Create Scheduled Task',
		description:
			'Schedule a CIPP command for a tenant, a tenant group or all tenants, once or on a recurrence; the same Row Key replaces an existing task',
		fields: {
			Command: {
				displayName: 'Command',
				description: 'CIPP command to run (see Get Function Parameters); other modules and blocked commands are refused',
				placeholder: 'e.g. Get-CIPPAlertMFAAdmins',
			},
			Parameters: {
				displayName: 'Parameters',
				description:
					'JSON object of command parameters by name; names the command lacks are dropped and TenantFilter is filled in for each tenant',
				placeholder: 'e.g. {"UserPrincipalName": "jane@contoso.com"}',
			},
			Name: { displayName: 'Task Name', description: 'Name of the task as shown in the task list and alerts', placeholder: 'e.g. Weekly MFA admin check' },
			ScheduledTime: {
				displayName: 'Start Time',
				description: 'When to run first, as Unix time in seconds; empty or 0 runs at the next 15-minute scheduler cycle',
				placeholder: 'e.g. 1767225600',
			},
			Recurrence: {
				displayName: 'Recurrence',
				description: 'How often to repeat: 0 for once, or a number with m, h or d (minutes, hours, days); a bare number means days',
				default: '0',
				promote: true,
			},
			PostExecution: {
				displayName: 'Send Results To',
				description: 'Where to send the results after each run, as {value,label} entries: Webhook, Email and/or PSA (per the notification settings)',
				placeholder: 'e.g. [{"value": "Email", "label": "Email"}]',
			},
			excludedTenants: {
				displayName: 'Excluded Tenants',
				description: 'Tenants (or tenant groups, with type "Group") to skip when the task runs for all tenants or a tenant group',
				placeholder: 'e.g. [{"value": "fabrikam.onmicrosoft.com", "label": "Fabrikam"}]',
			},
			Reference: { displayName: 'Reference', description: 'Free text kept with the task and added to alert titles, such as a ticket number' },
			AlertComment: {
				displayName: 'Alert Comment',
				description: 'Text added to the alert sent with the results; %resultcount% and tenant variables are filled in',
			},
			CustomSubject: { displayName: 'Alert Subject', description: 'Title of the alert sent with the results, instead of the default' },
			PsaTicketStrategy: {
				displayName: 'PSA Ticket Strategy',
				description: 'With PSA results: one ticket per affected user or one per tenant; empty follows the HaloPSA integration setting',
				options: { split: 'One Ticket per User', consolidated: 'One Ticket per Tenant' },
			},
			Tag: { displayName: 'Tag', description: 'Label stored with the task' },
			AdditionalProperties: {
				displayName: 'Additional Properties',
				description: 'JSON array of {"Key": ..., "Value": ...} pairs stored with the task',
				placeholder: 'e.g. [{"Key": "Owner", "Value": "Service desk"}]',
			},
			Trigger: {
				displayName: 'Trigger',
				description:
					'JSON object that makes this a triggered task, e.g. a Graph delta query on users; the command then runs only when the conditions match',
				placeholder: 'e.g. {"Type": "DeltaQuery", "DeltaResource": "users", "EventType": "created", "ExecutePerResource": true}',
			},
			RowKey: {
				displayName: 'Task ID',
				description: 'ID of an existing task: with Run Now it is run again now, otherwise that task is replaced by this one',
			},
			RunNow: { displayName: 'Run Now', description: 'Whether to run the task straight away instead of waiting for the scheduler', default: false },
			DisallowDuplicateName: {
				displayName: 'Skip if Name Exists',
				description: 'Whether to add nothing when an unfinished task with the same name already exists',
				default: false,
			},
			hidden: { displayName: 'Hidden', description: 'Whether to hide the task from the normal task list', default: false },
			DesiredStartTime: {
				displayName: 'Desired Start Time',
				description: 'Unix time in seconds that overrides Start Time',
				placeholder: 'e.g. 1767225600',
			},
		},
	},
	ExecSchedulerBillingRun: {
		name: 'Run Billing Sync',
		description: 'Run the Gradient billing sync now; only acts when Gradient billing is enabled and returns no result',
		fields: {},
	},
	ListFunctionParameters: {
		name: 'Get Function Parameters',
		description: 'List the commands a scheduled task can run, with each parameter, its type and whether it is required',
		fields: {
			Module: {
				displayName: 'Module',
				description: 'Module whose commands to list; ExchangeOnlineManagement lists the Exchange Online cmdlets',
				placeholder: 'e.g. CIPPCore',
			},
			Function: { displayName: 'Command', description: 'Only this command', placeholder: 'e.g. Set-CIPPSignInState' },
			Compliance: {
				displayName: 'Compliance Cmdlets',
				description: 'Whether to list the Security & Compliance cmdlets (ExchangeOnlineManagement only)',
				default: false,
			},
		},
	},
	ListScheduledItemDetails: {
		name: 'Get Scheduled Task Results',
		description: 'One scheduled task with its parameters and the results per tenant',
		fields: {
			RowKey: { displayName: 'Task ID', description: 'ID (RowKey) of the scheduled task' },
		},
	},
	ListScheduledItems: {
		name: 'Get Many Scheduled Tasks',
		description: 'List scheduled tasks with their schedule and last results, optionally for one tenant',
		fields: {
			Id: { displayName: 'Task ID', description: 'Return only this task; the other filters are then ignored' },
			Name: { displayName: 'Name', description: 'Return only tasks with exactly this name' },
			SearchTitle: { displayName: 'Name Pattern', description: 'Wildcard pattern on the task name', placeholder: 'e.g. *Vacation*' },
			Type: { displayName: 'Command', description: 'Return only tasks that run this command', placeholder: 'e.g. Invoke-CIPPOffboardingJob' },
			ShowHidden: {
				displayName: 'Hidden Tasks',
				description: 'Whether to list the hidden system tasks instead of the normal ones',
				default: false,
			},
		},
	},
	RemoveScheduledItem: {
		name: 'Delete Scheduled Task',
		description: 'Delete a scheduled task and its stored results',
		fields: {
			id: { displayName: 'Task ID', description: 'ID (RowKey) of the scheduled task' },
		},
	},
};
