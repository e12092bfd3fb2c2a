import type { IDataObject } from 'n8n-workflow';

import { ENDPOINT_NAME } from '../../shared/cipp/transport/cippRequest';
import { DEFAULT_RETRY } from '../../shared/cipp/transport/retryPolicy';
import { readJsonOption } from './buildRequest';
import { FieldValueError } from './fieldValues';
import type { ParameterReader } from './parameters';
import type { PreparedItem } from './preparedItem';

/**
 * The run options every item reads, and "Custom API Call": any CIPP endpoint by name, with the
 * query and body as JSON. Kept apart from the router so the generic path has one home.
 */

export interface RunOptions {
	failOnSoftErrors: boolean;
	timeoutMs: number;
	maxRetryMs: number;
	queueWaitMs: number;
	parallel: number;
	batch: boolean;
	/** The options as entered, for the extra body and query fields. */
	entered: IDataObject;
}


export function readOptions(params: ParameterReader, itemIndex: number): RunOptions {
	const entered = params.get<IDataObject>('options', itemIndex, {});
	const number = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
	return {
		failOnSoftErrors: entered.failOnSoftErrors !== false,
		timeoutMs: Math.max(1, number(entered.timeoutSeconds, 600)) * 1000,
		maxRetryMs: number(entered.maxRetrySeconds, 60) * 1000,
		queueWaitMs: number(entered.queueWaitSeconds, 120) * 1000,
		parallel: Math.min(50, Math.max(1, Math.floor(number(entered.parallelRequests, 1)))),
		batch: entered.batchRequests === true,
		entered,
	};
}

export function prepareCustomCall(params: ParameterReader, itemIndex: number, options: RunOptions): PreparedItem {
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
