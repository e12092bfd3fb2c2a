import type { IExecuteFunctions } from 'n8n-workflow';

import { BATCH_LIMIT, sendBatch } from '../../shared/cipp/transport/batchRequest';
import type { BatchOutcome } from '../../shared/cipp/transport/batchRequest';
import type { ItemOutcomes } from './itemOutcomes';
import { explainMissingEndpoint } from './missingEndpoint';
import type { PreparedItem } from './preparedItem';
import { itemsOrSoftFailure, runItem } from './runItem';
import { shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';
import { runPool } from './workerPool';

/**
 * "Batch Requests": sends up to 20 items per call through CIPP's $batch route (the transport
 * interprets each answer) and records each item's outcome. Items that cannot be batched (Graph
 * paging, queued All Tenants reads) and items CIPP throttled inside a batch are sent on their own,
 * with the usual retries.
 */

function batchable(item: PreparedItem): boolean {
	if (!item.operation) return true;
	if (item.operation.paging === 'graph') return false;
	const tenant = String(item.request.qs?.tenantFilter ?? '');
	return tenant.toLowerCase() !== 'alltenants';
}

/** A list read in a batch gets no paging, so Limit is applied to the one answer here. */
function withinLimit(item: PreparedItem, output: ShapedOutput): ShapedOutput {
	if (!item.operation?.isList || item.fetch.returnAll) return output;
	return { ...output, items: output.items.slice(0, item.fetch.limit) };
}

async function sendChunk(context: IExecuteFunctions, chunk: PreparedItem[], outcomes: ItemOutcomes): Promise<void> {
	const first = chunk[0].request;
	let answers: BatchOutcome[];
	try {
		answers = await sendBatch.call(
			context,
			chunk.map((item) => ({ id: String(item.itemIndex), request: item.request })),
			{ itemIndex: first.itemIndex, timeoutMs: first.timeoutMs, retry: first.retry },
		);
	} catch (error) {
		for (const item of chunk) outcomes.failed(item.itemIndex, error);
		return;
	}
	const alone: PreparedItem[] = [];
	const failedInBatch: Array<{ item: PreparedItem; error: unknown }> = [];
	chunk.forEach((item, position) => {
		const answer = answers[position];
		if (answer.kind === 'answered') {
			try {
				outcomes.succeeded(item.itemIndex, itemsOrSoftFailure(context, item, withinLimit(item, shapeOutput(answer.body))));
			} catch (error) {
				outcomes.failed(item.itemIndex, error);
			}
		} else if (answer.kind === 'failed') {
			failedInBatch.push({ item, error: answer.error });
		} else {
			alone.push(item);
		}
	});
	// An endpoint CIPP does not know gets the same versioned error as when sent alone.
	for (const { item, error } of failedInBatch) outcomes.failed(item.itemIndex, await explainMissingEndpoint(context, error, item.request));
	for (const item of alone) await outcomes.record(item.itemIndex, async () => await runItem(context, item));
}

export async function runBatch(
	context: IExecuteFunctions,
	items: PreparedItem[],
	parallel: number,
	outcomes: ItemOutcomes,
): Promise<void> {
	const batched = items.filter(batchable);
	const jobs: Array<() => Promise<void>> = [];
	for (let start = 0; start < batched.length; start += BATCH_LIMIT) {
		const chunk = batched.slice(start, start + BATCH_LIMIT);
		jobs.push(async () => await sendChunk(context, chunk, outcomes));
	}
	for (const item of items.filter((candidate) => !batchable(candidate))) {
		jobs.push(async () => await outcomes.record(item.itemIndex, async () => await runItem(context, item)));
	}
	await runPool(parallel, jobs.length, async (index) => await jobs[index](), () => outcomes.stopped);
}
