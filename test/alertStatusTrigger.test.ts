import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { CippPollTrigger } from '../nodes/CippPollTrigger/CippPollTrigger.node';
import { MAX_TRACKED_ROWS, takeChanges } from '../nodes/shared/trigger/polling/rowStates';
import type { RowStates } from '../nodes/shared/trigger/polling/rowStates';
import { pollSource } from '../nodes/shared/trigger/polling/sources';
import { reconcileAlertRun, seedAlerts } from './harness/alertLifecycle';
import type { AlertLifecycleRow } from './harness/alertLifecycle';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * The CIPP Poll Trigger's "Alert Status Changed": it polls ListAlertResults (resolved items
 * included) and emits a row each time its status changes (acknowledged, snoozed, resolved,
 * reopened, new), once per change, with previousStatus and newStatus; the per-row state it keeps
 * in static data holds only the rows of the latest answer.
 */

const POLL_TRIGGER = 'n8n-nodes-cipp-api.cippPollTrigger';
const CONTOSO = 'contoso.onmicrosoft.com';
const MFA = 'Get-CIPPAlertMFAAdmins';
const watch: INodeParameters = { event: 'alertStatus', tenant: 'AllTenants' };
let h: Harness;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	h.cipp.data.alerts = seedAlerts(h.cipp.data.tenants);
});

const poll = async (parameters: INodeParameters = watch) => await h.runner.poll(POLL_TRIGGER, parameters);
const changes = (items: INodeExecutionData[] | null) =>
	(items ?? []).map(({ json }) => [json.ContentPreview, json.previousStatus, json.newStatus]);
const row = (status: string): AlertLifecycleRow => h.cipp.data.alerts.rows.find((candidate) => candidate.Status === status && candidate.Tenant === CONTOSO)!;
/** The items the MFA alert reports for Contoso now. */
const mfaItems = () => h.cipp.data.alerts.rows.filter((candidate) => candidate.Tenant === CONTOSO && candidate.CmdletName === MFA && candidate.Status !== 'Resolved').map((candidate) => candidate.AlertItem);
const storedStates = () => (h.runner.staticData['node:Trigger'] as { rowStates?: RowStates }).rowStates;

test('is offered as "Alert Status Changed" and says it needs CIPP 10.10', () => {
	const event = new CippPollTrigger().description.properties.find((property) => property.name === 'event')!;
	const option = (event.options as Array<{ name: string; value: string; description: string }>).find((candidate) => candidate.value === 'alertStatus');
	expect(option?.name).toBe('Alert Status Changed');
	expect(option?.description).toMatch(/needs CIPP 10\.10 or later/);
	expect(pollSource('alertStatus')?.minVersion).toBe('10.10.0');
});

test('the first poll only remembers; each later change is emitted once, with the status before and after', async () => {
	expect(await poll()).toBeNull();
	expect(h.cipp.callsTo('ListAlertResults')[0].query).toEqual({ tenantFilter: 'AllTenants', IncludeResolved: 'true', Days: '7' });

	const open = row('Open');
	await h.runCipp(op('alert', 'ExecAcknowledgeAlert', { RowKey: open.RowKey }, CONTOSO));
	expect(changes(await poll())).toEqual([[open.ContentPreview, 'Open', 'Acknowledged']]);
	expect(await poll()).toBeNull();

	// The alert's next run no longer reports the item: it resolves.
	reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: MFA, items: mfaItems().filter((item) => item !== open.AlertItem) });
	const resolved = await poll();
	expect(changes(resolved)).toEqual([[open.ContentPreview, 'Acknowledged', 'Resolved']]);
	expect(resolved![0].json.ResolvedAt).toBeTruthy();
	expect(await poll()).toBeNull();

	// It comes back: reopened, counted.
	reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: MFA, items: [...mfaItems(), open.AlertItem] });
	const reopened = await poll();
	expect(changes(reopened)).toEqual([[open.ContentPreview, 'Resolved', 'Open']]);
	expect(reopened![0].json.ReopenCount).toBe(1);
	expect(await poll()).toBeNull();
	expect(h.cipp.violations).toEqual([]);
});

test('several changes between two polls are each emitted once, oldest first; a new item has no previous status', async () => {
	await poll();
	const snoozed = row('Snoozed');
	const listed = (await h.runCipp(op('alert', 'ListAlertResults', { returnAll: true }, CONTOSO))).items.find((item) => item.json.RowKey === snoozed.RowKey)!.json;
	await h.runCipp(op('alert', 'ExecRemoveSnooze', { PartitionKey: String(listed.SnoozePartitionKey), RowKey: String(listed.SnoozeRowKey) }));
	const newcomer = { UserPrincipalName: `user00005@${CONTOSO}`, Message: 'Admin without MFA' };
	reconcileAlertRun(h.cipp.data.alerts, { tenant: CONTOSO, cmdlet: MFA, items: [...mfaItems(), newcomer] }, Date.now() + 1000);
	expect(changes(await poll())).toEqual([
		[snoozed.ContentPreview, 'Snoozed', 'Open'],
		[newcomer.UserPrincipalName, null, 'Open'],
	]);
	expect(await poll()).toBeNull();
});

test('a restart with the saved static data neither repeats nor misses a change', async () => {
	await poll();
	const open = row('Open');
	await h.runCipp(op('alert', 'ExecSnoozeAlert', { CmdletName: open.CmdletName, AlertItem: JSON.stringify(open.AlertItem), Duration: '7' }, CONTOSO));
	const saved = JSON.parse(JSON.stringify(h.runner.staticData)) as IDataObject;
	for (const key of Object.keys(h.runner.staticData)) delete h.runner.staticData[key];
	Object.assign(h.runner.staticData, saved);
	expect(changes(await poll())).toEqual([[open.ContentPreview, 'Open', 'Snoozed']]);
	expect(await poll()).toBeNull();
});

test('a tenant filter limits the rows; a look-back on the first poll emits recent changes as new', async () => {
	const items = await poll({ ...watch, tenant: CONTOSO, lookBackHours: 36 });
	// Within 36 hours in the seed: the resolution a day ago and the snoozed item's last check; not the acknowledgement 2 days ago.
	expect(changes(items)).toEqual([
		[row('Resolved').ContentPreview, null, 'Resolved'],
		[row('Snoozed').ContentPreview, null, 'Snoozed'],
	]);
	expect(h.cipp.callsTo('ListAlertResults')[0].query).toMatchObject({ tenantFilter: CONTOSO });
});

test('a manual test fetch shows the latest row and stores nothing', async () => {
	const items = await h.runner.poll(POLL_TRIGGER, watch, { mode: 'manual' });
	expect(items).toHaveLength(1);
	expect(items![0].json).toMatchObject({ previousStatus: null });
	expect(items![0].json.newStatus).toBe(items![0].json.Status);
	expect(storedStates()).toBeUndefined();
});

test('the stored states hold only the rows of the latest answer', async () => {
	await poll();
	// Six rows are tracked; the one resolved 10 days ago is beyond the 7 days the trigger asks for.
	expect(Object.keys(storedStates()!.rows)).toHaveLength(5);
	// Rows that leave the answer (purged, or resolved too long ago) leave the state too.
	h.cipp.data.alerts.rows = h.cipp.data.alerts.rows.filter((candidate) => candidate.Status !== 'Resolved');
	await poll();
	expect(Object.keys(storedStates()!.rows).sort()).toEqual(h.cipp.data.alerts.rows.map((candidate) => `${candidate.PartitionKey}/${candidate.RowKey}`).sort());
});

test('beyond the cap the oldest rows are not remembered, and unknown rows are not taken for new ones', () => {
	const tracking = pollSource('alertStatus')!.tracking!;
	const records = Array.from({ length: MAX_TRACKED_ROWS + 5 }, (_, index) => ({ key: `t/${index}`, time: index, json: { Status: 'Open', ReopenCount: 0 } }));
	const staticData: IDataObject = {};
	takeChanges(staticData, 'alertStatus', tracking, records, { now: 0, lookBackMs: 0 });
	const states = staticData.rowStates as unknown as RowStates;
	expect(Object.keys(states.rows)).toHaveLength(MAX_TRACKED_ROWS);
	expect(states.rows['t/0']).toBeUndefined();
	expect(states.truncated).toBe(true);
	expect(takeChanges(staticData, 'alertStatus', tracking, records, { now: 0, lookBackMs: 0 })).toEqual([]);
});
