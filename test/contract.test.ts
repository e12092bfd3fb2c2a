import { CATALOG_SOURCE, OPERATIONS } from '../nodes/Cipp/catalog';
import { loadReleaseWithAdditions } from '../scripts/catalog/releaseAdditions';
import { startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import { sampleParameters } from './harness/sampleParameters';
import type { SampleVariant } from './harness/sampleParameters';

/**
 * Every one of CIPP's endpoints, run as an operation of the CIPP node through n8n's engine with
 * typical input for every field it reads (switches off and one value of a list, then switches on
 * and several values), must be accepted by the simulator: right path and method, required fields
 * present where CIPP reads them, each value of the kind the handler reads, {value,label} objects
 * where CIPP reads .value, templates with their members, the tenant under the endpoint's key and
 * as its ID where CIPP needs the ID.
 */

let h: Harness;
const operations = [...OPERATIONS.values()];
/** Handlers that answer 404 for a record the sample input cannot name (not a missing endpoint). */
const NOT_FOUND_FOR_UNKNOWN_RECORDS = new Set(['ExecAcknowledgeAlert']);

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());

test('the catalog covers every endpoint of its CIPP release, once each', () => {
	const endpoints = Object.keys(loadReleaseWithAdditions(CATALOG_SOURCE.version).spec.endpoints);
	expect(operations).toHaveLength(endpoints.length);
	expect(new Set(operations.map((operation) => operation.value)).size).toBe(endpoints.length);
	expect([...h.cipp.contract.keys()].sort()).toEqual(operations.map((operation) => operation.value).sort());
});

describe.each<SampleVariant>(['off', 'on'])('every operation is accepted by the CIPP simulator (switches %s)', (variant) => {
	const tenant = 'contoso.onmicrosoft.com';
	test.each(operations.map((operation) => [operation.value, operation] as const))('%s', async (_name, operation) => {
		h.cipp.requests.length = 0;
		const result = await h.runCipp(sampleParameters(operation, tenant, variant));
		// Endpoints that need the tenant's ID read CIPP's tenant list first (once per run).
		const lookups = h.cipp.requests.filter((call) => call.endpoint === 'ListTenants' && operation.value !== 'ListTenants');
		const calls = h.cipp.requests.filter((call) => !lookups.includes(call));
		expect(lookups.length).toBe(operation.tenant?.format === 'guid' ? 1 : 0);
		expect(calls.length).toBeGreaterThanOrEqual(1);
		for (const call of [...lookups, ...calls]) {
			expect([call.endpoint, call.violations]).toEqual([call.endpoint, []]);
			const refused = NOT_FOUND_FOR_UNKNOWN_RECORDS.has(call.endpoint) ? [400, 401] : [400, 401, 404];
			expect(refused).not.toContain(call.status);
		}
		for (const call of calls) {
			expect(call.endpoint).toBe(operation.value);
			expect(call.method).toBe(h.cipp.contract.get(operation.value)?.method);
		}
		if (result.status !== 'success') {
			// Only a realistic handler refusal (e.g. unknown sample user) may fail, never the contract.
			expect(result.error?.message).not.toMatch(/Error: |No endpoint|is required|applies only|has no '/);
		}
	});
});
