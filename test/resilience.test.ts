/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test harness: runs in Node under jest, never inside n8n */
import type { INodeParameters } from 'n8n-workflow';

import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/** Parallel requests, $batch, retries with backoff, and the token fetched once per lifetime. */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.setUserCount(CONTOSO, 100);
});

const users = (count: number) => Array.from({ length: count }, (_, index) => ({ upn: `user${String(index + 1).padStart(5, '0')}@${CONTOSO}` }));
const getUser = (options: INodeParameters = {}) => ({
	...op('user', 'ListUsers', { returnAll: true, additionalFields: { UserID: '={{ $json.upn }}' }, options }, CONTOSO),
});

describe('parallel requests', () => {
	test('keep output order and pairing identical to a sequential run, with bounded concurrency', async () => {
		h.cipp.latencyMs = 20;
		const sequential = await h.runCipp(getUser(), { items: users(30) });
		const peakSequential = h.cipp.peakInFlight;
		h.cipp.peakInFlight = 0;
		const parallel = await h.runCipp(getUser({ parallelRequests: 8 }), { items: users(30) });
		expect(parallel.items.map((item) => [item.json.userPrincipalName, item.pairedItem])).toEqual(
			sequential.items.map((item) => [item.json.userPrincipalName, item.pairedItem]),
		);
		expect(peakSequential).toBe(1);
		expect(h.cipp.peakInFlight).toBeGreaterThan(1);
		expect(h.cipp.peakInFlight).toBeLessThanOrEqual(8);
	});
});

describe('batch requests', () => {
	test('45 items go out as 3 $batch calls (20, 20, 5) and each answer returns to its item', async () => {
		const result = await h.runCipp(getUser({ batchRequests: true }), { items: users(45) });
		expect(result.status).toBe('success');
		expect(result.items.map((item) => item.json.userPrincipalName)).toEqual(users(45).map((user) => user.upn));
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([...Array(45).keys()]);
		const batches = h.cipp.requests.filter((request) => request.endpoint === '$batch');
		expect(batches).toHaveLength(3);
		expect(h.cipp.callsTo('ListUsers')).toHaveLength(45);
		expect(h.cipp.violations).toEqual([]);
	});

	test('a failing item inside a batch fails alone; a throttled one is retried on its own', async () => {
		const result = await h.runCipp(
			{ ...op('user', 'ExecResetPass', { ID: '={{ $json.upn }}', options: { batchRequests: true } }, CONTOSO) },
			{ items: [{ upn: `user00001@${CONTOSO}` }, { upn: 'nobody@contoso.onmicrosoft.com' }, { upn: `user00002@${CONTOSO}` }], settings: { onError: 'continueRegularOutput' } },
		);
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.success).toBe(true);
		expect(String(result.items[1].json.error)).toMatch(/\(500\): Failed to reset the password for nobody/);
		expect(result.items[2].json.success).toBe(true);
	});
});

describe('retries', () => {
	test('429 with Retry-After is waited out and retried', async () => {
		h.cipp.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '1' }, times: 2 });
		const started = Date.now();
		const result = await h.runCipp(op('user', 'ListUsers', { returnAll: true }, CONTOSO));
		expect(result.status).toBe('success');
		expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
		expect(h.cipp.requests.map((request) => request.status)).toEqual([429, 429, 200]);
	});

	test('cancelling the execution ends a retry wait at once and sends nothing more', async () => {
		// Every answer is a 429 asking for 30 s; the user stops the execution after 500 ms.
		h.cipp.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '30' }, times: Infinity });
		const started = Date.now();
		const result = await h.runCipp(getUser({ parallelRequests: 5, maxRetrySeconds: 300 }), {
			items: users(20),
			settings: { onError: 'continueRegularOutput' },
			cancelAfterMs: 500,
		});
		expect(Date.now() - started).toBeLessThan(3000);
		expect(result.status).toBe('canceled');
		// The 5 items that were waiting report why they stopped; the 15 never started are not sent.
		expect(result.items.map((item) => item.json.error)).toEqual(
			Array(5).fill('The execution was canceled while ListUsers was waiting to retry'),
		);
		const sent = h.cipp.requests.length;
		expect(sent).toBe(5); // the first 5 items, once each; no item started after the stop
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(h.cipp.requests).toHaveLength(sent);
	});

	test('a 503 storm stops within the retry bound and says how many attempts were made', async () => {
		h.cipp.inject({ kind: 'status', status: 503, body: 'Function host is not running.', times: Infinity });
		const result = await h.runCipp(op('user', 'ListUsers', { returnAll: true, options: { maxRetrySeconds: 2 } }, CONTOSO));
		expect(result.status).toBe('error');
		const attempts = h.cipp.requests.length;
		expect(attempts).toBeGreaterThan(1);
		expect(result.error?.message).toBe(`CIPP is unavailable (503) for ListUsers: Function host is not running. after ${attempts} attempts`);
	});

	test('502 is retried for reads but not for writes', async () => {
		h.cipp.inject({ kind: 'status', status: 502, times: 1 });
		const read = await h.runCipp(op('user', 'ListUsers', { returnAll: true }, CONTOSO));
		expect(read.status).toBe('success');
		expect(h.cipp.requests.map((request) => request.status)).toEqual([502, 200]);
		h.cipp.requests.length = 0;
		h.cipp.inject({ kind: 'status', status: 502, times: 1 });
		const write = await h.runCipp(op('user', 'ExecDisableUser', { ID: 'a@b.c', Enable: false }, CONTOSO));
		expect(write.status).toBe('error');
		expect(h.cipp.requests).toHaveLength(1);
	});
});

describe('token requests', () => {
	test('one token for 1, 10 and 100 items over 3 executions, even with 10 in flight', async () => {
		h.entra.latencyMs = 50;
		for (const count of [1, 10, 100]) {
			const result = await h.runCipp(getUser({ parallelRequests: 10 }), { items: users(count) });
			expect(result.status).toBe('success');
		}
		expect(h.entra.tokenRequestCount).toBe(1);
	});
});
