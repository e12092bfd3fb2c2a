import type { INodeProperties } from 'n8n-workflow';

/** Parameters that are not CIPP fields: paging, per-run options and the custom call. */

export const CUSTOM_RESOURCE = 'customApi';
export const CUSTOM_OPERATION = 'callEndpoint';

/** The parameter that carries the whole body of an endpoint that stores or forwards it. */
export const TEMPLATE_PARAM = 'template';
export const TEMPLATE_LABEL = 'Template (JSON)';

/** The whole object CIPP stores or forwards; the named fields of the operation are set on top of it. */
export function templateProperty(requires: readonly string[]): INodeProperties {
	const members = requires.length > 0 ? ` It must contain ${requires.map((member) => `"${member}"`).join(', ')}.` : '';
	return {
		displayName: TEMPLATE_LABEL,
		name: TEMPLATE_PARAM,
		type: 'json',
		default: '{}',
		required: true,
		description: `The JSON object CIPP stores as it is, e.g. copied from an export; the fields below are set on top of it.${members}`,
	};
}

/**
 * Return All and Limit, for every list operation. The rule names the operations by their prefix
 * (the catalog's definition of a list) rather than listing 236 names, to keep the description small.
 */
export function listProperties(prefixes: readonly string[]): INodeProperties[] {
	const operations = prefixes.map((prefix) => ({ _cnd: { startsWith: prefix } }));
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { operation: operations } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { operation: operations, returnAll: [false] } },
		},
	];
}

export const optionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Batch Requests',
			name: 'batchRequests',
			type: 'boolean',
			default: false,
			description:
				"Whether to send up to 20 items in one request through CIPP's $batch route. Faster for many items; Graph paging and All Tenants reads are still sent one by one.",
		},
		{
			displayName: 'Extra Body Fields (JSON)',
			name: 'extraBody',
			type: 'json',
			default: '{}',
			description: "Fields merged into the JSON body as they are, for fields this node does not list. Keys the node already sets are overwritten.",
		},
		{
			displayName: 'Extra Query Parameters (JSON)',
			name: 'extraQuery',
			type: 'json',
			default: '{}',
			description: 'Query-string parameters added as they are, e.g. {"UseReportDB": "true"}',
		},
		{
			displayName: 'Fail on Soft Errors',
			name: 'failOnSoftErrors',
			type: 'boolean',
			default: true,
			description:
				"Whether to treat a 2xx answer that reports failure (state 'error', or text starting with Failed or Error) as an error",
		},
		{
			displayName: 'Max Queue Wait (Seconds)',
			name: 'queueWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'For All Tenants requests that CIPP answers with "queued": how long to keep polling until the data is ready. 0 returns the queued answer as it is.',
		},
		{
			displayName: 'Max Retry Time (Seconds)',
			name: 'maxRetrySeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 60,
			description:
				'Total time to spend waiting before retries when CIPP answers 429 or 503 (and 502 or 504 for reads). 0 disables retries.',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 1,
			description: 'How many input items are sent to CIPP at the same time. Output order stays the same.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 600,
			description: 'How long to wait for CIPP to answer one request (CIPP actions may take up to 10 minutes)',
		},
	],
};

export function customCallProperties(): INodeProperties[] {
	const show = { displayOptions: { show: { resource: [CUSTOM_RESOURCE], operation: [CUSTOM_OPERATION] } } };
	return [
		{
			displayName: 'Endpoint Name',
			name: 'endpointName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. ListUsers',
			description: 'The CIPP endpoint, as in /api/&lt;name&gt;. A name only: letters, digits, _ and $.',
			...show,
		},
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			default: 'GET',
			options: [
				{ name: 'GET', value: 'GET' },
				{ name: 'POST', value: 'POST' },
			],
			...show,
		},
		{
			displayName: 'Query Parameters (JSON)',
			name: 'queryJson',
			type: 'json',
			default: '{}',
			description: 'Query-string parameters, e.g. {"tenantFilter": "contoso.onmicrosoft.com"}',
			...show,
		},
		{
			displayName: 'Body (JSON)',
			name: 'bodyJson',
			type: 'json',
			default: '{}',
			description: 'JSON body for POST requests',
			displayOptions: { show: { resource: [CUSTOM_RESOURCE], operation: [CUSTOM_OPERATION], method: ['POST'] } },
		},
	];
}
