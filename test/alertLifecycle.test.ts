import type { INodeParameters } from 'n8n-workflow';

import { Cipp } from '../nodes/Cipp/Cipp.node';
import { OPERATIONS } from '../nodes/Cipp/catalog';
import { reconcileAlertRun, seedAlerts } from './harness/alertLifecycle';
import type { AlertLifecycleRow } from './harness/alertLifecycle';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * The alert lifecycle of CIPP 10.10 as operations of the alert resource: the catalog marks what
 * needs 10.10, and through n8n's engine each operation is accepted by the simulator, which moves
 * the tracked items between states and refuses what the 10.10 handlers refuse, with their texts.
 */

const CONTOSO = 'contoso.onmicrosoft.com';
const NEEDS_10_10 = 'Needs CIPP 10.10 or later';
let h: Harness;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.alerts = seedAlerts(h.cipp.data.tenants);
});

const rows = (): AlertLifecycleRow[] => h.cipp.data.alerts.rows;
const rowWith = (status: string, tenant = CONTOSO): AlertLifecycleRow => rows().find((row) => row.Status === status && row.Tenant === tenant)!;
const statusOf = (rowKey: string): string | undefined => rows().find((row) => row.RowKey === rowKey)?.Status;
const alert = (operation: string, parameters: INodeParameters, tenant: string | undefined = CONTOSO) => h.runCipp(op('alert', operation, parameters, tenant));

function expectAccepted(): void {
	expect(h.cipp.violations).toEqual([]);
}

describe('catalog', () => {
	const description = new Cipp().description;
	const operationOption = (value: string) =>
		description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) => (property.options ?? []) as Array<{ value: string; description?: string }>)
			.find((option) => option.value === value);

	test('the lifecycle operations are in the alert resource, named by their CIPP endpoints', () => {
		for (const name of ['ListAlertResults', 'ExecAcknowledgeAlert', 'ExecSnoozeAlert', 'ExecRemoveSnooze', 'ListSnoozedAlerts', 'ExecToggleAlert']) {
			expect([name, OPERATIONS.get(name)?.resource]).toEqual([name, 'alert']);
		}
	});

	test('operations new in CIPP 10.10 carry their minimum version and say so', () => {
		for (const name of ['ExecAcknowledgeAlert', 'ExecToggleAlert']) {
			expect([name, OPERATIONS.get(name)?.endpoint.minVersion]).toEqual([name, '10.10.0']);
			expect(operationOption(name)?.description).toContain(NEEDS_10_10);
		}
		// Endpoints 10.8.2 already has keep no minimum; only their new fields do.
		for (const name of ['ListAlertResults', 'ExecSnoozeAlert']) {
			expect(OPERATIONS.get(name)?.endpoint.minVersion).toBeUndefined();
			expect(operationOption(name)?.description).not.toContain(NEEDS_10_10);
		}
	});

	test('fields new in CIPP 10.10 are marked and described as such; the others are not', () => {
		const marked = (name: string) => OPERATIONS.get(name)!.fields.filter((field) => field.minVersion).map((field) => field.name).sort();
		expect(marked('ListAlertResults')).toEqual(['Days', 'IncludeResolved']);
		expect(marked('ExecSnoozeAlert')).toEqual(['KeepVisible', 'UntilResolved']);
		const includeResolved = description.properties.find(
			(property) => property.name === 'IncludeResolved' && (property.displayOptions?.show?.operation as string[] | undefined)?.includes('ListAlertResults'),
		);
		expect(includeResolved?.description).toContain(NEEDS_10_10);
		const duration = OPERATIONS.get('ExecSnoozeAlert')!.fields.find((field) => field.name === 'Duration')!;
		expect(duration.minVersion).toBeUndefined();
		expect(OPERATIONS.get('ExecSnoozeAlert')!.requiredOneOf).toEqual([['Duration', 'UntilResolved']]);
	});
});

describe('list alert results', () => {
	test('a tenant gets its open, acknowledged and snoozed items; resolved ones only when asked, within the days', async () => {
		const plain = await alert('ListAlertResults', { returnAll: true });
		expect(plain.items.map((item) => item.json.Status)).toEqual(['Open', 'Acknowledged', 'Snoozed']);
		// A switch that is off is left out of the query; on, it is sent as the text the handler casts.
		expect(h.cipp.callsTo('ListAlertResults')[0].query).toEqual({ tenantFilter: CONTOSO });

		const recent = await alert('ListAlertResults', { returnAll: true, IncludeResolved: true });
		expect(recent.items.map((item) => item.json.Status)).toEqual(['Open', 'Acknowledged', 'Snoozed', 'Resolved']);
		expect(h.cipp.callsTo('ListAlertResults')[1].query).toEqual({ tenantFilter: CONTOSO, IncludeResolved: 'true' });

		const month = await alert('ListAlertResults', { returnAll: true, IncludeResolved: true, additionalFields: { Days: 30 } });
		expect(month.items.filter((item) => item.json.Status === 'Resolved')).toHaveLength(2);
		expect(h.cipp.callsTo('ListAlertResults')[2].query).toMatchObject({ Days: '30' });
		expectAccepted();
	});

	test('each item carries its status, first seen, resolution, reopen count and the keys to act on it', async () => {
		const result = await alert('ListAlertResults', { returnAll: true, IncludeResolved: true });
		const resolved = result.items.find((item) => item.json.Status === 'Resolved')!.json;
		expect(resolved).toMatchObject({ Tenant: CONTOSO, ReopenCount: 1, CmdletName: 'Get-CIPPAlertNewRole' });
		expect(Date.parse(String(resolved.ResolvedAt))).toBeGreaterThan(Date.now() - 2 * 24 * 3600 * 1000);
		for (const key of ['RowKey', 'FirstSeen', 'LastSeen', 'ContentPreview', 'AlertItem', 'SnoozePartitionKey', 'SnoozeRowKey']) {
			expect([key, resolved[key] !== undefined && resolved[key] !== '']).toEqual([key, true]);
		}
	});

	test('All Tenants lists the items of every tenant', async () => {
		const result = await alert('ListAlertResults', { returnAll: true }, 'AllTenants');
		expect(new Set(result.items.map((item) => item.json.Tenant))).toEqual(new Set([CONTOSO, 'fabrikam.onmicrosoft.com']));
		expectAccepted();
	});
});

describe('acknowledge', () => {
	test('an open item is acknowledged with a note, then returned to open', async () => {
		const open = rowWith('Open');
		const acknowledged = await alert('ExecAcknowledgeAlert', { RowKey: open.RowKey, additionalFields: { Note: 'Known, ticket 4711' } });
		expect(acknowledged.status).toBe('success');
		expect(acknowledged.items[0].json).toMatchObject({ resultText: `Acknowledged alert: ${open.ContentPreview} - Note: Known, ticket 4711`, Status: 'Acknowledged' });
		expect(h.cipp.callsTo('ExecAcknowledgeAlert')[0].body).toEqual({ TenantFilter: CONTOSO, RowKey: open.RowKey, Action: 'Acknowledge', Note: 'Known, ticket 4711' });
		expect(statusOf(open.RowKey)).toBe('Acknowledged');

		const undone = await alert('ExecAcknowledgeAlert', { RowKey: open.RowKey, Action: 'Unacknowledge' });
		expect(undone.items[0].json).toMatchObject({ resultText: `Removed acknowledgement from alert: ${open.ContentPreview}`, Status: 'Open' });
		expect(rows().find((row) => row.RowKey === open.RowKey)).toMatchObject({ Status: 'Open', AcknowledgeNote: '', AcknowledgedBy: '' });
		expectAccepted();
	});

	test.each([
		['acknowledging an acknowledged item', 'Acknowledged', 'Acknowledge', 'Only open alerts can be acknowledged. This alert is Acknowledged.'],
		['acknowledging a snoozed item', 'Snoozed', 'Acknowledge', 'Only open alerts can be acknowledged. This alert is Snoozed.'],
		['removing the acknowledgement of an open item', 'Open', 'Unacknowledge', 'This alert is not acknowledged. It is Open.'],
	])('%s is refused with the handler’s reason, and nothing changes', async (_case, status, action, reason) => {
		const row = rowWith(status);
		const result = await alert('ExecAcknowledgeAlert', { RowKey: row.RowKey, Action: action });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe(`CIPP rejected the ExecAcknowledgeAlert request (400): ${reason}`);
		expect(statusOf(row.RowKey)).toBe(status);
		expectAccepted();
	});

	test('an item that is not tracked (or of another tenant) is not found', async () => {
		const fabrikamRow = rowWith('Open', 'fabrikam.onmicrosoft.com');
		const result = await alert('ExecAcknowledgeAlert', { RowKey: fabrikamRow.RowKey });
		expect(result.error?.message).toContain('404 (not found): Alert item not found. It may have been resolved and purged.');
		expect(statusOf(fabrikamRow.RowKey)).toBe('Open');
	});
});

describe('snooze', () => {
	test('an item snoozed for some days is snoozed at once; removing the snooze opens it again', async () => {
		const open = rowWith('Open');
		const result = await alert('ExecSnoozeAlert', { CmdletName: open.CmdletName, AlertItem: JSON.stringify(open.AlertItem), Duration: '14', additionalFields: { Reason: 'Maintenance' } });
		expect(result.items[0].json.resultText).toBe(`Successfully snoozed alert for 14 days: ${open.ContentPreview} - Reason: Maintenance`);
		expect(statusOf(open.RowKey)).toBe('Snoozed');

		const listed = (await alert('ListAlertResults', { returnAll: true })).items.find((item) => item.json.RowKey === open.RowKey)!.json;
		await alert('ExecRemoveSnooze', { PartitionKey: String(listed.SnoozePartitionKey), RowKey: String(listed.SnoozeRowKey) }, undefined);
		expect(statusOf(open.RowKey)).toBe('Open');
		expectAccepted();
	});

	test('an item snoozed until resolved stays snoozed while reported, resolves when the alert stops reporting it, and then notifies again', async () => {
		const open = rowWith('Open');
		const result = await alert('ExecSnoozeAlert', { CmdletName: open.CmdletName, AlertItem: JSON.stringify(open.AlertItem), additionalFields: { UntilResolved: true, KeepVisible: true } });
		expect(result.items[0].json).toMatchObject({ UntilResolved: true, KeepVisible: true, SnoozeUntil: 0 });
		expect(h.cipp.callsTo('ExecSnoozeAlert')[0].body).toMatchObject({ UntilResolved: true, KeepVisible: true, TenantFilter: CONTOSO });

		const stillReported = rows().filter((row) => row.Tenant === CONTOSO && row.CmdletName === open.CmdletName).map((row) => row.AlertItem);
		reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: open.CmdletName, items: stillReported });
		expect(statusOf(open.RowKey)).toBe('Snoozed');

		reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: open.CmdletName, items: stillReported.filter((item) => item !== open.AlertItem) });
		expect(statusOf(open.RowKey)).toBe('Resolved');
		reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: open.CmdletName, items: stillReported });
		expect(rows().find((row) => row.RowKey === open.RowKey)).toMatchObject({ Status: 'Open', ReopenCount: 1 });
		expectAccepted();
	});

	test('a number of days other than 7, 14, 30 or 90 never reaches CIPP', async () => {
		const open = rowWith('Open');
		const result = await alert('ExecSnoozeAlert', { CmdletName: open.CmdletName, AlertItem: JSON.stringify(open.AlertItem), Duration: '3' });
		expect(result.status).toBe('error');
		expect(h.cipp.callsTo('ExecSnoozeAlert')).toHaveLength(0);
	});
});

describe('enable or disable an alert rule', () => {
	test('a rule is disabled and enabled again by its ID and kind', async () => {
		const disabled = await alert('ExecToggleAlert', { ID: 'rule-new-inbox-rule', EventType: 'Audit log Alert', Disabled: true }, undefined);
		expect(disabled.items[0].json.resultText).toBe('Successfully disabled alert rule-new-inbox-rule');
		expect(h.cipp.data.alerts.rules.find((rule) => rule.RowKey === 'rule-new-inbox-rule')?.Disabled).toBe(true);
		const enabled = await alert('ExecToggleAlert', { ID: 'rule-new-inbox-rule', EventType: 'Audit log Alert', Disabled: false }, undefined);
		expect(enabled.items[0].json.resultText).toBe('Successfully enabled alert rule-new-inbox-rule');
		expect(h.cipp.callsTo('ExecToggleAlert')[1].body).toEqual({ ID: 'rule-new-inbox-rule', EventType: 'Audit log Alert', Disabled: false });
		expectAccepted();
	});

	test('a rule looked up under the wrong kind is not found, as CIPP reports it', async () => {
		const result = await alert('ExecToggleAlert', { ID: 'rule-new-inbox-rule', EventType: 'Scheduled Task', Disabled: true }, undefined);
		expect(result.error?.message).toBe('CIPP failed to process ExecToggleAlert (500): Failed to toggle alert rule-new-inbox-rule. No alert found with ID rule-new-inbox-rule');
	});
});
