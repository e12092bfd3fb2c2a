import { OPERATIONS } from '../nodes/Cipp/catalog';
import { startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import { PICKER_VERSION, mapperFields, mapperValue, mapperValueFor, pickerCall } from './harness/endpointCalls';
import { sampleParameters } from './harness/sampleParameters';
import type { SampleVariant } from './harness/sampleParameters';

/**
 * The generic path sends what the curated operation sends. For every operation of the catalog,
 * with typical input for every field (switches off, then on), the operation is run as itself and
 * then as Custom API Call (version 1.1) with the same values entered in the resource mapper, whose
 * fields come from the simulator's spec. The requests the simulator recorded must be the same:
 * method, endpoint, query and body, the tenant lookup included.
 */

let h: Harness;
const TENANT = 'contoso.onmicrosoft.com';

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());

const recorded = () => h.cipp.requests.map(({ method, endpoint, query, body, status }) => ({ method, endpoint, query, body, status }));

test.each([...OPERATIONS.values()].map((operation) => [operation.value, operation] as const))('%s', async (_name, operation) => {
	const { fields } = await mapperFields(h, operation.value);
	for (const variant of ['off', 'on'] as SampleVariant[]) {
		const parameters = sampleParameters(operation, TENANT, variant);
		h.cipp.requests.length = 0;
		const curated = await h.runCipp(parameters);
		const sentByOperation = recorded();

		h.cipp.requests.length = 0;
		const generic = await h.runCipp(
			pickerCall(operation.value, { endpointFields: mapperValue(mapperValueFor(operation, parameters), fields), options: parameters.options }),
			{ typeVersion: PICKER_VERSION },
		);
		expect([variant, recorded()]).toEqual([variant, sentByOperation]);
		expect([variant, generic.status, generic.error?.message]).toEqual([variant, curated.status, curated.error?.message]);
	}
});
