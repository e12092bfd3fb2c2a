import type { INodeProperties } from 'n8n-workflow';

import { NOTIFICATION_SOURCES } from './notificationSources';

/**
 * Parameters both triggers offer (the CIPP Trigger's two versions and the CIPP Poll Trigger):
 * one definition each, placed by the descriptions that use them.
 */

export const EMIT_PROPERTY: INodeProperties = {
	displayName: 'Emit',
	name: 'split',
	type: 'options',
	default: 'perEntry',
	options: [
		{ name: 'One Item per Alert or Entry', value: 'perEntry' },
		{ name: 'One Item per Notification', value: 'perRequest' },
	],
};

export const POLL_TENANT_PROPERTY: INodeProperties = {
	displayName: 'Tenant',
	name: 'tenant',
	type: 'string',
	default: 'AllTenants',
	placeholder: 'e.g. contoso.onmicrosoft.com',
	description: "Tenant domain or ID to watch, or 'AllTenants'",
};

export const SEVERITIES_PROPERTY: INodeProperties = {
	displayName: 'Severities',
	name: 'severities',
	type: 'multiOptions',
	default: ['Alert', 'Critical', 'Error'],
	options: ['Alert', 'Critical', 'Debug', 'Error', 'Info', 'Warning'].map((value) => ({ name: value, value })),
	description: 'Logbook entries of these severities start the workflow',
	displayOptions: { show: { event: ['logbook'] } },
};

export const LOOK_BACK_PROPERTY: INodeProperties = {
	displayName: 'Look Back on First Run (Hours)',
	name: 'lookBackHours',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'On activation, also emit events of this many past hours. 0 emits only events that happen from now on.',
};

const SOURCES_FILTER: INodeProperties = {
	displayName: 'Sources',
	name: 'sources',
	type: 'multiOptions',
	default: [],
	options: NOTIFICATION_SOURCES.map(({ name, description }) => ({ name, value: name, description })),
	description: "Only notifications from these CIPP features (the standardized schema's 'source')",
};

const TENANTS_FILTER: INodeProperties = {
	displayName: 'Tenants',
	name: 'tenants',
	type: 'string',
	default: '',
	placeholder: 'e.g. contoso.onmicrosoft.com, fabrikam.onmicrosoft.com',
	description: 'Only events of these tenants, comma-separated',
};

const TITLE_FILTER: INodeProperties = {
	displayName: 'Title Contains',
	name: 'titleContains',
	type: 'string',
	default: '',
	description: 'Only events whose title contains this text (case-insensitive)',
};

/** The "Filters" collection; notifications can also be filtered by the CIPP feature that sent them. */
export function filtersProperty(bySource: boolean): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: bySource ? [SOURCES_FILTER, TENANTS_FILTER, TITLE_FILTER] : [TENANTS_FILTER, TITLE_FILTER],
	};
}
