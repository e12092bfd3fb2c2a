import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * What CIPP sends with each notification (CIPP > Settings > Notifications, webhook auth), so the
 * CIPP Trigger can check it. Kept in a credential, encrypted by n8n, rather than in node
 * parameters, which are saved in plain workflow JSON. There is nothing to call for a test: the
 * trigger's `checkWebhookAuth` method checks the values are complete.
 */
export class CippWebhookAuthApi implements ICredentialType {
	name = 'cippWebhookAuthApi';

	displayName = 'CIPP Webhook Auth API';

	icon: Icon = { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' };

	documentationUrl = 'https://docs.cipp.app/user-documentation/cipp/settings/notifications';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			default: 'bearer',
			options: [
				{ name: 'Bearer Token', value: 'bearer', description: "CIPP's 'Bearer' webhook auth" },
				{ name: 'Basic Auth', value: 'basic', description: "CIPP's 'Basic' webhook auth" },
				{ name: 'Header', value: 'header', description: "CIPP's 'API key' webhook auth: a named header" },
			],
			description: 'The webhook authentication chosen in CIPP > Settings > Notifications',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The token entered in CIPP; CIPP sends it as Authorization: Bearer &lt;token&gt;',
			displayOptions: { show: { authType: ['bearer'] } },
		},
		{
			displayName: 'User Name',
			name: 'username',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-CIPP-Key',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'Header Value',
			name: 'headerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['header'] } },
		},
	];
}
