import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { cippRequest, currentSecrets } from '../../shared/cipp/transport/cippRequest';
import { cippError, describeStatus } from '../../shared/cipp/transport/errors';
import { bodyText, parseBody } from '../../shared/cipp/transport/responseBody';
import { isRetryableStatus } from '../../shared/cipp/transport/retryPolicy';
import type { PreparedItem } from './preparedItem';
import { shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';

/**
 * "Batch Requests": sends up to 20 items in one call to CIPP's $batch route and maps each
 * response back to its item. Items that cannot be batched (Graph paging, queued All Tenants
 * reads) and items CIPP throttled inside the batch are sent on their own, with the usual retries.
 */

export const BATCH_SIZE = 20;

interface BatchHooks {
	executeSingle: (item: PreparedItem) => Promise<IDataObject[]>;
	itemsOrSoftFailure: (item: PreparedItem, output: ShapedOutput) => IDataObject[];
}

type RecordOutcome = (itemIndex: number, outcome: unknown, ok: boolean) => void;

function batchable(item: PreparedItem): boolean {
	if (!item.operation) return true;
	if (item.operation.paging === 'graph') return false;
	const tenant = String(item.request.qs?.tenantFilter ?? '');
	return tenant.toLowerCase() !== 'alltenants';
}

function withinLimit(item: PreparedItem, output: ShapedOutput): ShapedOutput {
	if (!item.operation?.isList || item.fetch.returnAll) return output;
	return { ...output, items: output.items.slice(0, item.fetch.limit) };
}

async function sendChunk(
	context: IExecuteFunctions,
	chunk: PreparedItem[],
	recordOutcome: RecordOutcome,
	hooks: BatchHooks,
): Promise<void> {
	const requests = chunk.map((item) => ({
		id: String(item.itemIndex),
		url: item.request.endpoint,
		method: item.request.method,
		query: item.request.qs ?? {},
		...(item.request.method === 'POST' ? { body: item.request.body ?? {} } : {}),
	}));
	const first = chunk[0].request;
	let responses: IDataObject[];
	try {
		const answer = await cippRequest.call(context, {
			endpoint: '$batch',
			method: 'POST',
			body: { requests },
			itemIndex: first.itemIndex,
			timeoutMs: first.timeoutMs,
			retry: first.retry,
			isRead: chunk.every((item) => item.request.isRead === true),
		});
		responses = ((answer.body as IDataObject | undefined)?.responses as IDataObject[] | undefined) ?? [];
	} catch (error) {
		for (const item of chunk) recordOutcome(item.itemIndex, error, false);
		return;
	}
	const secrets = currentSecrets(context);
	const byId = new Map(responses.map((response) => [String(response.id), response]));
	const retryAlone: PreparedItem[] = [];
	for (const item of chunk) {
		const response = byId.get(String(item.itemIndex));
		const status = Number(response?.status ?? 0);
		if (response && status >= 200 && status < 300) {
			try {
				recordOutcome(item.itemIndex, hooks.itemsOrSoftFailure(item, withinLimit(item, shapeOutput(response.body))), true);
			} catch (error) {
				recordOutcome(item.itemIndex, error, false);
			}
			continue;
		}
		if (!response || isRetryableStatus(status, item.request.isRead === true)) {
			retryAlone.push(item);
			continue;
		}
		const parsed = parseBody(typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''), 'application/json');
		const text = bodyText(parsed);
		const { message, description } = describeStatus(status, item.request.endpoint, text);
		recordOutcome(
			item.itemIndex,
			cippError(context.getNode(), { message, description, httpCode: status, body: text, itemIndex: item.itemIndex, endpoint: item.request.endpoint, secrets }),
			false,
		);
	}
	for (const item of retryAlone) {
		try {
			recordOutcome(item.itemIndex, await hooks.executeSingle(item), true);
		} catch (error) {
			recordOutcome(item.itemIndex, error, false);
		}
	}
}

export async function runBatch(
	context: IExecuteFunctions,
	items: PreparedItem[],
	parallel: number,
	recordOutcome: RecordOutcome,
	stop: () => boolean,
	hooks: BatchHooks,
): Promise<void> {
	const batched = items.filter(batchable);
	const alone = items.filter((item) => !batchable(item));
	const chunks: PreparedItem[][] = [];
	for (let start = 0; start < batched.length; start += BATCH_SIZE) chunks.push(batched.slice(start, start + BATCH_SIZE));
	const jobs: Array<() => Promise<void>> = [
		...chunks.map((chunk) => async () => await sendChunk(context, chunk, recordOutcome, hooks)),
		...alone.map((item) => async () => {
			try {
				recordOutcome(item.itemIndex, await hooks.executeSingle(item), true);
			} catch (error) {
				recordOutcome(item.itemIndex, error, false);
			}
		}),
	];
	let next = 0;
	const worker = async () => {
		while (next < jobs.length && !stop()) {
			const job = jobs[next];
			next += 1;
			await job();
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, async () => await worker()));
}
