import { OPERATIONS } from '../nodes/Cipp/catalog';
import { CATALOG_SOURCE } from '../nodes/Cipp/catalog/endpoints.generated';
import { loadRelease } from '../scripts/catalog/releaseData';
import { startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import { minimalParameters } from './harness/sampleParameters';

/**
 * Every one of CIPP's endpoints, run as an operation of the CIPP node through n8n's engine with
 * the minimal valid parameters, must be accepted by the simulator: right path and method,
 * required fields present where CIPP reads them, {value,label} objects where CIPP reads .value,
 * the tenant under the endpoint's key.
 */

let h: Harness;
const operations = [...OPERATIONS.values()];

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());

test('the catalog covers every endpoint of its CIPP release, once each', () => {
	const endpoints = Object.keys(loadRelease(CATALOG_SOURCE.version).spec.endpoints);
	expect(operations).toHaveLength(endpoints.length);
	expect(new Set(operations.map((operation) => operation.value)).size).toBe(endpoints.length);
	expect([...h.cipp.contract.keys()].sort()).toEqual(operations.map((operation) => operation.value).sort());
});

describe('every operation is accepted by the CIPP simulator', () => {
	const tenant = 'contoso.onmicrosoft.com';
	test.each(operations.map((operation) => [operation.value, operation] as const))('%s', async (_name, operation) => {
		h.cipp.requests.length = 0;
		const result = await h.runCipp(minimalParameters(operation, tenant));
		const calls = h.cipp.requests;
		expect(calls.length).toBeGreaterThanOrEqual(1);
		for (const call of calls) {
			expect(call.endpoint).toBe(operation.value);
			expect(call.method).toBe(h.cipp.contract.get(operation.value)?.method);
			expect(call.violations).toEqual([]);
			expect([400, 401, 404]).not.toContain(call.status);
		}
		if (result.status !== 'success') {
			// Only a realistic handler refusal (e.g. unknown sample user) may fail, never the contract.
			expect(result.error?.message).not.toMatch(/Error: |No endpoint|is required/);
		}
	});
});
