/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test harness: runs in Node under jest, never inside n8n */
import { Cipp } from '../nodes/Cipp/Cipp.node';
import { OPERATIONS } from '../nodes/Cipp/catalog';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/** The CIPP node with realistic data: output shaping, paging, queues, soft errors, item pairing. */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';
const FABRIKAM = 'fabrikam.onmicrosoft.com';

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.setUserCount(CONTOSO, 5);
});

describe('list operations', () => {
	test('ListUsers returns one item per user, paired with the input item', async () => {
		const result = await h.runCipp(op('user', 'ListUsers', { returnAll: true }, CONTOSO));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(5);
		expect(result.items[0].json.userPrincipalName).toBe(`user00001@${CONTOSO}`);
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(h.cipp.callsTo('ListUsers')[0].query).toEqual({ tenantFilter: CONTOSO });
	});

	test('Limit caps the items, Return All returns everything', async () => {
		const limited = await h.runCipp(op('user', 'ListUsers', { returnAll: false, limit: 2 }, CONTOSO));
		expect(limited.items).toHaveLength(2);
		const all = await h.runCipp(op('user', 'ListUsers', { returnAll: true }, CONTOSO));
		expect(all.items).toHaveLength(5);
	});

	test('ListGraphRequest pages through Metadata.nextLink for Return All', async () => {
		h.cipp.data.setUserCount(CONTOSO, 250);
		const result = await h.runCipp(
			op('cippCore', 'ListGraphRequest', { Endpoint: 'users', returnAll: true, additionalFields: { top: 100 } }, CONTOSO),
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(250);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(250);
		const calls = h.cipp.callsTo('ListGraphRequest');
		expect(calls).toHaveLength(3);
		expect(calls.map((call) => call.query.manualPagination)).toEqual(['true', 'true', 'true']);
		expect(calls[0].query.nextLink).toBeUndefined();
		expect(String(calls[1].query.nextLink)).toMatch(/^https:\/\/graph\.microsoft\.com\/.*skiptoken=100/);
		expect(String(calls[2].query.nextLink)).toMatch(/skiptoken=200/);
	});

	test('ListGraphRequest with a Limit stops paging once it has enough', async () => {
		h.cipp.data.setUserCount(CONTOSO, 250);
		const result = await h.runCipp(
			op('cippCore', 'ListGraphRequest', { Endpoint: 'users', returnAll: false, limit: 120, additionalFields: { top: 100 } }, CONTOSO),
		);
		expect(result.items).toHaveLength(120);
		expect(h.cipp.callsTo('ListGraphRequest')).toHaveLength(2);
	});

	test('a queued All Tenants answer is polled until the data is ready', async () => {
		h.cipp.queuePollsBeforeReady = 2;
		const result = await h.runCipp(
			op('cippCore', 'ListGraphRequest', { Endpoint: 'users', returnAll: true }, 'AllTenants'),
		);
		expect(result.status).toBe('success');
		const total = [...h.cipp.data.users.values()].reduce((sum, users) => sum + users.length, 0);
		expect(result.items).toHaveLength(total);
		expect(new Set(result.items.map((item) => item.json.Tenant)).size).toBe(h.cipp.data.tenants.length);
		const calls = h.cipp.callsTo('ListGraphRequest');
		expect(calls).toHaveLength(3);
		expect(calls[0].query.QueueId).toBeUndefined();
		expect(calls[1].query.QueueId).toBe('queue-users');
		expect(calls[0].query.manualPagination).toBeUndefined();
	});

	test('a queue that is not ready within Max Queue Wait gives a clear error', async () => {
		h.cipp.queuePollsBeforeReady = 100;
		const result = await h.runCipp(
			op('cippCore', 'ListGraphRequest', { Endpoint: 'users', returnAll: true, options: { queueWaitSeconds: 1 } }, 'AllTenants'),
		);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/still preparing ListGraphRequest for All Tenants/);
		expect(result.error?.description).toMatch(/Max Queue Wait/);
	});

	test('stopping the execution ends a long queue wait at once', async () => {
		h.cipp.queuePollsBeforeReady = 100;
		const started = Date.now();
		const result = await h.runCipp(
			op('cippCore', 'ListGraphRequest', { Endpoint: 'users', returnAll: true, options: { queueWaitSeconds: 600 } }, 'AllTenants'),
			{ cancelAfterMs: 2000 }, // during the 2 s wait that follows the polls at 0.5 s and 1.5 s
		);
		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(3000); // the poll due at about 3.5 s is never made
		const polls = h.cipp.callsTo('ListGraphRequest').length;
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(h.cipp.callsTo('ListGraphRequest')).toHaveLength(polls);
	});

	test('All Tenants is refused before sending where the endpoint does not support it', async () => {
		const result = await h.runCipp(op('user', 'ExecResetPass', { ID: 'x' }, 'AllTenants'));
		expect(result.error?.message).toMatch(/cannot run for All Tenants/);
		expect(h.cipp.requests).toHaveLength(0);
	});
});

describe('actions', () => {
	test('ExecResetPass gives an item that says what happened, with the new password', async () => {
		const result = await h.runCipp(op('user', 'ExecResetPass', { ID: `user00001@${CONTOSO}`, additionalFields: { MustChange: true } }, CONTOSO));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ state: 'success', success: true, copyField: 'Sim-Passw0rd!42' });
		expect(String(result.items[0].json.resultText)).toMatch(/Successfully reset the password/);
		expect(h.cipp.callsTo('ExecResetPass')[0].body).toEqual({ tenantFilter: CONTOSO, ID: `user00001@${CONTOSO}`, MustChange: true });
	});

	test('ExecOffboardUser sends users as {value,label} objects and the chosen actions as JSON true', async () => {
		const result = await h.runCipp(
			op(
				'user',
				'ExecOffboardUser',
				{
					user: `user00001@${CONTOSO}, user00002@${CONTOSO}`,
					// The most used switches are on the node itself; the others under Additional Fields.
					ConvertToShared: true,
					RemoveLicenses: true,
					DisableSignIn: true,
					additionalFields: { DeleteUser: true, forward: `user00003@${CONTOSO}` },
				},
				CONTOSO,
			),
		);
		expect(result.status).toBe('success');
		expect(result.items.map((item) => item.json.resultText)).toHaveLength(2);
		const [call] = h.cipp.callsTo('ExecOffboardUser');
		expect(call.violations).toEqual([]);
		expect(call.body).toEqual({
			tenantFilter: CONTOSO,
			user: [
				{ value: `user00001@${CONTOSO}`, label: `user00001@${CONTOSO}` },
				{ value: `user00002@${CONTOSO}`, label: `user00002@${CONTOSO}` },
			],
			ConvertToShared: true,
			RemoveLicenses: true,
			DisableSignIn: true,
			DeleteUser: true,
			// Switches on the node that were left off are sent as JSON false (CIPP reads them as off).
			HideFromGAL: false,
			RemoveGroups: false,
			RevokeSessions: false,
			ResetPass: false,
			RemoveMFADevices: false,
			forward: { value: `user00003@${CONTOSO}`, label: `user00003@${CONTOSO}` },
		});
	});

	test('ExecOffboardUser without any action is refused before sending', async () => {
		const result = await h.runCipp(op('user', 'ExecOffboardUser', { user: `user00001@${CONTOSO}` }, CONTOSO));
		expect(result.error?.message).toMatch(/needs one of/);
		expect(h.cipp.requests).toHaveLength(0);
	});

	test('AddUser wraps {value,label} fields and returns one item per step', async () => {
		const result = await h.runCipp(
			op(
				'user',
				'AddUser',
				{
					DisplayName: 'Jane Doe',
					username: 'jane.doe',
					usageLocation: 'NL',
					licenses: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					additionalFields: { PrimDomain: CONTOSO },
				},
				CONTOSO,
			),
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.copyField).toBe(`jane.doe@${CONTOSO}`);
		const [call] = h.cipp.callsTo('AddUser');
		expect(call.violations).toEqual([]);
		expect(call.body).toMatchObject({
			PrimDomain: { value: CONTOSO, label: CONTOSO },
			usageLocation: { value: 'NL', label: 'NL' },
			licenses: [{ value: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', label: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46' }],
		});
	});

	test('a plain-text result becomes an action item', async () => {
		const result = await h.runCipp(op('user', 'ExecDisableUser', { ID: `user00001@${CONTOSO}`, Enable: false }, CONTOSO));
		expect(result.items[0].json).toEqual({ resultText: `Successfully disabled user00001@${CONTOSO}`, state: 'success', success: true });
	});
});

describe('soft errors', () => {
	test('a 200 whose text starts with Failed is an error by default', async () => {
		h.cipp.inject({ kind: 'softError', endpoint: 'ExecDisableUser', body: { Results: 'Failed to disable user: Insufficient privileges' } });
		const result = await h.runCipp(op('user', 'ExecDisableUser', { ID: 'a@b.c', Enable: false }, CONTOSO));
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('CIPP reported a failure: Failed to disable user: Insufficient privileges');
	});

	test("state 'error' in a structured result is an error by default", async () => {
		h.cipp.inject({ kind: 'softError', body: { Results: [{ resultText: 'Could not create user', state: 'error' }] } });
		const result = await h.runCipp(op('user', 'AddUser', { DisplayName: 'X', username: 'x', Domain: CONTOSO }, CONTOSO));
		expect(result.error?.message).toMatch(/Could not create user/);
	});

	test("with 'Fail on Soft Errors' off the failure is an item with success false", async () => {
		h.cipp.inject({ kind: 'softError', body: { Results: 'Error - the task could not be added' } });
		const result = await h.runCipp(
			op('user', 'ExecDisableUser', { ID: 'a@b.c', Enable: false, options: { failOnSoftErrors: false } }, CONTOSO),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual({ resultText: 'Error - the task could not be added', state: 'error', success: false });
	});
});

describe('errors and continue-on-fail', () => {
	test('N items in, N items out, each failure paired with its input', async () => {
		const items = [
			{ upn: `user00001@${CONTOSO}`, tenant: CONTOSO },
			{ upn: 'nobody@contoso.onmicrosoft.com', tenant: CONTOSO },
			{ upn: `user00002@${CONTOSO}`, tenant: 'not a domain' },
			{ upn: `user00003@${CONTOSO}`, tenant: CONTOSO },
		];
		const result = await h.runCipp(
			{
				resource: 'user',
				operation: 'ExecResetPass',
				tenant: { __rl: true, mode: 'domain', value: '={{ $json.tenant }}' },
				ID: '={{ $json.upn }}',
			},
			{ items, settings: { onError: 'continueRegularOutput' } },
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(4);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		expect(result.items[0].json.success).toBe(true);
		expect(String(result.items[1].json.error)).toMatch(/CIPP failed to process ExecResetPass \(500\): Failed to reset the password for nobody/);
		expect(String(result.items[2].json.error)).toMatch(/'Tenant' value 'not a domain' is not a tenant domain or ID/);
		expect(result.items[3].json.success).toBe(true);
		// The invalid item never reached CIPP.
		expect(h.cipp.callsTo('ExecResetPass')).toHaveLength(3);
	});

	test('without continue-on-fail the first failure stops the run and names its item', async () => {
		const result = await h.runCipp(
			{ ...op('user', 'ExecResetPass', { ID: '={{ $json.upn }}' }, CONTOSO) },
			{ items: [{ upn: `user00001@${CONTOSO}` }, { upn: 'nobody@x.y' }] },
		);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/\(500\)/);
		expect((result.error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(1);
	});

	test('a 403 shows the Graph error text CIPP sent, not a generic permission message', async () => {
		h.cipp.inject({ kind: 'status', status: 403, body: ['Required license not available for this tenant'] });
		const result = await h.runCipp(op('mailbox', 'ListMailboxes', { returnAll: true }, CONTOSO));
		expect(result.error?.message).toBe('CIPP refused ListMailboxes (403): Required license not available for this tenant');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('403');
	});

	test('invalid JSON in a field is refused before sending and names the field', async () => {
		const result = await h.runCipp(op('conditionalAccess', 'AddCAPolicy', { RawJSON: '{ not json' }, CONTOSO));
		expect(result.error?.message).toMatch(/^'Policy JSON' is not valid JSON/);
		expect(h.cipp.requests).toHaveLength(0);
	});
});

describe('Custom API Call', () => {
	const custom = (endpointName: string, extra: Record<string, unknown> = {}) => ({
		resource: 'customApi',
		operation: 'callEndpoint',
		endpointName,
		...extra,
	});

	test('calls any endpoint by name with a method, query and body', async () => {
		const result = await h.runCipp(custom('ListUsers', { method: 'GET', queryJson: JSON.stringify({ tenantFilter: CONTOSO }) }));
		expect(result.items).toHaveLength(5);
		const post = await h.runCipp(
			custom('ExecDisableUser', { method: 'POST', bodyJson: JSON.stringify({ tenantFilter: CONTOSO, ID: 'a@b.c', Enable: false }) }),
		);
		expect(post.items[0].json.resultText).toBe('Successfully disabled a@b.c');
	});

	test.each(['https://evil.example.com/api/ListUsers', '../ListUsers', 'ListUsers?tenantFilter=x', 'List%2FUsers', '//evil.example.com', ''])(
		'refuses %j before sending anything',
		async (name) => {
			const result = await h.runCipp(custom(name === '' ? '={{ "" }}' : name));
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/'Endpoint Name' must be a CIPP endpoint name/);
			expect(h.cipp.requests).toHaveLength(0);
			expect(h.entra.tokenRequestCount).toBe(0);
		},
	);

	test('a redirect is not followed, so the token never leaves the CIPP host', async () => {
		h.cipp.inject({ kind: 'redirect', location: 'http://127.0.0.1:9/steal' });
		const result = await h.runCipp(custom('ListUsers', { queryJson: JSON.stringify({ tenantFilter: CONTOSO }) }));
		expect(result.error?.message).toMatch(/redirected ListUsers to 127\.0\.0\.1:9/);
	});
});

describe('tenant forms', () => {
	test('a tenant ID works as well as a domain', async () => {
		const tenantId = h.cipp.data.tenants[1].customerId;
		const result = await h.runCipp({
			...op('user', 'ListUsers', { returnAll: true }),
			tenant: { __rl: true, mode: 'id', value: tenantId },
		});
		expect(result.status).toBe('success');
		expect(result.items[0].json.Tenant).toBe(FABRIKAM);
	});

	test('AddTeam sends the tenant under its own key (tenantid)', async () => {
		await h.runCipp(op('sharePointTeams', 'AddTeam', { owner: `user00001@${CONTOSO}`, displayName: 'Ops' }, CONTOSO));
		const [call] = h.cipp.callsTo('AddTeam');
		expect(call.body).toMatchObject({ tenantid: CONTOSO, owner: [`user00001@${CONTOSO}`] });
		expect(call.violations).toEqual([]);
	});

	test('multi-tenant deployers get selectedTenants as {value,label} objects', async () => {
		await h.runCipp(op('spamFilter', 'AddSpamFilter', { PowerShellCommand: '{"Name": "Strict"}' }, CONTOSO));
		const [call] = h.cipp.callsTo('AddSpamFilter');
		expect(call.body).toMatchObject({ selectedTenants: [{ value: CONTOSO, label: CONTOSO }] });
		expect(call.violations).toEqual([]);
	});
});

describe('tenant picker', () => {
	test('lists the tenants from ListTenants, searchable, with All Tenants only where it applies', async () => {
		const forUsers = await h.runner.listSearch('n8n-nodes-cipp-api.cipp', 'searchTenants', { resource: 'user', operation: 'ListUsers' });
		expect(forUsers.results.map((entry) => entry.value)).toEqual(['contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com', 'northwindtraders.onmicrosoft.com']);
		expect(forUsers.results[0].name).toBe('Contoso (contoso.onmicrosoft.com)');
		const forLicenses = await h.runner.listSearch('n8n-nodes-cipp-api.cipp', 'searchTenants', { resource: 'report', operation: 'ListLicenses' });
		expect(forLicenses.results[0]).toEqual({ name: 'All Tenants', value: 'AllTenants' });
		const searched = await h.runner.listSearch('n8n-nodes-cipp-api.cipp', 'searchTenants', { resource: 'report', operation: 'ListLicenses' }, 'fabri');
		expect(searched.results.map((entry) => entry.value)).toEqual(['fabrikam.onmicrosoft.com']);
	});
});

test("the canvas subtitle is the operation's name, not the endpoint it calls", () => {
	const subtitle = String(new Cipp().description.subtitle);
	const evaluate = (operation: string) => h.runner.evaluateNodeExpression('n8n-nodes-cipp-api.cipp', { resource: 'user', operation }, subtitle);
	expect(evaluate('ExecOffboardUser')).toBe(OPERATIONS.get('ExecOffboardUser')!.name);
	expect(evaluate('ListUsers')).toBe(OPERATIONS.get('ListUsers')!.name);
	expect(evaluate('NotAnEndpoint')).toBe('NotAnEndpoint');
});
