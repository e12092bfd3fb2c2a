import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINT_NAME } from '../../shared/cipp/transport/cippRequest';

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

/** Version 1.1 of the node: the endpoint is picked from the connected CIPP, its fields come from its spec. */
export const ENDPOINT_PICKER_VERSION = 1.1;

/** The parameter names of the generic call (version 1.1), which the actions and methods read. */
export const ENDPOINT_PARAM = 'endpoint';
export const INPUT_MODE_PARAM = 'inputMode';
export const ENDPOINT_FIELDS_PARAM = 'endpointFields';

/**
 * "Custom API Call". Version 1 (saved workflows): an endpoint name, a method and JSON. Version 1.1:
 * the endpoint picked from the connected CIPP's own list, with its fields in n8n's resource
 * mapper, or the query and body as JSON.
 */
export function customCallProperties(): INodeProperties[] {
	const call = { resource: [CUSTOM_RESOURCE], operation: [CUSTOM_OPERATION] };
	const v1 = { ...call, '@version': [1] };
	const picker = { ...call, '@version': [{ _cnd: { gte: ENDPOINT_PICKER_VERSION } }] };
	const json = { ...picker, [INPUT_MODE_PARAM]: ['json'] };
	const queryJson: INodeProperties = {
		displayName: 'Query Parameters (JSON)',
		name: 'queryJson',
		type: 'json',
		default: '{}',
		description: 'Query-string parameters, e.g. {"tenantFilter": "contoso.onmicrosoft.com"}',
	};
	const bodyJson: INodeProperties = {
		displayName: 'Body (JSON)',
		name: 'bodyJson',
		type: 'json',
		default: '{}',
		description: 'JSON body for POST requests',
	};
	return [
		{
			displayName: 'Endpoint Name',
			name: 'endpointName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. ListUsers',
			description: 'The CIPP endpoint, as in /api/&lt;name&gt;. A name only: letters, digits, _ and $.',
			displayOptions: { show: v1 },
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
			displayOptions: { show: v1 },
		},
		{ ...queryJson, displayOptions: { show: v1 } },
		{ ...bodyJson, displayOptions: { show: { ...v1, method: ['POST'] } } },
		{
			displayName: 'Endpoint',
			name: ENDPOINT_PARAM,
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			required: true,
			description: "The CIPP endpoint to call. The list is your CIPP's own (CIPP 10.10 and later), or this node's catalog for older releases.",
			displayOptions: { show: picker },
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select an endpoint...',
					typeOptions: { searchListMethod: 'searchEndpoints', searchable: true },
				},
				{
					displayName: 'By Name',
					name: 'name',
					type: 'string',
					placeholder: 'e.g. ListUsers',
					validation: [
						{
							type: 'regex',
							properties: { regex: ENDPOINT_NAME.source, errorMessage: 'Enter an endpoint name such as ListUsers: letters, digits, _ or $ only' },
						},
					],
				},
			],
		},
		{
			displayName: 'Input',
			name: INPUT_MODE_PARAM,
			type: 'options',
			noDataExpression: true,
			default: 'fields',
			options: [
				{
					name: 'Fields',
					value: 'fields',
					description: "The endpoint's fields, checked and shaped as CIPP reads them",
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'The query and body as JSON, sent as they are',
				},
			],
			displayOptions: { show: picker },
		},
		{
			displayName: 'Fields',
			name: ENDPOINT_FIELDS_PARAM,
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			required: true,
			typeOptions: {
				loadOptionsDependsOn: [`${ENDPOINT_PARAM}.value`],
				resourceMapper: {
					resourceMapperMethod: 'getEndpointFields',
					mode: 'add',
					fieldWords: { singular: 'field', plural: 'fields' },
					addAllFields: true,
					multiKeyMatch: false,
					supportAutoMap: false,
					noFieldsError: "No fields found for this endpoint. Pick an endpoint, or switch 'Input' to JSON.",
				},
			},
			displayOptions: { show: { ...picker, [INPUT_MODE_PARAM]: ['fields'] } },
		},
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			default: 'auto',
			options: [
				{ name: 'As the Endpoint Expects', value: 'auto', description: "The method in CIPP's spec or this node's catalog" },
				{ name: 'GET', value: 'GET' },
				{ name: 'POST', value: 'POST' },
			],
			displayOptions: { show: json },
		},
		{ ...queryJson, displayOptions: { show: json } },
		{ ...bodyJson, description: 'JSON body, sent with POST', displayOptions: { show: json, hide: { method: ['GET'] } } },
	];
}
