import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { CIPP_API_ROOT_EXPRESSION } from './cippApiUrl';
import { acquireAccessToken } from './entra/clientCredentialsGrant';
import { rateLimitProperties } from './rateLimitFields';

/**
 * CIPP API client credential: an Entra ID app registration created by CIPP
 * (CIPP > Integrations > CIPP-API). n8n runs `preAuthentication` to get a token with the
 * client-credentials grant, stores it in the hidden `accessToken` field, sends it as a Bearer
 * header, and on a 401 from CIPP calls `preAuthentication` again and retries once.
 */
export class CippApi implements ICredentialType {
	name = 'cippApi';

	displayName = 'CIPP API';

	icon: Icon = { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' };

	documentationUrl = 'https://docs.cipp.app/api-documentation/setup-and-authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'CIPP API URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://cippxxxxx.azurewebsites.net',
			description:
				"The API URL shown in CIPP > Integrations > CIPP-API. A trailing '/' or '/api' is fine. Not the address of the CIPP web page, which answers with HTML.",
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 00000000-0000-0000-0000-000000000000',
			description: 'ID or primary domain of your partner tenant, the one that owns the CIPP API client',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 00000000-0000-0000-0000-000000000000',
			description: 'Client ID of the API client created in CIPP > Integrations > CIPP-API',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The secret's value (not its ID), shown once when the API client is created or its secret is reset",
		},
		{
			displayName: 'API Scope',
			name: 'scope',
			type: 'string',
			default: '',
			placeholder: 'e.g. api://00000000-0000-0000-0000-000000000000/.default',
			description:
				'Leave empty for CIPP (api://&lt;client ID&gt;/.default is used). To call another Entra-protected API with this credential through the HTTP Request node, enter its scope, e.g. https://apps.azureiotcentral.com/.default',
		},
		{
			displayName: 'Authority',
			name: 'authority',
			type: 'options',
			default: 'global',
			options: [
				{ name: 'Microsoft Global Cloud', value: 'global', description: 'login.microsoftonline.com' },
				{ name: 'US Government (GCC High, DoD)', value: 'usGov', description: 'login.microsoftonline.us' },
				{ name: 'China (21Vianet)', value: 'china', description: 'login.chinacloudapi.cn' },
				{ name: 'Custom Token Endpoint', value: 'custom', description: 'Any OAuth2 authority host' },
			],
			description: 'Where tokens are requested',
		},
		{
			displayName: 'Token Endpoint Base URL',
			name: 'customAuthority',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://login.microsoftonline.com',
			description: 'Host that serves &lt;base&gt;/&lt;tenant&gt;/oauth2/v2.0/token',
			displayOptions: { show: { authority: ['custom'] } },
		},
		...rateLimitProperties,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		return await acquireAccessToken.call(this, credentials);
	}

	// A function rather than a generic `{{$credentials.accessToken}}` header: n8n evaluates generic
	// templates as expressions on every request, which costs milliseconds per call at scale.
	// It is an own property, not a class method: n8n builds the editor's list of credential types
	// by spreading each credential object, which drops prototype methods, and the HTTP Request
	// node offers only credentials that keep an `authenticate` there.
	authenticate: IAuthenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const token = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
		requestOptions.headers = { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` };
		return requestOptions;
	};

	// ListApiTest needs the CIPP.Core.Read permission, so a pass proves the token is accepted
	// and the API client has a role. (/api/me is unreliable for API clients with a built-in role.)
	test: ICredentialTestRequest = {
		request: {
			baseURL: `${CIPP_API_ROOT_EXPRESSION}/api`,
			url: '/ListApiTest',
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'Request',
					value: undefined,
					message:
						"CIPP answered, but not with its API: the 'CIPP API URL' probably points at the CIPP web front end. Use the API URL from CIPP > Integrations > CIPP-API.",
				},
			},
		],
	};
}
