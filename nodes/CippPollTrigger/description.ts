import type { INodeProperties } from 'n8n-workflow';

import { LOOK_BACK_PROPERTY, POLL_TENANT_PROPERTY, SEVERITIES_PROPERTY, filtersProperty } from '../shared/trigger/properties';
import { POLL_SOURCES } from '../shared/trigger/polling/sources';

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
	POLL_TENANT_PROPERTY,
	SEVERITIES_PROPERTY,
	LOOK_BACK_PROPERTY,
	filtersProperty(false),
];
