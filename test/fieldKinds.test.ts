import type { INodeProperties } from 'n8n-workflow';

import { Cipp } from '../nodes/Cipp/Cipp.node';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * What the handler facts say about a field, carried through n8n's engine to the loopback CIPP:
 * switches left out where CIPP would read any value as on, JSON given as text or as one object,
 * fields that apply only for some values of another field, fields needed only then, templates
 * with their members, email addresses, and tenants that CIPP needs by ID.
 */

let h: Harness;
const CONTOSO = 'contoso.onmicrosoft.com';
const FABRIKAM = 'fabrikam.onmicrosoft.com';

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => h.reset());

/** Runs one operation and returns its only request to the endpoint, checked against the contract. */
async function sent(parameters: Parameters<Harness['runCipp']>[0], endpoint: string) {
	const result = await h.runCipp(parameters);
	expect([result.status, result.error?.message]).toEqual(['success', undefined]);
	const calls = h.cipp.callsTo(endpoint);
	expect(calls).toHaveLength(1);
	expect(calls[0].violations).toEqual([]);
	return calls[0];
}

/** Runs one operation that must be refused before anything reaches the endpoint. */
async function refused(parameters: Parameters<Harness['runCipp']>[0], endpoint: string) {
	const result = await h.runCipp(parameters);
	expect(result.status).toBe('error');
	expect(h.cipp.callsTo(endpoint)).toHaveLength(0);
	return result.error!;
}

describe('switches', () => {
	test('in a query string, a switch that is off is left out and one that is on is sent as true', async () => {
		const off = await sent(op('user', 'ListUsers', { returnAll: true, additionalFields: { IncludeLogonDetails: false } }, CONTOSO), 'ListUsers');
		expect(off.query).toEqual({ tenantFilter: CONTOSO });
		h.reset();
		const on = await sent(op('user', 'ListUsers', { returnAll: true, additionalFields: { IncludeLogonDetails: true } }, CONTOSO), 'ListUsers');
		expect(on.query).toEqual({ tenantFilter: CONTOSO, IncludeLogonDetails: 'true' });
	});

	test('in a body, a switch CIPP reads as on when present is left out when off, sent as true when on', async () => {
		const group = { groupId: 'group-1', AddMember: `user00001@${CONTOSO}` };
		const off = await sent(op('group', 'EditGroup', { ...group, additionalFields: { allowExternal: false } }, CONTOSO), 'EditGroup');
		expect(off.body).not.toHaveProperty('allowExternal');
		h.reset();
		const on = await sent(op('group', 'EditGroup', { ...group, additionalFields: { allowExternal: true } }, CONTOSO), 'EditGroup');
		expect(on.body).toMatchObject({ allowExternal: true });
	});

	test('in a body, an ordinary switch that is off is sent as JSON false', async () => {
		const call = await sent(op('user', 'ExecResetPass', { ID: `user00001@${CONTOSO}`, MustChange: false }, CONTOSO), 'ExecResetPass');
		expect(call.body).toEqual({ tenantFilter: CONTOSO, ID: `user00001@${CONTOSO}`, MustChange: false });
	});
});

describe('JSON fields', () => {
	test('an object given as JSON text is sent as an object', async () => {
		const call = await sent(
			op('user', 'ExecOffboardUser', { user: `user00001@${CONTOSO}`, RevokeSessions: true, additionalFields: { Scheduled: '{"enabled": true, "date": 1767225600}' } }, CONTOSO),
			'ExecOffboardUser',
		);
		expect((call.body as Record<string, unknown>).Scheduled).toEqual({ enabled: true, date: 1767225600 });
	});

	test('a list of objects given as one object is sent as a list of that one object', async () => {
		const device = { SerialNumber: 'SN-1', productKey: '', hardwareHash: 'AAAA' };
		const call = await sent(op('autopilot', 'AddAPDevice', { autopilotData: JSON.stringify(device) }, CONTOSO), 'AddAPDevice');
		expect((call.body as Record<string, unknown>).autopilotData).toEqual([device]);
	});

	test('an object that is not one is refused, naming the field', async () => {
		const error = await refused(
			op('user', 'ExecOffboardUser', { user: `user00001@${CONTOSO}`, RevokeSessions: true, additionalFields: { Scheduled: '[1, 2]' } }, CONTOSO),
			'ExecOffboardUser',
		);
		expect(error.message).toBe("'Schedule' must be a JSON object");
	});
});

describe('fields that depend on another field', () => {
	test('a field set for a value of the other field that CIPP ignores it for is refused, naming both', async () => {
		// The other field comes from an expression, so the editor cannot hide the field.
		const error = await refused(
			op('device', 'ExecDeviceAction', { GUID: 'device-1', Action: '={{ "syncDevice" }}', additionalFields: { input: 'LAPTOP-42' } }, CONTOSO),
			'ExecDeviceAction',
		);
		expect(error.message).toBe("'New Name' applies only when 'Action' is 'setDeviceName' (it is 'syncDevice')");
		expect(error.description).toMatch(/Remove 'New Name', or change 'Action'/);
	});

	test('a field that applies only while a switch is on is refused when the switch is off', async () => {
		const error = await refused(
			op('cippCore', 'ListLogs', { returnAll: true, Filter: '={{ false }}', additionalFields: { User: 'jane@contoso.com' } }),
			'ListLogs',
		);
		expect(error.message).toBe("'User' applies only when 'Use Filters' is on (it is off)");
	});

	test('with a fixed value of the other field, n8n drops the field the editor hides', async () => {
		const call = await sent(
			op('device', 'ExecDeviceAction', { GUID: 'device-1', Action: 'syncDevice', additionalFields: { input: 'LAPTOP-42' } }, CONTOSO),
			'ExecDeviceAction',
		);
		expect(call.body).toEqual({ tenantFilter: CONTOSO, GUID: 'device-1', Action: 'syncDevice' });
	});

	test('the same field is sent when the other field has its value', async () => {
		const call = await sent(
			op('device', 'ExecDeviceAction', { GUID: 'device-1', Action: 'setDeviceName', additionalFields: { input: 'LAPTOP-42' } }, CONTOSO),
			'ExecDeviceAction',
		);
		expect(call.body).toMatchObject({ Action: 'setDeviceName', input: 'LAPTOP-42' });
	});

	test('a field needed for a value of the other field is asked for before sending', async () => {
		const error = await refused(op('device', 'ExecDeviceAction', { GUID: 'device-1', Action: 'setDeviceName' }, CONTOSO), 'ExecDeviceAction');
		expect(error.message).toBe("'New Name' is required when 'Action' is 'setDeviceName'");
	});

	test('in the editor, such a field is shown only for those values', () => {
		const properties = new Cipp().description.properties;
		const collection = properties.find(
			(property) => property.name === 'additionalFields' && (property.displayOptions?.show?.operation as string[])[0] === 'ExecDeviceAction',
		)!;
		const input = (collection.options as INodeProperties[]).find((option) => option.name === 'input')!;
		expect(input.displayOptions).toEqual({ show: { '/Action': ['setDeviceName'] } });
		const external = properties.find(
			(property) => property.name === 'ForwardExternal' && (property.displayOptions?.show?.operation as string[]).includes('ExecEmailForward'),
		)!;
		expect(external.displayOptions?.show?.forwardOption).toEqual(['ExternalAddress']);
	});
});

describe('templates', () => {
	const checks = [{ name: 'Mailbox audit', value: 'AuditEnabled' }];

	test('a template without a member CIPP needs is refused before sending', async () => {
		const error = await refused(op('standard', 'AddBPATemplate', { template: '{"Fields": []}', name: 'Weekly', Fields: JSON.stringify(checks) }), 'AddBPATemplate');
		expect(error.message).toBe("'Template (JSON)' has no 'style', which Save BPA Template needs");
		expect(error.description).toBe('Add "style" to the template, or set \'Layout\'.');
	});

	test('a complete template is the body, with the named fields set on top of it', async () => {
		const template = { name: 'Old name', style: 'Table', Fields: [], extra: { kept: true } };
		const call = await sent(op('standard', 'AddBPATemplate', { template: JSON.stringify(template), name: 'Weekly', Fields: JSON.stringify(checks) }), 'AddBPATemplate');
		expect(call.body).toEqual({ name: 'Weekly', style: 'Table', Fields: checks, extra: { kept: true } });
	});
});

describe('formats', () => {
	test('an email address without @ is refused, naming the field', async () => {
		const error = await refused(op('contact', 'AddContact', { displayName: 'Jane', email: 'jane.contoso.com' }, CONTOSO), 'AddContact');
		expect(error.message).toBe("'Email' must be an email address like jane@contoso.com, not 'jane.contoso.com'");
	});
});

describe('tenants CIPP needs by ID', () => {
	test('a domain is sent as the tenant ID from CIPP\'s tenant list, read once for all items', async () => {
		const fabrikam = h.cipp.data.findTenant(FABRIKAM)!;
		const contoso = h.cipp.data.findTenant(CONTOSO)!;
		const result = await h.runCipp(
			{ ...op('tenant', 'EditTenant', { additionalFields: { tenantAlias: '={{ $json.alias }}' } }), tenant: { __rl: true, mode: 'list', value: '={{ $json.domain }}' } },
			{ items: [{ domain: FABRIKAM, alias: 'Fab' }, { domain: CONTOSO, alias: 'Con' }, { domain: FABRIKAM, alias: 'Fab 2' }] },
		);
		expect(result.status).toBe('success');
		expect(h.cipp.callsTo('ListTenants')).toHaveLength(1);
		const calls = h.cipp.callsTo('EditTenant');
		expect(calls.map((call) => call.violations)).toEqual([[], [], []]);
		expect(calls.map((call) => (call.body as Record<string, unknown>).customerId)).toEqual([fabrikam.customerId, contoso.customerId, fabrikam.customerId]);
	});

	test('a tenant ID is sent as it is, without reading the tenant list', async () => {
		const fabrikam = h.cipp.data.findTenant(FABRIKAM)!;
		await sent({ ...op('tenant', 'EditTenant', { additionalFields: { tenantAlias: 'Fab' } }), tenant: { __rl: true, mode: 'id', value: fabrikam.customerId } }, 'EditTenant');
		expect(h.cipp.callsTo('ListTenants')).toHaveLength(0);
	});

	test('a domain CIPP does not know is refused before the endpoint is called', async () => {
		const error = await refused(op('tenant', 'EditTenant', { additionalFields: { tenantAlias: 'X' } }, 'unknown.onmicrosoft.com'), 'EditTenant');
		expect(error.message).toBe("Tenant 'unknown.onmicrosoft.com' is not in CIPP's tenant list, so its tenant ID is unknown");
		expect(error.description).toMatch(/Update Tenant needs the tenant's ID/);
	});
});
