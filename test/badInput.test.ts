import type { INodeParameters } from 'n8n-workflow';

import { OPERATIONS } from '../nodes/Cipp/catalog';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import { minimalParameters } from './harness/sampleParameters';

/**
 * Bad input is refused before any request, with a message that names the field and says what is
 * expected; a seeded fuzz over the generated fields finds no crash: every run either sends a
 * request CIPP's contract accepts or stops with a clear error.
 */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => h.reset());

const cases: Array<[string, INodeParameters, RegExp]> = [
	['a tenant ID that is not a GUID', { ...op('user', 'ListUsers', { returnAll: true }), tenant: { __rl: true, mode: 'id', value: '1234-not-a-guid' } }, /Enter the tenant ID, a GUID/],
	['a tenant ID from an expression that is not a GUID', { ...op('user', 'ListUsers', { returnAll: true }), tenant: { __rl: true, mode: 'id', value: '={{ "1234-not-a-guid" }}' } }, /'Tenant' value '1234-not-a-guid' is not a tenant domain or ID/],
	['a field that must be a GUID', op('sharePointTeams', 'DeleteSharepointSite', { SiteId: 'site-7' }, CONTOSO), /'Site ID' must be a GUID, not 'site-7'/],
	['a user principal name without @', op('user', 'ExecSendPush', { UserEmail: 'jane.doe' }, CONTOSO), /'User Principal Name' must be a user principal name like jane@contoso.com, not 'jane.doe'/],
	['invalid JSON', op('conditionalAccess', 'AddCAPolicy', { RawJSON: '{"displayName": ' }, CONTOSO), /'Policy JSON' is not valid JSON/],
	['a wrong type', op('user', 'ExecDisableUser', { ID: 'jane@contoso.onmicrosoft.com', Enable: '={{ "maybe" }}' }, CONTOSO), /'Allow Sign-In' must be true or false, not 'maybe'/],
	['a missing tenant', { ...op('user', 'ListUsers', { returnAll: true }), tenant: { __rl: true, mode: 'domain', value: '={{ "" }}' } }, /'Tenant' is required for Get Many Users/],
	['an oversized value', op('user', 'ExecResetPass', { ID: '={{ "x".repeat(1100000) }}' }, CONTOSO), /'User' is too long \(1100000 characters\)/],
	['an option outside the list', op('mailbox', 'ExecConvertMailbox', { ID: 'jane@contoso.onmicrosoft.com', MailboxType: '={{ "selfDestruct" }}' }, CONTOSO), /'Convert To' must be one of .* not 'selfDestruct'/],
	['extra body fields that are not an object', op('user', 'ExecDisableUser', { ID: 'a@b.c', Enable: true, options: { extraBody: '[1,2]' } }, CONTOSO), /'Extra Body Fields \(JSON\)' must be a JSON object/],
];

test.each(cases)('%s is refused before sending, naming the field', async (_label, parameters, expected) => {
	const result = await h.runCipp(parameters);
	expect(result.status).toBe('error');
	expect(result.error?.message).toMatch(expected);
	if (result.error?.name !== 'WorkflowHasIssuesError') expect(result.error?.description).toBeTruthy();
	expect(h.cipp.requests).toHaveLength(0);
	expect(h.entra.tokenRequestCount).toBe(0);
});

describe('one bad item among good ones', () => {
	const upns = ['ann@contoso.onmicrosoft.com', 'bob@contoso.onmicrosoft.com', 'carl', 'dee@contoso.onmicrosoft.com'];
	const parameters = (options: INodeParameters) =>
		op('user', 'ExecSendPush', { UserEmail: '={{ $json.upn }}', options }, CONTOSO);

	test.each([
		['one at a time', { parallelRequests: 1 }],
		['10 in flight', { parallelRequests: 10 }],
		['batched', { batchRequests: true }],
	])('%s, continue-on-fail off: the run stops before any item is sent', async (_label, options) => {
		const result = await h.runCipp(parameters(options), { items: upns.map((upn) => ({ upn })) });
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/'User Principal Name' must be a user principal name .* not 'carl'/);
		expect(h.cipp.requests).toHaveLength(0);
	});

	test('continue-on-fail on: the good items are sent, the bad one is an error item in its place', async () => {
		const result = await h.runCipp(parameters({ parallelRequests: 10 }), {
			items: upns.map((upn) => ({ upn })),
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.items.map((item) => [(item.pairedItem as { item: number }).item, item.json.error === undefined])).toEqual([
			[0, true],
			[1, true],
			[2, false],
			[3, true],
		]);
		expect(h.cipp.callsTo('ExecSendPush')).toHaveLength(3);
	});
});

describe('fuzz over the generated fields', () => {
	// Deterministic PRNG so a failure can be replayed.
	let seed = 20261122;
	const random = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const VALUES: ReadonlyArray<string | number | boolean> = [
		'', ' ', 'x', 'a,b,,c', '{"a":1}', '[1,"two",{"value":"v"}]', '{bad json', 'null', '0', '-1', 'true', 'false',
		'🙂 émoji ✓', 'a'.repeat(5000), '00000000-0000-4000-8000-000000000000', 'jane@contoso.onmicrosoft.com',
		'../../etc/passwd', '<script>alert(1)</script>', 12, -3.5, 0, true, false,
	];
	const operations = [...OPERATIONS.values()];

	test('200 random operations with random field values: no crash, a clear error or a valid request', async () => {
		let sent = 0;
		let refused = 0;
		for (let round = 0; round < 200; round += 1) {
			const operation = pick(operations);
			const parameters = minimalParameters(operation, CONTOSO);
			const additional: INodeParameters = {};
			for (const field of operation.fields) {
				if (field.managed || random() < 0.6) continue;
				const value = pick(VALUES);
				if (field.topLevel) parameters[field.param] = value;
				else additional[field.param] = value;
			}
			parameters.additionalFields = { ...((parameters.additionalFields as INodeParameters) ?? {}), ...additional };
			h.cipp.requests.length = 0;
			const result = await h.runCipp(parameters);
			const context = `${operation.value} ${JSON.stringify(parameters).slice(0, 300)}`;
			if (result.status === 'success') {
				sent += 1;
				expect([context, h.cipp.violations]).toEqual([context, []]);
				continue;
			}
			const message = result.error?.message ?? '';
			expect([context, message]).not.toEqual([context, expect.stringMatching(/^(Cannot read|undefined is not|\S+ is not a function)/)]);
			expect([context, ['NodeApiError', 'NodeOperationError', 'WorkflowHasIssuesError'].includes(String(result.error?.name ?? 'WorkflowHasIssuesError'))]).toEqual([context, true]);
			if (result.error?.name === 'NodeOperationError') {
				refused += 1;
				expect([context, h.cipp.requests.length]).toEqual([context, 0]);
			} else {
				expect([context, h.cipp.violations]).toEqual([context, []]);
			}
		}
		expect(sent).toBeGreaterThan(20);
		expect(refused).toBeGreaterThan(20);
	});
});
