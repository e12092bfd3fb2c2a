import { NodeHelpers } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { INSTANCE_SPECS } from '../nodes/Cipp/actions/instanceCatalog';
import { INSTANCE_VERSIONS } from '../nodes/Cipp/actions/missingEndpoint';
import { Cipp } from '../nodes/Cipp/Cipp.node';
import { OPERATIONS } from '../nodes/Cipp/catalog';
import { CLIENT_ID, op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import { PICKER_VERSION, listedEndpoints, mapperFields, mapperValue, pickerCall } from './harness/endpointCalls';
import { newerEndpoints } from './harness/simOpenApi';

/**
 * Custom API Call at node version 1.1: the endpoint list and the fields come from the connected
 * CIPP's own spec (ListOpenApiSpec), with the package's catalog where CIPP serves none; endpoints
 * the package lacks can be called with checked fields; an endpoint the instance lacks gives an
 * error that names its version; saved version-1 workflows run as before. All through n8n's engine
 * against the loopback CIPP simulator.
 */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';
const run = async (parameters: Parameters<Harness['runCipp']>[0], options: Parameters<Harness['runCipp']>[1] = {}) =>
	await h.runCipp(parameters, { typeVersion: PICKER_VERSION, ...options });
const specFetches = () => h.cipp.callsTo('ListOpenApiSpec').length;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.setUserCount(CONTOSO, 3);
	INSTANCE_SPECS.clear();
	INSTANCE_VERSIONS.clear();
	INSTANCE_SPECS.clock = () => Date.now();
});

describe('a CIPP that serves its spec, with three endpoints the package lacks', () => {
	beforeEach(() => {
		h.cipp.openApi.version = '10.10.3';
		h.cipp.openApi.add(...newerEndpoints());
	});

	test('the picker lists the instance\'s endpoints, found by name or in words; known ones carry our name', async () => {
		const all = await listedEndpoints(h);
		expect(all).toHaveLength(OPERATIONS.size + 4); // + the three newer ones and ListOpenApiSpec itself
		expect(all.find((entry) => entry.value === 'ExecJITAdminRequestDecision')).toEqual({
			name: "ExecJITAdminRequestDecision · from your CIPP's spec",
			value: 'ExecJITAdminRequestDecision',
			description: 'POST · Identity > Administration > Roles',
		});
		expect(all.find((entry) => entry.value === 'ExecResetPass')?.name).toBe('ExecResetPass · Reset Password');
		expect((await listedEndpoints(h, 'health issues')).map((entry) => entry.value)).toEqual(['ListServiceHealthIssues']);
		expect((await listedEndpoints(h, 'pimrole')).map((entry) => entry.value)).toEqual(['ExecPIMRoleAssignment']);
		// One fetch of the 2 MB spec served every page and search.
		expect(specFetches()).toBe(1);
	});

	test("their fields appear in the resource mapper with the spec's types", async () => {
		const { fields } = await mapperFields(h, 'ExecJITAdminRequestDecision');
		expect(fields.map((field) => [field.id, field.type, field.required, field.removed])).toEqual([
			['tenantFilter', 'string', true, false],
			['RequestIds', 'string', true, false],
			['Approve', 'boolean', false, true],
			['Reason', 'string', false, true],
		]);
		const pim = await mapperFields(h, 'ExecPIMRoleAssignment');
		const duration = pim.fields.find((field) => field.id === 'Duration');
		expect(duration).toMatchObject({ type: 'options', defaultValue: 'PT1H', options: [{ name: 'PT1H', value: 'PT1H' }, { name: 'PT4H', value: 'PT4H' }, { name: 'PT8H', value: 'PT8H' }] });
		const health = await mapperFields(h, 'ListServiceHealthIssues', 'name');
		expect(health.fields.map((field) => `${field.id}:${field.type}`)).toEqual(['tenantFilter:string', 'IncludeResolved:boolean', 'Days:number']);
	});

	test('calls succeed: values are shaped as the spec says and the simulator accepts them', async () => {
		const { fields } = await mapperFields(h, 'ExecJITAdminRequestDecision');
		const acknowledged = await run(
			pickerCall('ExecJITAdminRequestDecision', {
				endpointFields: mapperValue({ tenantFilter: CONTOSO, RequestIds: 'a-1, a-2', Approve: true, Reason: 'False positive' }, fields),
			}),
		);
		expect(acknowledged.error).toBeUndefined();
		expect(acknowledged.items[0].json).toMatchObject({ resultText: `Decided 2 requests for ${CONTOSO}` });
		const [call] = h.cipp.callsTo('ExecJITAdminRequestDecision');
		expect(call).toMatchObject({ method: 'POST', status: 200, violations: [] });
		expect(call.body).toEqual({ tenantFilter: CONTOSO, RequestIds: ['a-1', 'a-2'], Approve: true, Reason: { value: 'False positive', label: 'False positive' } });

		const health = await run(pickerCall('ListServiceHealthIssues', { endpointFields: mapperValue({ tenantFilter: CONTOSO, IncludeResolved: false, Days: 30 }) }));
		expect(health.items.map((item) => item.json.Id)).toEqual(['EX1001', 'TM2002']);
		expect(h.cipp.callsTo('ListServiceHealthIssues')[0]).toMatchObject({ method: 'GET', query: { tenantFilter: CONTOSO, IncludeResolved: 'false', Days: '30' }, violations: [] });

		// By name, as an expression or an AI agent gives it.
		const pim = await run({
			...pickerCall('ExecPIMRoleAssignment'),
			endpoint: { __rl: true, mode: 'name', value: '={{ $json.endpoint }}' },
			endpointFields: mapperValue({ tenantFilter: CONTOSO, userId: '={{ $json.user }}', roleDefinitionId: 'helpdesk', Duration: 'PT4H' }),
		}, { items: [{ endpoint: 'ExecPIMRoleAssignment', user: 'user00001@contoso.onmicrosoft.com' }] });
		expect(pim.items[0].json.resultText).toBe('Activated helpdesk for user00001@contoso.onmicrosoft.com (PT4H)');
		expect(specFetches()).toBe(1);
	});

	test('a missing required field, a wrong option or a field the endpoint lacks is refused before sending', async () => {
		const missing = await run(pickerCall('ExecPIMRoleAssignment', { endpointFields: mapperValue({ tenantFilter: CONTOSO, userId: 'u' }) }));
		expect(missing.error?.message).toBe("'Role Definition ID' is required");
		const option = await run(pickerCall('ExecPIMRoleAssignment', { endpointFields: mapperValue({ tenantFilter: CONTOSO, userId: 'u', roleDefinitionId: 'r', Duration: 'P1D' }) }));
		expect(option.error?.message).toBe("'Duration' must be one of PT1H, PT4H, PT8H, not 'P1D'");
		const unknown = await run(pickerCall('ExecPIMRoleAssignment', { endpointFields: mapperValue({ tenantFilter: CONTOSO, userId: 'u', roleDefinitionId: 'r', Expiry: 'x' }) }));
		expect(unknown.error?.message).toBe("ExecPIMRoleAssignment has no field 'Expiry'");
		expect(h.cipp.callsTo('ExecPIMRoleAssignment')).toHaveLength(0);
	});

	test('JSON input sends the query and body as they are, with the method the spec gives', async () => {
		const result = await run(
			pickerCall('ExecJITAdminRequestDecision', { inputMode: 'json', bodyJson: JSON.stringify({ tenantFilter: CONTOSO, RequestIds: ['a-9'] }) }),
		);
		expect(result.items[0].json.resultText).toBe(`Decided 1 requests for ${CONTOSO}`);
		expect(h.cipp.callsTo('ExecJITAdminRequestDecision')[0]).toMatchObject({ method: 'POST', body: { tenantFilter: CONTOSO, RequestIds: ['a-9'] } });
	});
});

describe('an endpoint the instance lacks', () => {
	test('a catalog operation the instance dropped: the error names the version, GetVersion is asked once', async () => {
		h.cipp.openApi.version = '10.10.3';
		h.cipp.openApi.remove('ExecResetPass');
		const items = [{ id: 'user00001@contoso.onmicrosoft.com' }, { id: 'user00002@contoso.onmicrosoft.com' }];
		const result = await h.runCipp(op('user', 'ExecResetPass', { ID: '={{ $json.id }}' }, CONTOSO), { items, settings: { onError: 'continueRegularOutput' } });
		expect(result.items.map((item) => item.json.error)).toEqual([
			'This CIPP (10.10.3) has no endpoint ExecResetPass; CIPP 10.8.2 had it, your release no longer does',
			'This CIPP (10.10.3) has no endpoint ExecResetPass; CIPP 10.8.2 had it, your release no longer does',
		]);
		expect(String(result.items[0].json.description)).toMatch(/release notes.*Custom API Call lists the endpoints your CIPP offers/);
		expect(result.items[0].json.httpCode).toBe('404');
		expect(h.cipp.callsTo('GetVersion')).toHaveLength(1);
		expect(h.cipp.callsTo('GetVersion')[0].query).toEqual({ LocalVersion: '10.8.2' });
	});

	test('an older CIPP: the catalog operation needs the catalog release; a newer endpoint by name needs a newer release', async () => {
		h.cipp.openApi.version = '10.7.0';
		h.cipp.openApi.latest = '10.10.3';
		h.cipp.openApi.served = false;
		h.cipp.openApi.remove('ExecJITAdminRequestDecision', 'ListTenantGroups');
		const old = await run(op('tenant', 'ListTenantGroups', { returnAll: true }));
		expect(old.error?.message).toBe('This CIPP (10.7.0) has no endpoint ListTenantGroups; it needs CIPP 10.8.2 or later');
		expect(old.error?.description).toMatch(/^Update CIPP \(the latest release is 10\.10\.3\)/);
		const newer = await run({ ...pickerCall('ExecJITAdminRequestDecision'), endpoint: { __rl: true, mode: 'name', value: 'ExecJITAdminRequestDecision' }, inputMode: 'json', method: 'POST', bodyJson: '{}' });
		expect(newer.error?.message).toBe('This CIPP (10.7.0) has no endpoint ExecJITAdminRequestDecision; it may need a newer release (the latest is 10.10.3)');
		expect(h.cipp.callsTo('GetVersion')).toHaveLength(1);
	});

	test("a handler's own 404 is not taken for a missing endpoint", async () => {
		h.cipp.inject({ kind: 'status', status: 404, endpoint: 'ExecResetPass', body: { Results: 'Alert item not found' } });
		const result = await h.runCipp(op('user', 'ExecResetPass', { ID: 'user00001@contoso.onmicrosoft.com' }, CONTOSO));
		expect(result.error?.message).toBe('CIPP answered ExecResetPass with 404 (not found): Alert item not found');
		expect(h.cipp.callsTo('GetVersion')).toHaveLength(0);
	});
});

describe('a CIPP that serves no spec', () => {
	test.each([
		['answers 404 like a deployment without the file', () => (h.cipp.openApi.served = false)],
		['has no ListOpenApiSpec at all (router 404)', () => h.cipp.openApi.remove('ListOpenApiSpec')],
		['sends a spec cut off in the middle', () => h.cipp.inject({ kind: 'malformedJson', endpoint: 'ListOpenApiSpec' })],
		['sends JSON that is not an OpenAPI description', () => h.cipp.inject({ kind: 'status', status: 200, endpoint: 'ListOpenApiSpec', body: { paths: 'none' } })],
	])('%s: the list and the fields come from the package\'s catalog', async (_name, arrange) => {
		arrange();
		h.cipp.openApi.add(...newerEndpoints());
		const all = await listedEndpoints(h);
		expect(all).toHaveLength(OPERATIONS.size);
		expect(all.some((entry) => entry.value === 'ExecJITAdminRequestDecision')).toBe(false);
		const { fields } = await mapperFields(h, 'ExecResetPass');
		expect(fields.map((field) => [field.id, field.displayName, field.required, field.removed, field.defaultValue])).toEqual([
			['tenantFilter', 'Tenant', true, false, undefined],
			['displayName', 'Display Name', false, true, undefined],
			['ID', 'User', true, false, undefined],
			['MustChange', 'Must Change Password', false, false, true],
		]);
		expect((await mapperFields(h, 'ExecJITAdminRequestDecision', 'name')).notice).toMatch(/^ExecJITAdminRequestDecision is not in this node's catalog/);
		// A generic call to a catalog endpoint still runs; one the catalog lacks needs JSON.
		const known = await run(pickerCall('ListUsers', { endpointFields: mapperValue({ tenantFilter: CONTOSO }) }));
		expect(known.items).toHaveLength(3);
		const unknown = await run(pickerCall('ExecJITAdminRequestDecision', { endpointFields: mapperValue({ tenantFilter: CONTOSO }) }));
		expect(unknown.error?.message).toBe("This node's catalog has no endpoint ExecJITAdminRequestDecision, and your CIPP serves no spec to look it up (it does from CIPP 10.10)");
		// The answer "no spec" is kept like a spec: asked once for all of the above.
		expect(specFetches()).toBe(1);
	});
});

test('a spec that cannot be read (CIPP fails) fails only the items that need it, with the reason', async () => {
	h.cipp.inject({ kind: 'status', status: 500, endpoint: 'ListOpenApiSpec', body: { Results: 'Storage unavailable' } });
	const items = [{ endpoint: 'ListUsers' }, { endpoint: 'ExecSomethingNew' }];
	const result = await run(
		{ ...pickerCall(''), endpoint: { __rl: true, mode: 'name', value: '={{ $json.endpoint }}' }, endpointFields: mapperValue({ tenantFilter: CONTOSO }) },
		{ items, settings: { onError: 'continueRegularOutput' } },
	);
	expect(result.items.filter((item) => item.json.error === undefined)).toHaveLength(3);
	expect(result.items.at(-1)?.json.error).toBe('CIPP failed to process ListOpenApiSpec (500): Storage unavailable');
	expect(specFetches()).toBe(1);
});

describe('the spec cache', () => {
	test('expires: after ten minutes the next use fetches the spec again', async () => {
		let now = 1_000_000;
		INSTANCE_SPECS.clock = () => now;
		await listedEndpoints(h, 'ListUsers');
		now += 9 * 60_000;
		await mapperFields(h, 'ListUsers');
		expect(specFetches()).toBe(1);
		now += 2 * 60_000;
		await listedEndpoints(h, 'ListUsers');
		expect(specFetches()).toBe(2);
	});

	test('holds four instances at most: the least recently used is fetched again', async () => {
		const apps = ['a', 'b', 'c', 'd', 'e'].map((letter) => ({ clientId: `${letter.repeat(8)}-0000-4000-8000-000000000000`, secret: `Secret~${letter}`, hasIdentifierUri: true }));
		h.entra.addTenant({ tenantId: '7d3c2b1a-0000-4000-8000-0000000000aa', domains: ['other.onmicrosoft.com'], apps });
		for (const app of apps) h.credential({ tenantId: '7d3c2b1a-0000-4000-8000-0000000000aa', clientId: app.clientId, clientSecret: app.secret }, `cred-${app.secret}`);
		for (const app of apps) await listedEndpoints(h, 'ListUsers', `cred-${app.secret}`);
		expect(specFetches()).toBe(5);
		expect(INSTANCE_SPECS.size).toBe(4);
		await listedEndpoints(h, 'ListUsers', 'cred-Secret~e');
		expect(specFetches()).toBe(5);
		await listedEndpoints(h, 'ListUsers', 'cred-Secret~a');
		expect(specFetches()).toBe(6);
		// The key is a digest: no secret is kept in the cache.
		expect(JSON.stringify([...(INSTANCE_SPECS as unknown as { entries: Map<string, unknown> }).entries.keys()])).not.toMatch(/Secret~|Sim~/);
		expect(CLIENT_ID).not.toBe(apps[0].clientId);
	});
});

describe('saved workflows of version 1', () => {
	const v1 = { resource: 'customApi', operation: 'callEndpoint', endpointName: 'ExecDisableUser', method: 'POST', bodyJson: JSON.stringify({ tenantFilter: CONTOSO, ID: 'a@b.c', Enable: false }) };

	test('run as before: name, method and JSON sent as they are, no spec read', async () => {
		const result = await h.runCipp(v1, { typeVersion: 1 });
		expect(result.items[0].json.resultText).toBe('Successfully disabled a@b.c');
		expect(h.cipp.requests.map((request) => [request.method, request.endpoint, request.body])).toEqual([
			['POST', 'ExecDisableUser', { tenantFilter: CONTOSO, ID: 'a@b.c', Enable: false }],
		]);
	});

	test('an endpoint the instance lacks gives the versioned error here too, and through $batch', async () => {
		h.cipp.openApi.version = '10.8.2';
		h.cipp.openApi.latest = '10.10.3';
		h.cipp.openApi.remove('ExecDisableUser', 'ListUsers');
		const alone = await h.runCipp(v1, { typeVersion: 1 });
		expect(alone.error?.message).toBe('This CIPP (10.8.2) has no endpoint ExecDisableUser; CIPP 10.8.2 had it, your release no longer does');
		const batched = await run(op('user', 'ListUsers', { returnAll: true, options: { batchRequests: true } }, CONTOSO), { settings: { onError: 'continueRegularOutput' } });
		expect(h.cipp.callsTo('$batch')).toHaveLength(1);
		expect(batched.items[0].json.error).toBe('This CIPP (10.8.2) has no endpoint ListUsers; CIPP 10.8.2 had it, your release no longer does');
		expect(h.cipp.callsTo('GetVersion')).toHaveLength(1);
	});

	test('show their own parameters; version 1.1 shows the picker', () => {
		const description = new Cipp().description;
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
		const shown = (typeVersion: number, values: Record<string, unknown>) =>
			(description.properties as INodeProperties[])
				.filter((property) => ['endpointName', 'endpoint', 'inputMode', 'endpointFields', 'method', 'queryJson', 'bodyJson'].includes(property.name))
				.filter((property) =>
					NodeHelpers.displayParameter({ resource: 'customApi', operation: 'callEndpoint', ...values } as never, property, { typeVersion } as never, description),
				)
				.map((property) => property.name);
		expect(shown(1, { method: 'POST' })).toEqual(['endpointName', 'method', 'queryJson', 'bodyJson']);
		expect(shown(1.1, { inputMode: 'fields' })).toEqual(['endpoint', 'inputMode', 'endpointFields']);
		expect(shown(1.1, { inputMode: 'json', method: 'auto' })).toEqual(['endpoint', 'inputMode', 'method', 'queryJson', 'bodyJson']);
		expect(shown(1.1, { inputMode: 'json', method: 'GET' })).toEqual(['endpoint', 'inputMode', 'method', 'queryJson']);
	});
});
