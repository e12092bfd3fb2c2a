import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { readRateLimitFields } from '../../../../credentials/rateLimitFields';
import type { BatchCounting } from '../../../../credentials/rateLimitFields';
import { RateLimiter } from './rateLimiter';
import type { RateLimitSettings } from './rateLimiter';

/**
 * One rate limiter per CIPP API client in this n8n process. CIPP counts per API client, so the
 * key is the client (CIPP API URL and client ID), not the n8n credential: two credentials for the
 * same client, and every CIPP node, trigger and list search using them, share one budget.
 */

export interface ClientPacing {
	key: string;
	limit: RateLimitSettings;
	batchCounting: BatchCounting;
}

/** `root`: the normalised CIPP API URL (cippApiRoot), so `/api` or a trailing slash do not split a client. */
export function pacingOf(root: string, data: ICredentialDataDecryptedObject): ClientPacing {
	const fields = readRateLimitFields(data);
	const clientId = typeof data.clientId === 'string' ? data.clientId.trim().toLowerCase() : '';
	return {
		key: `${root.toLowerCase()} ${clientId}`,
		limit: { requests: fields.requests, windowMs: Math.round(fields.windowSeconds * 1000) },
		batchCounting: fields.batchCounting,
	};
}

/** How many requests a call counts as: a $batch call carries `subRequests`. */
export function weightOf(pacing: ClientPacing, subRequests: number | undefined): number {
	return subRequests !== undefined && pacing.batchCounting === 'each' ? subRequests : 1;
}

const limiters = new Map<string, RateLimiter>();

/** The client's limiter, with the settings of the credential used last. */
export function rateLimiterFor(pacing: ClientPacing): RateLimiter {
	let limiter = limiters.get(pacing.key);
	if (limiter) limiter.configure(pacing.limit);
	else {
		limiter = new RateLimiter(pacing.limit);
		limiters.set(pacing.key, limiter);
	}
	return limiter;
}

/** Drops every limiter (tests start each case with fresh budgets). */
export function forgetRateLimiters(): void {
	limiters.clear();
}
