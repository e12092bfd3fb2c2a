import type { INodeProperties } from 'n8n-workflow';

import { EMIT_PROPERTY, filtersProperty } from '../../shared/trigger/properties';

/** Parameters of the CIPP Trigger (version 2): webhook only; polling is the CIPP Poll Trigger's. */

const registered = { displayOptions: { show: { registerInCipp: [true] } } };
const setUpByHand = { displayOptions: { show: { registerInCipp: [false] } } };

export const webhookTriggerProperties: INodeProperties[] = [
	{
		displayName: 'Register in CIPP Automatically',
		name: 'registerInCipp',
		type: 'boolean',
		default: false,
		description:
			"Whether to point CIPP's notifications at this trigger when the workflow is activated, and put the previous settings back when it is deactivated. Needs the CIPP API credential with the CIPP.AppSettings.ReadWrite permission.",
	},
	{
		displayName:
			"On activation CIPP's notification settings keep your email, severities, log types and integration settings; only the webhook URL, the standardized schema and a secret header generated for this workflow are set. Test it with the CIPP node's Alert > 'Send Test Notification'.",
		name: 'registrationNotice',
		type: 'notice',
		default: '',
		...registered,
	},
	{
		displayName: 'Replace the Existing Webhook',
		name: 'replaceExistingWebhook',
		type: 'boolean',
		default: false,
		description:
			"Whether to register even when CIPP already sends notifications to another webhook that uses a secret. That secret stays in CIPP's Key Vault and cannot be restored on deactivation, and the other webhook gets nothing while this workflow is active.",
		...registered,
	},
	{
		displayName:
			"In CIPP open Settings > Notifications: paste this node's Production URL as the webhook URL, turn on 'Use Standardized Alert Schema', and choose the authentication your CIPP Webhook Auth credential holds.",
		name: 'setupNotice',
		type: 'notice',
		default: '',
		...setUpByHand,
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		default: 'webhookAuth',
		options: [
			{ name: 'CIPP Webhook Auth', value: 'webhookAuth', description: 'Check the token, basic auth or header CIPP sends' },
			{ name: 'None', value: 'none', description: 'Accept any request to the URL' },
		],
		description: 'How notifications are checked before they start the workflow',
		...setUpByHand,
	},
	EMIT_PROPERTY,
	filtersProperty(true),
];
