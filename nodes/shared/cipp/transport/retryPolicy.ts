/**
 * When to try a CIPP call again. CIPP runs on Azure Functions: 429 and 503 mean "not now" and
 * are safe to retry for any call. 502 and 504 may arrive after the handler already acted, so
 * they are retried only for reads. Waits grow exponentially with full jitter, honour
 * Retry-After, and stop once the total wait would pass the bound the user set.
 */

export interface RetrySettings {
	enabled: boolean;
	/** Total time that may be spent waiting between attempts. */
	maxWaitMs: number;
	/** Upper bound on attempts, whatever the time budget. */
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
	enabled: true,
	maxWaitMs: 60_000,
	maxAttempts: 8,
	baseDelayMs: 500,
	maxDelayMs: 15_000,
};

const ALWAYS_RETRYABLE = new Set([429, 503]);
const RETRYABLE_FOR_READS = new Set([502, 504]);
const NETWORK_RETRYABLE_FOR_READS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN']);

export function isRetryableStatus(status: number, isRead: boolean): boolean {
	return ALWAYS_RETRYABLE.has(status) || (isRead && RETRYABLE_FOR_READS.has(status));
}

export function isRetryableNetworkError(code: string | undefined, isRead: boolean): boolean {
	return isRead && code !== undefined && NETWORK_RETRYABLE_FOR_READS.has(code);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: unknown, now = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1), or undefined to give up.
 * `waitedMs` is what earlier retries already waited.
 */
export function nextDelay(
	settings: RetrySettings,
	attempt: number,
	waitedMs: number,
	retryAfterMs: number | undefined,
	random: () => number = Math.random,
): number | undefined {
	if (!settings.enabled || attempt >= settings.maxAttempts) return undefined;
	const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
	const jittered = Math.round(ceiling / 2 + random() * (ceiling / 2));
	// Retry-After is a floor; a little jitter spreads callers that were told the same moment.
	const delay = retryAfterMs !== undefined ? retryAfterMs + Math.round(random() * 250) : jittered;
	if (waitedMs + delay > settings.maxWaitMs) return undefined;
	return delay;
}
