import { ENDPOINT_NAME } from '../../shared/cipp/transport/cippRequest';
import { DEFAULT_RETRY } from '../../shared/cipp/transport/retryPolicy';
import { ENDPOINT_PICKER_VERSION } from '../description/sharedProperties';
import { readJsonOption } from './buildRequest';
import { prepareEndpointCall } from './endpointCall';
import { FieldValueError } from './fieldValues';
import type { ParameterReader } from './parameters';
import type { PreparedItem } from './preparedItem';
import type { RunOptions } from './runOptions';

/**
 * "Custom API Call": any CIPP endpoint by name. Version 1 of the node (saved workflows) takes the
 * name, the method and the query and body as JSON and sends them as they are; later versions pick
 * the endpoint from the connected CIPP and fill its fields (endpointCall.ts).
 */

export { readOptions } from './runOptions';
export type { RunOptions } from './runOptions';

export function prepareCustomCall(params: ParameterReader, itemIndex: number, options: RunOptions): PreparedItem {
	if (params.typeVersion >= ENDPOINT_PICKER_VERSION) return prepareEndpointCall(params, itemIndex, options);
	const endpoint = String(params.get('endpointName', itemIndex, '')).trim();
	if (!ENDPOINT_NAME.test(endpoint)) {
		throw new FieldValueError(
			'Endpoint Name',
			`'Endpoint Name' must be a CIPP endpoint name such as ListUsers, not '${endpoint.slice(0, 80)}'`,
			'Use letters, digits, _ or $ only. URLs, paths and query strings are not allowed: the request always goes to your CIPP API URL.',
		);
	}
	const method = params.get<string>('method', itemIndex, 'GET') === 'POST' ? 'POST' : 'GET';
	const qs = readJsonOption(params.get('queryJson', itemIndex, '{}'), 'Query Parameters (JSON)');
	const body =
		method === 'POST' ? readJsonOption(params.get('bodyJson', itemIndex, '{}'), 'Body (JSON)') : undefined;
	return {
		itemIndex,
		request: {
			endpoint,
			method,
			qs,
			body,
			itemIndex,
			timeoutMs: options.timeoutMs,
			retry: { ...DEFAULT_RETRY, enabled: options.maxRetryMs > 0, maxWaitMs: options.maxRetryMs },
			isRead: method === 'GET',
		},
		fetch: { returnAll: true, limit: 0, queueWaitMs: 0 },
		failOnSoftErrors: options.failOnSoftErrors,
	};
}
