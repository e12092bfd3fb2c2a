import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../catalog';
import { pauseUnlessCancelled } from '../../shared/cipp/transport/cancellation';
import { cippError } from '../../shared/cipp/transport/errors';
import { cippRequest, currentSecrets } from '../../shared/cipp/transport/cippRequest';
import type { CippRequest } from '../../shared/cipp/transport/cippRequest';
import { explainMissingEndpoint } from './missingEndpoint';
import { isQueued, metadataOf, shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';

/**
 * Sends one item's request and collects its output: follows ListGraphRequest's server paging
 * for Return All / Limit, and waits for queued All Tenants data within the user's bound.
 */

export interface FetchSettings {
	returnAll: boolean;
	limit: number;
	queueWaitMs: number;
}

const FIRST_QUEUE_POLL_MS = 500;
const MAX_QUEUE_POLL_MS = 10_000;

async function waitForQueue(
	context: IExecuteFunctions,
	request: CippRequest,
	body: unknown,
	settings: FetchSettings,
): Promise<unknown> {
	let current = body;
	let waited = 0;
	let interval = FIRST_QUEUE_POLL_MS;
	while (isQueued(current)) {
		if (settings.queueWaitMs <= 0) return current;
		if (waited + interval > settings.queueWaitMs) {
			const message = String(metadataOf(current)?.QueueMessage ?? 'CIPP is still loading data for all tenants');
			throw cippError(context.getNode(), {
				message: `CIPP is still preparing ${request.endpoint} for All Tenants after ${Math.round(waited / 1000)} seconds`,
				description: `CIPP said: ${message}. Raise 'Max Queue Wait' in the options, or run the workflow again later (CIPP caches the data for up to an hour).`,
				itemIndex: request.itemIndex,
				endpoint: request.endpoint,
				secrets: currentSecrets(context),
			});
		}
		if (!(await pauseUnlessCancelled(context, interval))) {
			throw cippError(context.getNode(), {
				message: `The execution was canceled while waiting for CIPP to prepare ${request.endpoint} for All Tenants`,
				itemIndex: request.itemIndex,
				endpoint: request.endpoint,
			});
		}
		waited += interval;
		interval = Math.min(MAX_QUEUE_POLL_MS, interval * 2);
		const queueId = metadataOf(current)?.QueueId;
		const qs = { ...(request.qs ?? {}) };
		if (typeof queueId === 'string' && request.endpoint === 'ListGraphRequest') qs.QueueId = queueId;
		current = (await cippRequest.call(context, { ...request, qs })).body;
	}
	return current;
}

function withinLimit(output: ShapedOutput, settings: FetchSettings): ShapedOutput {
	if (settings.returnAll) return output;
	return { ...output, items: output.items.slice(0, settings.limit) };
}

export async function fetchResults(
	context: IExecuteFunctions,
	operation: Operation,
	request: CippRequest,
	settings: FetchSettings,
): Promise<ShapedOutput> {
	try {
		return await fetchPages(context, operation, request, settings);
	} catch (error) {
		// "No such endpoint" becomes an error that names the CIPP version and what to do.
		throw await explainMissingEndpoint(context, error, request);
	}
}

async function fetchPages(
	context: IExecuteFunctions,
	operation: Operation,
	request: CippRequest,
	settings: FetchSettings,
): Promise<ShapedOutput> {
	if (operation.paging !== 'graph') {
		const first = await cippRequest.call(context, request);
		const body = await waitForQueue(context, request, first.body, settings);
		const output = shapeOutput(body);
		return operation.isList ? withinLimit(output, settings) : output;
	}

	// ListGraphRequest: one page at a time, following Metadata.nextLink.
	const qs: IDataObject = { ...(request.qs ?? {}) };
	const allTenants = String(qs.tenantFilter ?? '').toLowerCase() === 'alltenants';
	if (!allTenants && qs.CountOnly !== 'true') qs.manualPagination = 'true';
	if (!settings.returnAll && qs.$top === undefined && !allTenants) qs.$top = String(Math.min(999, settings.limit));
	const collected: IDataObject[] = [];
	const softErrors: string[] = [];
	let nextLink: string | undefined;
	do {
		const pageQs = nextLink ? { ...qs, nextLink } : qs;
		const page = await cippRequest.call(context, { ...request, qs: pageQs });
		const body = await waitForQueue(context, { ...request, qs: pageQs }, page.body, settings);
		const output = shapeOutput(body);
		collected.push(...output.items);
		softErrors.push(...output.softErrors);
		const link = metadataOf(body)?.nextLink;
		nextLink = typeof link === 'string' && link !== '' ? link : undefined;
	} while (nextLink && (settings.returnAll || collected.length < settings.limit));
	return withinLimit({ items: collected, softErrors }, settings);
}
