import type { INodeProperties } from 'n8n-workflow';

import { EMIT_PROPERTY, LOOK_BACK_PROPERTY, POLL_TENANT_PROPERTY, SEVERITIES_PROPERTY, filtersProperty } from '../../shared/trigger/properties';

/** Parameters of the CIPP Trigger version 1: which events, webhook authentication, filters, polling options. */

const webhookOnly = { displayOptions: { show: { event: ['webhook'] } } };
const pollingOnly = { displayOptions: { hide: { event: ['webhook'] } } };


export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'webhook',
		options: [
			{
				name: 'CIPP Notification (Webhook)',
				value: 'webhook',
				description: 'CIPP posts alerts, logbook entries and task results to this node',
			},
			{ name: 'Finished Scheduled Task or Alert (Polling)', value: 'scheduledTask', description: 'Polls ListScheduledItems' },
			{ name: 'New Audit Log Alert (Polling)', value: 'auditLog', description: 'Polls ListAuditLogs' },
			{ name: 'New Defender Incident (Polling)', value: 'incident', description: 'Polls ExecIncidentsList' },
			{ name: 'New Logbook Entry (Polling)', value: 'logbook', description: 'Polls ListLogs' },
		],
	},
	{
		displayName:
			"In CIPP open Settings > Notifications: paste this node's Production URL as the webhook URL, turn on 'Use Standardized Alert Schema', and pick the same authentication as below. Send a test with the Alert resource's 'Send Test Notification' (ExecAddAlert).",
		name: 'setupNotice',
		type: 'notice',
		default: '',
		...webhookOnly,
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		default: 'bearer',
		options: [
			{ name: 'Basic Auth', value: 'basic' },
			{ name: 'Bearer Token', value: 'bearer' },
			{ name: 'Header', value: 'header', description: "CIPP's 'API key' option: a named header" },
			{ name: 'None', value: 'none' },
		],
		description: 'What CIPP sends with each notification (webhook auth type in CIPP)',
		...webhookOnly,
	},
	{
		displayName: 'Token',
		name: 'bearerToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The token set in CIPP; CIPP sends Authorization: Bearer &lt;token&gt;',
		displayOptions: { show: { event: ['webhook'], authentication: ['bearer'] } },
	},
	{
		displayName: 'User Name',
		name: 'basicUser',
		type: 'string',
		default: '',
		displayOptions: { show: { event: ['webhook'], authentication: ['basic'] } },
	},
	{
		displayName: 'Password',
		name: 'basicPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { event: ['webhook'], authentication: ['basic'] } },
	},
	{
		displayName: 'Header Name',
		name: 'headerName',
		type: 'string',
		default: 'X-CIPP-Key',
		displayOptions: { show: { event: ['webhook'], authentication: ['header'] } },
	},
	{
		displayName: 'Header Value',
		name: 'headerValue',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { event: ['webhook'], authentication: ['header'] } },
	},
	{ ...EMIT_PROPERTY, ...webhookOnly },
	{ ...POLL_TENANT_PROPERTY, ...pollingOnly },
	SEVERITIES_PROPERTY,
	{ ...LOOK_BACK_PROPERTY, ...pollingOnly },
	filtersProperty(true),
];
