import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { cippRequest, currentSecrets } from './cippRequest';
import type { CippContext, CippRequest } from './cippRequest';
import { statusError } from './errors';
import { parseBody } from './responseBody';
import { isRetryableStatus } from './retryPolicy';

/**
 * One call to CIPP's $batch route: up to 20 requests in `{requests: [{id, url, method, query,
 * body}]}`, answered `{responses: [{id, status, body}]}`. The call goes through cippRequest (so it
 * waits for its turn under the rate limit, counted as the credential says, and is retried as a
 * whole on 429/503), and each answer inside it becomes what a single request would have given:
 * its body, or the same error.
 */

export const BATCH_LIMIT = 20;

export interface BatchEntry {
	/** Unique within the call; answers are matched back by it. */
	id: string;
	request: CippRequest;
}

export type BatchOutcome =
	| { kind: 'answered'; body: unknown }
	| { kind: 'failed'; error: NodeApiError }
	/** Throttled or unavailable inside the batch (or no answer at all): send the request on its own. */
	| { kind: 'sendAlone' };

/** Settings of the $batch call itself, taken from the caller's first item. */
export interface BatchCallSettings {
	itemIndex?: number;
	timeoutMs?: number;
	retry?: CippRequest['retry'];
}

/**
 * Sends `entries` (at most BATCH_LIMIT) in one $batch call and returns one outcome per entry, in
 * order. Throws, like cippRequest, when the call as a whole fails.
 */
export async function sendBatch(
	this: CippContext,
	entries: BatchEntry[],
	settings: BatchCallSettings = {},
): Promise<BatchOutcome[]> {
	const requests = entries.map(({ id, request }) => ({
		id,
		url: request.endpoint,
		method: request.method,
		query: request.qs ?? {},
		...(request.method === 'POST' ? { body: request.body ?? {} } : {}),
	}));
	const answer = await cippRequest.call(this, {
		endpoint: '$batch',
		method: 'POST',
		body: { requests },
		itemIndex: settings.itemIndex,
		timeoutMs: settings.timeoutMs,
		retry: settings.retry,
		isRead: entries.every(({ request }) => request.isRead === true),
		subRequests: entries.length,
	});
	const responses = ((answer.body as IDataObject | undefined)?.responses as IDataObject[] | undefined) ?? [];
	const byId = new Map(responses.map((response) => [String(response.id), response]));
	const node = this.getNode();
	const secrets = currentSecrets(this);
	return entries.map(({ id, request }): BatchOutcome => {
		const response = byId.get(id);
		const status = Number(response?.status ?? 0);
		if (response && status >= 200 && status < 300) return { kind: 'answered', body: response.body };
		if (!response || isRetryableStatus(status, request.isRead ?? request.method === 'GET')) return { kind: 'sendAlone' };
		// A body inside a batch answer is already JSON (an object, or a string for plain text).
		const parsed = parseBody(response.body, undefined);
		return {
			kind: 'failed',
			error: statusError(node, { status, parsed, endpoint: request.endpoint, itemIndex: request.itemIndex, secrets }),
		};
	});
}
