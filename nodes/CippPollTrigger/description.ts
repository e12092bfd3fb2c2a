import type { INodeProperties } from 'n8n-workflow';

import { POLL_SOURCES } from './sources';

/** Parameters of the CIPP Poll Trigger: what to watch, where, and how far back to start. */
export const pollTriggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'auditLog',
		options: POLL_SOURCES.map(({ event, name, description }) => ({ name, value: event, description })),
	},
	{
		displayName: 'Tenant',
		name: 'tenant',
		type: 'string',
		default: 'AllTenants',
		placeholder: 'e.g. contoso.onmicrosoft.com',
		description: "Tenant domain or ID to watch, or 'AllTenants'",
	},
	{
		displayName: 'Severities',
		name: 'severities',
		type: 'multiOptions',
		default: ['Alert', 'Critical', 'Error'],
		options: ['Alert', 'Critical', 'Debug', 'Error', 'Info', 'Warning'].map((value) => ({ name: value, value })),
		description: 'Logbook entries of these severities start the workflow',
		displayOptions: { show: { event: ['logbook'] } },
	},
	{
		displayName: 'Look Back on First Run (Hours)',
		name: 'lookBackHours',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'On activation, also emit events of this many past hours. 0 emits only events that happen from now on.',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Tenants',
				name: 'tenants',
				type: 'string',
				default: '',
				placeholder: 'e.g. contoso.onmicrosoft.com, fabrikam.onmicrosoft.com',
				description: 'Only events of these tenants, comma-separated',
			},
			{
				displayName: 'Title Contains',
				name: 'titleContains',
				type: 'string',
				default: '',
				description: 'Only events whose title contains this text (case-insensitive)',
			},
		],
	},
];
