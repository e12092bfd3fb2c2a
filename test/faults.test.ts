import { LoggerProxy } from 'n8n-workflow';

import { CLIENT_SECRET, op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import type { RunResult } from './harness/runner';

/**
 * Fault suite: every fault the simulators can produce, with continue-on-fail off (a clear error)
 * and on (N items in, N items out, each failure paired with its input). Never a hang, never an
 * unhandled exception, and neither the client secret nor any token in an error, an output item
 * or a log line.
 */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';
const ITEMS = 4;
const logLines: string[] = [];

beforeAll(async () => {
	h = await startHarness();
	const record = (level: string) => (message: string, meta?: object) => logLines.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`);
	LoggerProxy.init({ error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') } as never);
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.setUserCount(CONTOSO, 5);
	logLines.length = 0;
});

interface FaultCase {
	name: string;
	arrange: (h: Harness) => void;
	expected: RegExp;
	/** Items that still succeed (e.g. the expired-token case recovers). */
	recovers?: boolean;
	options?: Record<string, unknown>;
}

const FAULTS: FaultCase[] = [
	{ name: '429 storm', arrange: (x) => x.cipp.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, times: Infinity }), expected: /rate limiting requests \(429\).*after \d+ attempts/ },
	{ name: '500', arrange: (x) => x.cipp.inject({ kind: 'status', status: 500, body: 'Object reference not set to an instance of an object.', times: Infinity }), expected: /failed to process ListUsers \(500\): Object reference not set/ },
	{ name: '502', arrange: (x) => x.cipp.inject({ kind: 'status', status: 502, times: Infinity }), expected: /\(502\).*after \d+ attempts/ },
	{ name: '503', arrange: (x) => x.cipp.inject({ kind: 'status', status: 503, body: 'This feature has been disabled: BPA', times: Infinity }), expected: /unavailable \(503\).*feature has been disabled/ },
	{ name: '504', arrange: (x) => x.cipp.inject({ kind: 'status', status: 504, times: Infinity }), expected: /\(504\).*after \d+ attempts/ },
	{ name: 'HTML from the front end', arrange: (x) => x.cipp.inject({ kind: 'html', times: Infinity }), expected: /points at the CIPP web front end/ },
	{ name: 'malformed JSON', arrange: (x) => x.cipp.inject({ kind: 'malformedJson', times: Infinity }), expected: /not valid JSON/ },
	{ name: 'slow reply past the timeout', arrange: (x) => x.cipp.inject({ kind: 'slow', delayMs: 2500, times: Infinity }), expected: /did not answer ListUsers within 1 seconds/, options: { timeoutSeconds: 1, maxRetrySeconds: 0 } },
	{ name: 'connection reset', arrange: (x) => x.cipp.inject({ kind: 'reset', times: Infinity }), expected: /Could not reach CIPP at 127\.0\.0\.1:\d+ for ListUsers after \d+ attempts/ },
	{ name: 'token endpoint down', arrange: (x) => x.credential({ customAuthority: 'http://127.0.0.1:9' }), expected: /Could not reach the Microsoft Entra ID token endpoint/ },
	{ name: 'token endpoint answers 400 AADSTS', arrange: (x) => x.credential({ tenantId: 'not_a_tenant' }), expected: /tenant identifier is malformed \(AADSTS900023\)/ },
	{ name: 'token endpoint answers 401 AADSTS (bad secret)', arrange: (x) => x.credential({ clientSecret: 'Wrong~Secret.Value.12345' }), expected: /client secret is not valid \(AADSTS7000215\)/ },
	{
		name: 'token expires in the middle of a run',
		arrange: (x) => {
			x.entra.tokenLifetimeSeconds = 1;
			x.cipp.latencyMs = 400;
		},
		expected: /never/,
		recovers: true,
	},
];

const items = Array.from({ length: ITEMS }, (_, index) => ({ upn: `user0000${index + 1}@${CONTOSO}` }));
const parameters = (options: Record<string, unknown> = {}) =>
	op('user', 'ListUsers', { returnAll: true, additionalFields: { UserID: '={{ $json.upn }}' }, options: { maxRetrySeconds: 1, ...options } }, CONTOSO);

function assertNoLeaks(result: RunResult): void {
	const everything = [
		JSON.stringify(result.error, Object.getOwnPropertyNames(result.error ?? {})),
		JSON.stringify(result.items),
		JSON.stringify(result.run.data.resultData),
		...logLines,
	].join('\n');
	const secrets = [CLIENT_SECRET, 'Wrong~Secret.Value.12345', ...h.entra.issued.keys()];
	for (const secret of secrets) expect(everything.includes(secret)).toBe(false);
}

describe.each(FAULTS)('$name', (fault) => {
	test('continue-on-fail off: a clear error, nothing leaked', async () => {
		fault.arrange(h);
		const result = await h.runCipp(parameters(fault.options), { items });
		if (fault.recovers) {
			expect(result.status).toBe('success');
			expect(result.items).toHaveLength(ITEMS);
			expect(h.entra.tokenRequestCount).toBeGreaterThan(1);
		} else {
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(fault.expected);
			expect(['NodeApiError', 'NodeOperationError']).toContain(result.error?.name);
		}
		assertNoLeaks(result);
	});

	test('continue-on-fail on: N items in, N items out, each paired with its input', async () => {
		fault.arrange(h);
		const result = await h.runCipp(parameters(fault.options), { items, settings: { onError: 'continueRegularOutput' } });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(ITEMS);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		for (const item of result.items) {
			if (fault.recovers) expect(item.json.userPrincipalName).toBeDefined();
			else expect(String(item.json.error)).toMatch(fault.expected);
		}
		assertNoLeaks(result);
	});
});

test('an item whose own request fails does not disturb its neighbours', async () => {
	h.cipp.inject({ kind: 'status', status: 500, endpoint: 'ListUsers', times: 1 });
	const result = await h.runCipp(parameters({ maxRetrySeconds: 0 }), { items, settings: { onError: 'continueRegularOutput' } });
	expect(result.items.map((item) => Boolean(item.json.error))).toEqual([true, false, false, false]);
});

test('a CIPP error body that echoes the token or the secret is redacted, also inside a $batch', async () => {
	await h.runCipp(parameters(), { items: items.slice(0, 1) });
	const token = String(h.runner.storedCredential('cred-1')?.accessToken);
	const echo = `Error: rejected header Authorization: Bearer ${token} (client secret ${CLIENT_SECRET})`;
	h.cipp.inject({ kind: 'status', status: 400, body: { Results: echo } });
	const single = await h.runCipp(parameters({ maxRetrySeconds: 0 }), { items: items.slice(0, 1) });
	expect(single.error?.message).toMatch(/rejected header Authorization: Bearer \[redacted\]/);
	assertNoLeaks(single);

	h.cipp.inject({ kind: 'status', status: 400, endpoint: 'ListUsers', body: { Results: echo } });
	const batched = await h.runCipp(parameters({ maxRetrySeconds: 0, batchRequests: true }), {
		items: items.slice(0, 2),
		settings: { onError: 'continueRegularOutput' },
	});
	expect(String(batched.items[0].json.error)).toMatch(/\[redacted\]/);
	assertNoLeaks(batched);

	// A 200 whose result text reports a failure (a soft error) is quoted in the error too.
	h.cipp.inject({ kind: 'softError', body: { Results: `Failed to apply: ${echo}` } });
	const soft = await h.runCipp(parameters({ maxRetrySeconds: 0 }), { items: items.slice(0, 1) });
	expect(soft.error?.message).toMatch(/CIPP reported a failure: Failed to apply: .*Bearer \[redacted\]/);
	assertNoLeaks(soft);
});
