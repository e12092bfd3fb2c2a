import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { findOperation } from '../catalog';
import { CUSTOM_OPERATION } from '../description/sharedProperties';
import { isCancelled } from '../../shared/cipp/transport/cancellation';
import { cippRequest, currentSecrets } from '../../shared/cipp/transport/cippRequest';
import { cippError } from '../../shared/cipp/transport/errors';
import { DEFAULT_RETRY } from '../../shared/cipp/transport/retryPolicy';
import { runBatch } from './batch';
import { buildRequest } from './buildRequest';
import { prepareCustomCall, readOptions } from './customCall';
import { fetchResults } from './fetchResults';
import { FieldValueError } from './fieldValues';
import { ParameterReader } from './parameters';
import type { PreparedItem } from './preparedItem';
import { shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';
import { TenantIds } from './tenantIds';

/**
 * Runs every input item: resolves the operation, builds and validates the request, calls CIPP
 * (one request per item, or 20 per $batch call), and shapes the answer. Items run with bounded
 * parallelism; output keeps input order, every output item is paired with its input, and with
 * continue-on-fail each failed item yields one error item instead of stopping the run.
 */

export function prepareItem(params: ParameterReader, itemIndex: number): PreparedItem {
	const options = readOptions(params, itemIndex);
	const operationName = params.get<string>('operation', itemIndex);
	if (operationName === CUSTOM_OPERATION) return prepareCustomCall(params, itemIndex, options);
	const operation = findOperation(operationName);
	if (!operation) {
		throw new FieldValueError('Operation', `Unknown operation '${operationName}'`, 'Pick an operation from the list.');
	}
	const prepared = buildRequest(params, operation, itemIndex, options.entered);
	const returnAll = operation.isList ? params.get<boolean>('returnAll', itemIndex, false) : true;
	const limit = operation.isList && !returnAll ? params.get<number>('limit', itemIndex, 50) : 0;
	return {
		itemIndex,
		operation,
		request: {
			endpoint: operation.value,
			method: operation.endpoint.method,
			qs: prepared.qs,
			body: prepared.body,
			itemIndex,
			timeoutMs: options.timeoutMs,
			retry: { ...DEFAULT_RETRY, enabled: options.maxRetryMs > 0, maxWaitMs: options.maxRetryMs },
			isRead: operation.endpoint.method === 'GET' || operation.isList,
		},
		fetch: { returnAll, limit, queueWaitMs: options.queueWaitMs },
		failOnSoftErrors: options.failOnSoftErrors,
		tenantDomain: prepared.tenantDomain,
	};
}

/** An item prepared and, where the endpoint needs the tenant's ID, given it: ready to send. */
async function prepareReady(params: ParameterReader, tenantIds: TenantIds, itemIndex: number): Promise<PreparedItem> {
	const item = prepareItem(params, itemIndex);
	if (item.operation && item.tenantDomain !== undefined) {
		await tenantIds.apply(item.operation, item.request, item.tenantDomain);
		item.tenantDomain = undefined;
	}
	return item;
}

async function execute(context: IExecuteFunctions, item: PreparedItem): Promise<ShapedOutput> {
	if (!item.operation) return shapeOutput((await cippRequest.call(context, item.request)).body);
	return await fetchResults(context, item.operation, item.request, item.fetch);
}

/** Throws when CIPP answered 2xx but its result says the action failed (unless switched off). */
export function itemsOrSoftFailure(context: IExecuteFunctions, item: PreparedItem, output: ShapedOutput): IDataObject[] {
	if (item.failOnSoftErrors && output.softErrors.length > 0) {
		throw cippError(context.getNode(), {
			message: `CIPP reported a failure: ${output.softErrors.join('; ')}`,
			description:
				"CIPP answered with a success status but its result says the action failed. Turn off 'Fail on Soft Errors' in the options to receive such results as items instead.",
			httpCode: 200,
			itemIndex: item.itemIndex,
			endpoint: item.request.endpoint,
			// CIPP's result text is quoted; should it ever echo a secret, it is masked like any error.
			secrets: currentSecrets(context),
		});
	}
	return output.items;
}

export function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
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

/** Runs `tasks` with at most `limit` in flight; stops taking new ones once `stop()` is true. */
async function pool(limit: number, count: number, task: (index: number) => Promise<void>, stop: () => boolean): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count && !stop()) {
			const index = next;
			next += 1;
			await task(index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => await worker()));
}

export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const results: INodeExecutionData[][] = new Array(items.length);
	const params = new ParameterReader(this);
	const tenantIds = new TenantIds(this);
	const options = items.length > 0 ? readOptions(params, 0) : undefined;
	const failure: FailureHolder = {};
	const continueOnFail = this.continueOnFail();
	// No new item starts once an item failed (continue-on-fail off) or the execution was stopped.
	const stopped = () => (!continueOnFail && failure.first !== undefined) || isCancelled(this);

	const recordOutcome = (itemIndex: number, outcome: IDataObject[] | unknown, ok: boolean) => {
		if (ok) {
			results[itemIndex] = (outcome as IDataObject[]).map((json) => ({ json, pairedItem: { item: itemIndex } }));
			return;
		}
		const nodeError = asNodeError(this, outcome, itemIndex);
		if (continueOnFail) results[itemIndex] = [errorItem(nodeError, itemIndex)];
		else keepEarliest(failure, nodeError, itemIndex);
	};

	// With continue-on-fail off, every item is validated before the first request, so one bad item
	// stops the run before CIPP has acted on any item (an offboarding list is never half done);
	// only ListTenants may be read first, to turn tenant domains into the IDs some endpoints need.
	// With it on, a bad item only ever becomes its own error item, so nothing is gained by
	// waiting and items are prepared as they are sent. $batch always groups prepared items.
	const prepared: Array<PreparedItem | undefined> = new Array(items.length);
	if (!continueOnFail || options?.batch) {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex += 1) {
			try {
				prepared[itemIndex] = await prepareReady(params, tenantIds, itemIndex);
			} catch (error) {
				recordOutcome(itemIndex, error, false);
			}
		}
	}

	if (!stopped() && options?.batch) {
		const ready = prepared.filter((item): item is PreparedItem => item !== undefined);
		await runBatch(this, ready, options.parallel, recordOutcome, stopped, {
			executeSingle: async (item) => itemsOrSoftFailure(this, item, await execute(this, item)),
			itemsOrSoftFailure: (item, output) => itemsOrSoftFailure(this, item, output),
		});
	} else if (!stopped()) {
		await pool(
			options?.parallel ?? 1,
			items.length,
			async (itemIndex) => {
				try {
					const item = prepared[itemIndex] ?? (await prepareReady(params, tenantIds, itemIndex));
					recordOutcome(itemIndex, itemsOrSoftFailure(this, item, await execute(this, item)), true);
				} catch (error) {
					recordOutcome(itemIndex, error, false);
				}
			},
			stopped,
		);
	}
	if (failure.first) throw failure.first.error;
	return [results.flat()];
}
