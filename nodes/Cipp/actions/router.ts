import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { findOperation } from '../catalog';
import { CUSTOM_OPERATION } from '../description/sharedProperties';
import { DEFAULT_RETRY } from '../../shared/cipp/transport/retryPolicy';
import { runBatch } from './batch';
import { buildRequest } from './buildRequest';
import { prepareCustomCall, readOptions } from './customCall';
import { FieldValueError } from './fieldValues';
import { ItemOutcomes } from './itemOutcomes';
import { ParameterReader } from './parameters';
import type { PreparedItem } from './preparedItem';
import { runItem } from './runItem';
import { TenantIds } from './tenantIds';
import { runPool } from './workerPool';

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

export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const params = new ParameterReader(this);
	const tenantIds = new TenantIds(this);
	const options = items.length > 0 ? readOptions(params, 0) : undefined;
	const outcomes = new ItemOutcomes(this, items.length);

	// With continue-on-fail off, every item is validated before the first request, so one bad item
	// stops the run before CIPP has acted on any item (an offboarding list is never half done);
	// only ListTenants may be read first, to turn tenant domains into the IDs some endpoints need.
	// With it on, a bad item only ever becomes its own error item, so nothing is gained by
	// waiting and items are prepared as they are sent. $batch always groups prepared items.
	const prepared: Array<PreparedItem | undefined> = new Array(items.length);
	if (!outcomes.continueOnFail || options?.batch) {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex += 1) {
			try {
				prepared[itemIndex] = await prepareReady(params, tenantIds, itemIndex);
			} catch (error) {
				outcomes.failed(itemIndex, error);
			}
		}
	}

	if (!outcomes.stopped && options?.batch) {
		const ready = prepared.filter((item): item is PreparedItem => item !== undefined);
		await runBatch(this, ready, options.parallel, outcomes);
	} else if (!outcomes.stopped) {
		await runPool(
			options?.parallel ?? 1,
			items.length,
			async (itemIndex) =>
				await outcomes.record(itemIndex, async () =>
					await runItem(this, prepared[itemIndex] ?? (await prepareReady(params, tenantIds, itemIndex))),
				),
			() => outcomes.stopped,
		);
	}
	return [outcomes.output()];
}
