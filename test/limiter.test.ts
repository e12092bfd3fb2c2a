/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test harness: runs in Node under jest, never inside n8n */
import type { INodeParameters } from 'n8n-workflow';

import { readRateLimitFields } from '../credentials/rateLimitFields';
import { pacingOf, rateLimiterFor, weightOf } from '../nodes/shared/cipp/transport/apiClientPacing';
import { ARRIVAL_ALLOWANCE_MS, EDGE_MARGIN_MS, RateLimiter } from '../nodes/shared/cipp/transport/rateLimiter';
import type { Turn, TurnRequest } from '../nodes/shared/cipp/transport/rateLimiter';
import { CLIENT_ID, op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * Pacing to CIPP's rate limit: the limiter on its own (windows, FIFO, cancellation, 429 pauses),
 * then CIPP nodes through n8n's engine against a simulator that enforces CIPP's fixed window.
 */

const firstTry: TurnRequest = { weight: 1, retry: false, maxPauseMs: 60_000 };
const since = (start: number) => performance.now() - start;

/** Admits `count` callers at once, each answered at once; returns when each was let through. */
async function admissionTimes(limiter: RateLimiter, count: number, request: TurnRequest = firstTry): Promise<number[]> {
	const start = performance.now();
	return await Promise.all(
		Array.from({ length: count }, async () => {
			const turn = await limiter.waitForTurn(request);
			if (turn.kind !== 'go') throw new Error(`expected a turn, got ${turn.kind}`);
			turn.ticket.answered();
			return since(start);
		}),
	);
}

/** The most admissions inside any span of `spanMs`. */
function busiestSpan(times: number[], spanMs: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	return Math.max(...sorted.map((time, index) => sorted.filter((other, later) => later >= index && other < time + spanMs).length));
}

describe('the limiter', () => {
	test('at most N requests start per window; the rest wait for the next one', async () => {
		const limiter = new RateLimiter({ requests: 5, windowMs: 500 });
		const times = await admissionTimes(limiter, 12);
		const [first, second, third] = [times.slice(0, 5), times.slice(5, 10), times.slice(10)];
		expect(Math.max(...first)).toBeLessThan(100);
		for (const time of second) {
			expect(time).toBeGreaterThanOrEqual(500);
			// One window later, not two (loosely: timers run late on a busy machine).
			expect(time).toBeLessThan(1000 + EDGE_MARGIN_MS);
		}
		for (const time of third) expect(time).toBeGreaterThanOrEqual(1000);
		expect(busiestSpan(times, 500)).toBe(5);
	});

	test('a request answered slowly frees its slot at most a short allowance after it was sent', async () => {
		const limiter = new RateLimiter({ requests: 1, windowMs: 200 });
		const start = performance.now();
		const first = await limiter.waitForTurn(firstTry);
		expect(first.kind).toBe('go');
		// No answer yet (a long CIPP action): the next request may still go one window later.
		const second = await limiter.waitForTurn(firstTry);
		expect(second.kind).toBe('go');
		expect(since(start)).toBeGreaterThanOrEqual(200 + ARRIVAL_ALLOWANCE_MS);
		expect(since(start)).toBeLessThan(200 + ARRIVAL_ALLOWANCE_MS + EDGE_MARGIN_MS + 250);
	});

	test('a request that may have left late (a token fetched first, or the first after a quiet spell) frees its slot a window after its answer', async () => {
		const pause = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
		const go = async (limiter: RateLimiter) => {
			const turn = await limiter.waitForTurn(firstTry);
			if (turn.kind !== 'go') throw new Error(`expected a turn, got ${turn.kind}`);
			return turn.ticket;
		};
		// After a quiet spell (here: the very first request), only the answer bounds the slot.
		const quiet = new RateLimiter({ requests: 1, windowMs: 200 });
		let start = performance.now();
		const first = await go(quiet);
		await pause(250);
		first.answered();
		await go(quiet);
		expect(since(start)).toBeGreaterThanOrEqual(250 + 200);
		// On a busy slot, a request n8n fetched a token for is bounded by its answer too.
		const busy = new RateLimiter({ requests: 1, windowMs: 200 });
		(await go(busy)).answered();
		const warm = await go(busy);
		start = performance.now();
		await pause(250);
		warm.answered(true);
		await go(busy);
		expect(since(start)).toBeGreaterThanOrEqual(250 + 200);
	});

	test('switching between two settings for one API client never adds up their budgets', async () => {
		const limiter = new RateLimiter({ requests: 2, windowMs: 300 });
		const start = performance.now();
		await admissionTimes(limiter, 2);
		limiter.configure({ requests: 4, windowMs: 300 });
		// The two added slots start busy: the third request still waits for the next window.
		await admissionTimes(limiter, 1);
		expect(since(start)).toBeGreaterThanOrEqual(300);
	});

	test('a batch counting more than the whole budget takes all of it, also when the budget shrinks while it waits', async () => {
		const limiter = new RateLimiter({ requests: 3, windowMs: 200 });
		const start = performance.now();
		await admissionTimes(limiter, 1, { ...firstTry, weight: 20 });
		const waiting = admissionTimes(limiter, 1, { ...firstTry, weight: 3 });
		limiter.configure({ requests: 2, windowMs: 200 });
		await waiting;
		expect(since(start)).toBeGreaterThanOrEqual(200);
	});

	test('0 requests per window turns pacing off', async () => {
		const limiter = new RateLimiter({ requests: 0, windowMs: 10_000 });
		const times = await admissionTimes(limiter, 500);
		expect(Math.max(...times)).toBeLessThan(250);
	});

	test('callers are served first come, first served; retries go first; a batch takes what it counts', async () => {
		const limiter = new RateLimiter({ requests: 2, windowMs: 150 });
		const order: string[] = [];
		const take = async (name: string, request: TurnRequest) => {
			const turn = await limiter.waitForTurn(request);
			if (turn.kind === 'go') turn.ticket.answered();
			order.push(name);
		};
		await Promise.all([
			take('a', firstTry),
			take('b', firstTry),
			take('batch of 2', { ...firstTry, weight: 2 }),
			take('c', firstTry),
			take('retry', { ...firstTry, retry: true }),
		]);
		expect(order).toEqual(['a', 'b', 'retry', 'batch of 2', 'c']);
	});

	test('a stopped execution leaves the queue at once, and the next caller takes its place', async () => {
		const limiter = new RateLimiter({ requests: 1, windowMs: 400 });
		await limiter.waitForTurn(firstTry);
		const controller = new AbortController();
		const start = performance.now();
		const stopped = limiter.waitForTurn({ ...firstTry, signal: controller.signal });
		const next = limiter.waitForTurn(firstTry);
		setTimeout(() => controller.abort(), 50);
		expect((await stopped).kind).toBe('cancelled');
		expect(since(start)).toBeLessThan(300);
		expect((await next).kind).toBe('go');
		expect(since(start)).toBeLessThan(400 + ARRIVAL_ALLOWANCE_MS + EDGE_MARGIN_MS + 250);
		expect(limiter.waiting).toBe(0);
		expect((await limiter.waitForTurn({ ...firstTry, signal: AbortSignal.abort() })).kind).toBe('cancelled');
	});

	test('the waiters of one execution are all cancelled by its stop, behind one listener', async () => {
		const limiter = new RateLimiter({ requests: 1, windowMs: 10_000 });
		await limiter.waitForTurn(firstTry);
		const warnings: string[] = [];
		const onWarning = (warning: Error) => warnings.push(warning.name);
		process.on('warning', onWarning);
		const controller = new AbortController();
		const waiting = Array.from({ length: 30 }, async () => await limiter.waitForTurn({ ...firstTry, signal: controller.signal }));
		controller.abort();
		const turns = await Promise.all(waiting);
		await new Promise((resolve) => setImmediate(resolve));
		process.off('warning', onWarning);
		expect(turns.map((turn) => turn.kind)).toEqual(Array(30).fill('cancelled'));
		expect(limiter.waiting).toBe(0);
		expect(warnings).toEqual([]);
	});

	test("a 429 pause holds every waiting caller, within each caller's own retry bound", async () => {
		const limiter = new RateLimiter({ requests: 1, windowMs: 100 });
		await limiter.waitForTurn(firstTry);
		const start = performance.now();
		const patient = limiter.waitForTurn({ ...firstTry, maxPauseMs: 5000 });
		const hurried = limiter.waitForTurn({ ...firstTry, maxPauseMs: 100 });
		limiter.pauseFor(400);
		const outcomes: Turn[] = await Promise.all([patient, hurried]);
		expect(outcomes[1]).toEqual({ kind: 'pausedTooLong', pauseMs: 400 });
		expect(outcomes[0].kind).toBe('go');
		expect(since(start)).toBeGreaterThanOrEqual(400);
		expect(outcomes[0].kind === 'go' && outcomes[0].pausedMs).toBeGreaterThanOrEqual(399);
		// Also with pacing off, and for callers arriving during the pause.
		const unpaced = new RateLimiter({ requests: 0, windowMs: 100 });
		unpaced.pauseFor(300);
		expect((await unpaced.waitForTurn({ ...firstTry, maxPauseMs: 0 })).kind).toBe('pausedTooLong');
		const late = await unpaced.waitForTurn(firstTry);
		expect(late.kind === 'go' && late.pausedMs).toBeGreaterThan(250);
	});
});

describe('settings from the credential', () => {
	test('a credential saved before the settings existed gets CIPP\'s limit: 100 per 10 s, a batch counting each request', () => {
		expect(readRateLimitFields({ baseUrl: 'https://cipp.example' })).toEqual({ requests: 100, windowSeconds: 10, batchCounting: 'each' });
		expect(readRateLimitFields({ rateLimitRequests: 0, rateLimitWindowSeconds: 5, batchCounting: 'one' })).toEqual({
			requests: 0,
			windowSeconds: 5,
			batchCounting: 'one',
		});
		expect(readRateLimitFields({ rateLimitRequests: -3, rateLimitWindowSeconds: 'soon' })).toEqual({ requests: 100, windowSeconds: 10, batchCounting: 'each' });
	});

	test('one limiter per API client: the URL as written and the credential record do not matter', () => {
		const a = pacingOf('https://cipp.example', { clientId: ' 0B6A3C1E-7D4F-4E2A-8B9C-1D2E3F4A5B6C ' });
		const b = pacingOf('https://CIPP.example', { clientId: '0b6a3c1e-7d4f-4e2a-8b9c-1d2e3f4a5b6c', rateLimitRequests: 50 });
		const other = pacingOf('https://cipp.example', { clientId: '11111111-2222-4333-8444-555555555555' });
		expect(a.key).toBe(b.key);
		expect(other.key).not.toBe(a.key);
		expect(rateLimiterFor(a)).toBe(rateLimiterFor(b));
		expect(rateLimiterFor(other)).not.toBe(rateLimiterFor(a));
		expect([weightOf(a, 20), weightOf(a, undefined), weightOf({ ...a, batchCounting: 'one' }, 20)]).toEqual([20, 1, 1]);
	});
});

describe('CIPP nodes against CIPP\'s rate limit', () => {
	let h: Harness;
	const CONTOSO = 'contoso.onmicrosoft.com';
	const upns = (count: number) => Array.from({ length: count }, (_, index) => ({ upn: `user${String(index + 1).padStart(5, '0')}@${CONTOSO}` }));
	const getUser = (options: INodeParameters = {}) =>
		op('user', 'ListUsers', { returnAll: true, additionalFields: { UserID: '={{ $json.upn }}' }, options }, CONTOSO);
	/** Two credentials (two n8n records) for the one API client, as often happens. */
	const paced = (requests: number, windowSeconds: number, extra: Record<string, unknown> = {}) => {
		for (const id of ['cred-1', 'cred-2']) h.credential({ rateLimitRequests: requests, rateLimitWindowSeconds: windowSeconds, ...extra }, id);
	};
	const failed = (items: Array<{ json: Record<string, unknown> }>) => items.filter((item) => item.json.error !== undefined);

	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(async () => await h.close());
	beforeEach(() => {
		h.reset();
		h.cipp.data.setUserCount(CONTOSO, 100);
	});

	test.each([
		['starts with the first request after the last one ended', false],
		['is aligned to the clock', true],
	])('two nodes at once on one API client stay within the limit when CIPP\'s window %s', async (_, alignedToClock) => {
		h.cipp.rateLimit = { requests: 20, windowMs: 1000, batchCountsEach: true, alignedToClock };
		h.cipp.latencyMs = 20;
		paced(20, 1);
		const started = performance.now();
		const [first, second] = await Promise.all([
			h.runCipp(getUser({ parallelRequests: 10 }), { items: upns(20), credentialId: 'cred-1' }),
			h.runCipp(getUser({ parallelRequests: 10 }), { items: upns(20), credentialId: 'cred-2' }),
		]);
		for (const result of [first, second]) {
			expect(result.status).toBe('success');
			expect(result.items.map((item) => item.json.userPrincipalName)).toEqual(upns(20).map((user) => user.upn));
		}
		expect(h.cipp.rateWindows.refused).toBe(0);
		// 40 requests at 20 per second: the second window starts a second in.
		expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
		expect(performance.now() - started).toBeLessThan(4500);
	});

	test("a slow token fetch before the first window does not push the next window into CIPP's first", async () => {
		h.cipp.rateLimit = { requests: 20, windowMs: 1000, batchCountsEach: true };
		h.cipp.latencyMs = 20;
		h.entra.latencyMs = 400;
		paced(20, 1);
		const result = await h.runCipp(getUser({ parallelRequests: 20 }), { items: upns(40) });
		expect(failed(result.items)).toEqual([]);
		expect(h.cipp.rateWindows.refused).toBe(0);
	});

	test('10 in parallel are paced to the window: nothing refused, no time lost', async () => {
		h.cipp.rateLimit = { requests: 20, windowMs: 1000, batchCountsEach: true };
		h.cipp.latencyMs = 50;
		paced(20, 1);
		const started = performance.now();
		const result = await h.runCipp(getUser({ parallelRequests: 10 }), { items: upns(40) });
		const elapsed = performance.now() - started;
		expect(failed(result.items)).toEqual([]);
		expect(result.items).toHaveLength(40);
		expect(h.cipp.rateWindows.refused).toBe(0);
		// One window of waiting, at most the allowance and margin longer than CIPP's (a busy machine adds some).
		expect(elapsed).toBeGreaterThanOrEqual(1000);
		expect(elapsed).toBeLessThan(1000 + ARRIVAL_ALLOWANCE_MS + EDGE_MARGIN_MS + 1000);
	});

	test.each([
		['each request in it', 'each', true, 40],
		['one request', 'one', false, 2],
	])('$batch counted as %s: within the limit, every item answered', async (_, batchCounting, batchCountsEach, requests) => {
		h.cipp.rateLimit = { requests, windowMs: 1000, batchCountsEach };
		paced(requests, 1, { batchCounting });
		const started = performance.now();
		const result = await h.runCipp(getUser({ batchRequests: true, parallelRequests: 10 }), { items: upns(60) });
		expect(result.status).toBe('success');
		expect(result.items.map((item) => item.json.userPrincipalName)).toEqual(upns(60).map((user) => user.upn));
		expect(h.cipp.callsTo('$batch')).toHaveLength(3);
		expect(h.cipp.rateWindows.refused).toBe(0);
		// 3 calls of 20, 2 per window: two windows.
		expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
	});

	test('a 429 storm (CIPP allows less than the credential says) loses no item and pauses every request of the client', async () => {
		h.cipp.rateLimit = { requests: 10, windowMs: 1000, batchCountsEach: true };
		paced(40, 1);
		const started = performance.now();
		const result = await h.runCipp(getUser({ parallelRequests: 10, maxRetrySeconds: 20 }), {
			items: upns(40),
			settings: { onError: 'continueRegularOutput' },
		});
		expect(failed(result.items)).toEqual([]);
		expect(result.items.map((item) => item.json.userPrincipalName)).toEqual(upns(40).map((user) => user.upn));
		const refused = h.cipp.rateWindows.refused;
		expect(refused).toBeGreaterThan(0);
		// After a 429 the client waits for CIPP's next window instead of hammering it.
		expect(refused).toBeLessThanOrEqual(40);
		expect(performance.now() - started).toBeLessThan(20_000);
	});

	test('a batch CIPP counts as 20 while the credential says 1 is refused, paused and sent again: no item lost', async () => {
		h.cipp.rateLimit = { requests: 20, windowMs: 1000, batchCountsEach: true };
		paced(20, 1, { batchCounting: 'one' });
		const result = await h.runCipp(getUser({ batchRequests: true, parallelRequests: 3, maxRetrySeconds: 20 }), { items: upns(60) });
		expect(result.status).toBe('success');
		expect(result.items.map((item) => item.json.userPrincipalName)).toEqual(upns(60).map((user) => user.upn));
		expect(h.cipp.rateWindows.refused).toBeGreaterThan(0);
	});

	test('stopping the execution ends a wait for the rate limit at once; nothing more is sent', async () => {
		h.cipp.rateLimit = { requests: 5, windowMs: 10_000, batchCountsEach: true };
		paced(5, 10);
		const started = performance.now();
		const result = await h.runCipp(getUser({ parallelRequests: 10 }), {
			items: upns(20),
			settings: { onError: 'continueRegularOutput' },
			cancelAfterMs: 500,
		});
		expect(performance.now() - started).toBeLessThan(2000);
		expect(result.status).toBe('canceled');
		// 5 items were answered; the 10 workers then each waited with an item; 5 items never started.
		expect(result.items.filter((item) => item.json.userPrincipalName !== undefined)).toHaveLength(5);
		expect(failed(result.items).map((item) => item.json.error)).toEqual(
			Array(10).fill('The execution was canceled while ListUsers was waiting for its turn under the rate limit'),
		);
		expect(h.cipp.callsTo('ListUsers')).toHaveLength(5);
		expect(h.cipp.rateWindows.refused).toBe(0);
	});

	test("a credential saved before the settings existed paces at CIPP's 100 per 10 seconds", async () => {
		h.cipp.rateLimit = { requests: 100, windowMs: 10_000, batchCountsEach: true };
		const stored = h.runner.storedCredential('cred-1');
		if (stored) delete stored.rateLimitRequests;
		const limiter = rateLimiterFor(pacingOf(h.cipp.url, { clientId: CLIENT_ID }));
		const result = await h.runCipp(getUser({ parallelRequests: 50 }), {
			items: upns(101),
			settings: { onError: 'continueRegularOutput' },
			// Stop once item 101 waits for the next window (or give up after 8 s).
			cancelWhen: () => limiter.waiting > 0 && h.cipp.callsTo('ListUsers').length >= 100,
			cancelAfterMs: 8000,
		});
		expect(result.status).toBe('canceled');
		expect(h.cipp.callsTo('ListUsers')).toHaveLength(100);
		expect(failed(result.items).map((item) => item.json.error)).toContain(
			'The execution was canceled while ListUsers was waiting for its turn under the rate limit',
		);
		expect(h.cipp.rateWindows.refused).toBe(0);
	});

	test("the editor's tenant search waits its turn like any node", async () => {
		h.cipp.rateLimit = { requests: 2, windowMs: 1000, batchCountsEach: true };
		paced(2, 1);
		const started = performance.now();
		const searches = await Promise.all(
			Array.from({ length: 4 }, async () => await h.runner.listSearch('n8n-nodes-cipp-api.cipp', 'searchTenants', { resource: 'user', operation: 'ListUsers' })),
		);
		expect(searches.every((search) => search.results.length > 0)).toBe(true);
		expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
		expect(h.cipp.rateWindows.refused).toBe(0);
	});
});
