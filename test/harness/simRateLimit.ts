/**
 * CIPP's documented rate limit, for the simulator: per API client (the client ID the bearer token
 * was issued to), at most `requests` per fixed window of `windowMs`; a request over the limit is
 * refused at once with 429 and `Retry-After` (the whole seconds left in the window, rounded up)
 * and is not counted. Whether CIPP counts a $batch call as one request or as its sub-requests is
 * not documented, so both are offered.
 *
 * Where CIPP's windows start is not documented either: by default a window starts with the first
 * request after the previous one ended; `alignedToClock` starts windows at multiples of the window
 * length instead. A client that stays within the limit must pass with both.
 */

export interface SimRateLimit {
	requests: number;
	windowMs: number;
	/** A $batch call counts as its sub-requests (otherwise as one request). */
	batchCountsEach: boolean;
	alignedToClock?: boolean;
}

export interface ClientCounters {
	/** Requests counted (a $batch call counting each adds its sub-requests). */
	admitted: number;
	/** Calls refused with 429. */
	refused: number;
}

interface Window {
	start: number;
	used: number;
}

export class SimRateWindows {
	private readonly windows = new Map<string, Window>();

	private readonly counters = new Map<string, ClientCounters>();

	/**
	 * Counts a call of `client` that carries `subRequests` requests ($batch) or 1. Returns the
	 * Retry-After seconds when the call is refused, undefined when it may run.
	 */
	refusal(limit: SimRateLimit | undefined, client: string, subRequests: number | undefined, now = Date.now()): number | undefined {
		if (!limit) return undefined;
		const weight = subRequests !== undefined && limit.batchCountsEach ? subRequests : 1;
		const counters = this.countersOf(client);
		const window = this.windowOf(limit, client, now);
		if (window.used + weight > limit.requests) {
			counters.refused += 1;
			return Math.max(1, Math.ceil((window.start + limit.windowMs - now) / 1000));
		}
		window.used += weight;
		counters.admitted += weight;
		return undefined;
	}

	/** Counters per client ID, for tests, the sandbox and benchmarks. */
	stats(): Record<string, ClientCounters> {
		return Object.fromEntries([...this.counters].map(([client, counters]) => [client, { ...counters }]));
	}

	/** 429s sent, over all clients. */
	get refused(): number {
		return [...this.counters.values()].reduce((sum, counters) => sum + counters.refused, 0);
	}

	reset(): void {
		this.windows.clear();
		this.counters.clear();
	}

	private countersOf(client: string): ClientCounters {
		let counters = this.counters.get(client);
		if (!counters) {
			counters = { admitted: 0, refused: 0 };
			this.counters.set(client, counters);
		}
		return counters;
	}

	private windowOf(limit: SimRateLimit, client: string, now: number): Window {
		const alignedStart = limit.alignedToClock ? Math.floor(now / limit.windowMs) * limit.windowMs : undefined;
		const current = this.windows.get(client);
		const stillOpen = current && (alignedStart !== undefined ? current.start === alignedStart : now < current.start + limit.windowMs);
		if (current && stillOpen) return current;
		const fresh = { start: alignedStart ?? now, used: 0 };
		this.windows.set(client, fresh);
		return fresh;
	}
}

/** How many requests a call carries when it is a $batch call (undefined for any other call). */
export function subRequestsOf(endpoint: string, body: unknown): number | undefined {
	if (endpoint !== '$batch') return undefined;
	const requests = (body as { requests?: unknown } | undefined)?.requests;
	return Array.isArray(requests) ? requests.length : 1;
}
