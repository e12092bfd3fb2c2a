import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { findOperation } from '../catalog';
import type { Operation } from '../catalog';
import { CUSTOM_OPERATION } from '../description/sharedProperties';
import { cippError } from '../transport/errors';
import { DEFAULT_RETRY } from '../transport/retryPolicy';
import { ENDPOINT_NAME, cippRequest } from '../transport/cippRequest';
import type { CippRequest } from '../transport/cippRequest';
import { buildRequest, readJsonOption } from './buildRequest';
import { fetchResults } from './fetchResults';
import { FieldValueError } from './fieldValues';
import { shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';

/**
 * Runs every input item: resolves the operation, builds and validates the request, calls CIPP,
 * and shapes the answer. Items run with bounded parallelism; output keeps input order, every
 * output item is paired with its input, and with continue-on-fail each failed item yields one
 * error item instead of stopping the run.
 */

interface RunOptions {
	failOnSoftErrors: boolean;
	timeoutMs: number;
	maxRetryMs: number;
	queueWaitMs: number;
	parallel: number;
	raw: IDataObject;
}

function readOptions(context: IExecuteFunctions, itemIndex: number): RunOptions {
	const raw = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const number = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
	return {
		failOnSoftErrors: raw.failOnSoftErrors !== false,
		timeoutMs: Math.max(1, number(raw.timeoutSeconds, 600)) * 1000,
		maxRetryMs: number(raw.maxRetrySeconds, 60) * 1000,
		queueWaitMs: number(raw.queueWaitSeconds, 120) * 1000,
		parallel: Math.min(50, Math.max(1, Math.floor(number(raw.parallelRequests, 1)))),
		raw,
	};
}

async function runCustomCall(context: IExecuteFunctions, itemIndex: number, options: RunOptions): Promise<ShapedOutput> {
	const endpoint = String(context.getNodeParameter('endpointName', itemIndex, '')).trim();
	if (!ENDPOINT_NAME.test(endpoint)) {
		throw new FieldValueError(
			'Endpoint Name',
			`'Endpoint Name' must be a CIPP endpoint name such as ListUsers, not '${endpoint.slice(0, 80)}'`,
			'Use letters, digits, _ or $ only. URLs, paths and query strings are not allowed: the request always goes to your CIPP API URL.',
		);
	}
	const method = context.getNodeParameter('method', itemIndex, 'GET') === 'POST' ? 'POST' : 'GET';
	const qs = readJsonOption(context.getNodeParameter('queryJson', itemIndex, '{}'), 'Query Parameters (JSON)');
	const body = method === 'POST' ? readJsonOption(context.getNodeParameter('bodyJson', itemIndex, '{}'), 'Body (JSON)') : undefined;
	const response = await cippRequest.call(context, {
		endpoint,
		method,
		qs,
		body,
		itemIndex,
		timeoutMs: options.timeoutMs,
		retry: { ...DEFAULT_RETRY, enabled: options.maxRetryMs > 0, maxWaitMs: options.maxRetryMs },
		isRead: method === 'GET',
	});
	return shapeOutput(response.body);
}

async function runItem(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = readOptions(context, itemIndex);
	const operationName = context.getNodeParameter('operation', itemIndex) as string;
	let output: ShapedOutput;
	let operation: Operation | undefined;
	if (operationName === CUSTOM_OPERATION) {
		output = await runCustomCall(context, itemIndex, options);
	} else {
		operation = findOperation(operationName);
		if (!operation) {
			throw new FieldValueError('Operation', `Unknown operation '${operationName}'`, 'Pick an operation from the list.');
		}
		const prepared = buildRequest(context, operation, itemIndex, options.raw);
		const request: CippRequest = {
			endpoint: operation.value,
			method: operation.endpoint.method,
			qs: prepared.qs,
			body: prepared.body,
			itemIndex,
			timeoutMs: options.timeoutMs,
			retry: { ...DEFAULT_RETRY, enabled: options.maxRetryMs > 0, maxWaitMs: options.maxRetryMs },
			isRead: operation.endpoint.method === 'GET' || operation.isList,
		};
		const returnAll = operation.isList ? (context.getNodeParameter('returnAll', itemIndex, false) as boolean) : true;
		const limit = operation.isList && !returnAll ? (context.getNodeParameter('limit', itemIndex, 50) as number) : 0;
		output = await fetchResults(context, operation, request, { returnAll, limit, queueWaitMs: options.queueWaitMs });
	}
	if (options.failOnSoftErrors && output.softErrors.length > 0) {
		throw cippError(context.getNode(), {
			message: `CIPP reported a failure: ${output.softErrors.join('; ')}`,
			description:
				"CIPP answered with a success status but its result says the action failed. Turn off 'Fail on Soft Errors' in the options to receive such results as items instead.",
			httpCode: 200,
			itemIndex,
			endpoint: operation?.value,
		});
	}
	return output.items;
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof FieldValueError) {
		return new NodeOperationError(context.getNode(), error.message, { description: error.hint, itemIndex });
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

interface FailureHolder {
	first?: { error: NodeApiError | NodeOperationError; index: number };
}

/** With parallel items, report the failure of the earliest item, as a sequential run would. */
function keepEarliest(holder: FailureHolder, error: NodeApiError | NodeOperationError, index: number): void {
	if (holder.first === undefined || index < holder.first.index) holder.first = { error, index };
}

export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const results: INodeExecutionData[][] = new Array(items.length);
	const parallel = items.length > 0 ? readOptions(this, 0).parallel : 1;
	let next = 0;
	const failure: FailureHolder = {};

	const worker = async () => {
		while (next < items.length && failure.first === undefined) {
			const itemIndex = next;
			next += 1;
			try {
				const output = await runItem(this, itemIndex);
				results[itemIndex] = output.map((json) => ({ json, pairedItem: { item: itemIndex } }));
			} catch (error) {
				const nodeError = asNodeError(this, error, itemIndex);
				if (this.continueOnFail()) {
					results[itemIndex] = [errorItem(nodeError, itemIndex)];
				} else {
					keepEarliest(failure, nodeError, itemIndex);
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, async () => await worker()));
	if (failure.first) throw failure.first.error;
	return [results.flat()];
}
