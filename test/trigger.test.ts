import type { INodeParameters } from 'n8n-workflow';

import { startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import type { WebhookHost } from './harness/webhookHost';
import {
	auditLogAlert,
	baselineEvent,
	driftAlert,
	logbookRows,
	scheduledTaskLegacy,
	scriptedAlertLegacy,
	standardized,
	standardsNotification,
	testMessage,
} from './fixtures/notifications';

/** CIPP Trigger: webhook authentication, payload shapes, splitting and filters, and polling cursors. */

const TRIGGER = 'n8n-nodes-cipp-api.cippTrigger';
const POLL_TRIGGER = 'n8n-nodes-cipp-api.cippPollTrigger';
/** Version 1 of the CIPP Trigger: webhook secrets in parameters, and polling (kept for saved workflows). */
const V1 = { typeVersion: 1 };
let h: Harness;
let host: WebhookHost | undefined;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => h.reset());
afterEach(async () => {
	await host?.stop();
	host = undefined;
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
	const response = await fetch(host!.url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
	const text = await response.text();
	return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

async function serve(parameters: INodeParameters): Promise<WebhookHost> {
	host = await h.runner.hostWebhook(TRIGGER, { event: 'webhook', ...parameters }, V1);
	return host;
}

describe('webhook authentication', () => {
	const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	const matrix: Array<[string, INodeParameters, Record<string, string>, Record<string, string>[]]> = [
		['none', { authentication: 'none' }, {}, []],
		['bearer', { authentication: 'bearer', bearerToken: 'tok-3f9a' }, { Authorization: 'Bearer tok-3f9a' }, [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'tok-3f9a' }]],
		['basic', { authentication: 'basic', basicUser: 'cipp', basicPassword: 'pw-7' }, { Authorization: basic('cipp', 'pw-7') }, [{}, { Authorization: basic('cipp', 'nope') }, { Authorization: 'Bearer pw-7' }]],
		['header', { authentication: 'header', headerName: 'X-CIPP-Key', headerValue: 'k-11' }, { 'X-CIPP-Key': 'k-11' }, [{}, { 'X-CIPP-Key': 'k-12' }, { 'X-Other': 'k-11' }]],
	];

	test.each(matrix)('%s: the right credentials start the workflow, wrong ones get 401 and start nothing', async (_type, parameters, good, bad) => {
		await serve(parameters);
		for (const headers of bad) {
			const answer = await post(testMessage, headers);
			expect(answer.status).toBe(401);
			expect(JSON.stringify(answer.json)).not.toMatch(/tok-3f9a|pw-7|k-11/);
		}
		expect(host!.executions).toHaveLength(0);
		const accepted = await post(testMessage, good);
		expect(accepted.status).toBe(200);
		expect(host!.executions).toHaveLength(1);
	});

	test('a node with bearer authentication but no token configured refuses everything', async () => {
		await serve({ authentication: 'bearer', bearerToken: '' });
		expect((await post(testMessage, { Authorization: 'Bearer ' })).status).toBe(401);
		expect(host!.executions).toHaveLength(0);
	});
});

describe('payload shapes', () => {
	const legacy: Array<[string, unknown, string, string, string]> = [
		['audit-log alert', auditLogAlert, 'Audit Log Alert', auditLogAlert.Title, 'contoso.onmicrosoft.com'],
		['scheduled task result', scheduledTaskLegacy, 'Scheduled Task', 'Offboard jane', 'contoso.onmicrosoft.com'],
		['scripted alert result', scriptedAlertLegacy, 'Alert', 'Expiring licenses', 'fabrikam.onmicrosoft.com'],
		['standards notification', standardsNotification, 'Standards Notification', standardsNotification.title, ''],
		['drift alert', driftAlert, 'Drift', driftAlert.Title, 'contoso.onmicrosoft.com'],
		['baseline event', baselineEvent, 'Baselines', 'Drift: Gold', 'contoso.onmicrosoft.com'],
		['test message', testMessage, 'Test', 'CIPP Notification Test', ''],
	];

	test.each(legacy)('legacy %s', async (_label, body, source, title, tenant) => {
		await serve({ authentication: 'none' });
		await post(body);
		const [execution] = host!.executions;
		expect(execution.items).toHaveLength(1);
		expect(execution.items[0].json).toMatchObject({ schema: 'legacy', source, title, tenant, payload: body });
	});

	test('legacy logbook rows become one item per row', async () => {
		await serve({ authentication: 'none' });
		await post(logbookRows);
		const items = host!.executions[0].items.map((item) => item.json);
		expect(items).toHaveLength(2);
		expect(items.map((item) => item.source)).toEqual(['Logbook Notification', 'Logbook Notification']);
		expect(items.map((item) => item.tenant)).toEqual(['contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com']);
	});

	const wrapped: Array<[string, ReturnType<typeof standardized>]> = [
		['audit-log alert', standardized('Audit Log Alert', auditLogAlert.Title, 'contoso.onmicrosoft.com', [auditLogAlert], 'Start-AuditLogProcessingOrchestrator')],
		['logbook', standardized('Logbook Notification', 'Logbook Notification: Alerts found starting at 2026-11-22', 'AllTenants', logbookRows)],
		['scheduled task', standardized('Scheduled Task', 'Offboard jane', 'contoso.onmicrosoft.com', [{ tenant: 'contoso.onmicrosoft.com', taskType: 'Scheduled Task', task: { id: 't1', name: 'Offboard jane', command: 'Invoke-CIPPOffboardingJob', state: 'Completed' }, results: ['done'] }])],
		['alert', standardized('Alert', 'Expiring licenses', 'fabrikam.onmicrosoft.com', [{ tenant: 'fabrikam.onmicrosoft.com', task: { name: 'Expiring licenses' }, results: [], snooze: {} }], 'Get-CIPPAlertExpiringLicenses')],
		['standards', standardized('Standards Notification', standardsNotification.title, 'AllTenants', [standardsNotification])],
		['baselines', standardized('Baselines', 'Baseline drift', 'contoso.onmicrosoft.com', [baselineEvent])],
		['test (ExecAddAlert)', standardized('Alert', 'CIPP Notification Test', 'AllTenants', [testMessage], 'Invoke-ExecAddAlert')],
		['plain-text payload', standardized('Alert', 'Text only', 'AllTenants', ['disk almost full'])],
	];

	test.each(wrapped)('standardized %s: one item per payload entry with the envelope', async (_label, body) => {
		await serve({ authentication: 'none' });
		await post(body);
		const items = host!.executions[0].items.map((item) => item.json);
		expect(items).toHaveLength(body.payload.length);
		items.forEach((item, index) => {
			expect(item).toMatchObject({ schema: 'standardized', source: body.source, title: body.title, tenant: body.tenant, generatedAt: body.generatedAt, invoking: body.invoking });
			const entry = body.payload[index];
			expect(item.payload).toEqual(typeof entry === 'string' ? { message: entry } : entry);
		});
	});

	test("CIPP's own test message (ExecAddAlert with sendWebhookNow) arrives as a normal event", async () => {
		await serve({ authentication: 'bearer', bearerToken: 'tok-3f9a' });
		h.cipp.notification = { url: host!.url, headers: { Authorization: 'Bearer tok-3f9a' }, standardized: true };
		const sent = await h.runCipp({ resource: 'alert', operation: 'ExecAddAlert', sendWebhookNow: true, additionalFields: { text: 'ping from n8n', sendWebhookNow: true } });
		expect(sent.status).toBe('success');
		expect(sent.items[0].json.resultText).toBe('Webhook sent (status 200)');
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ source: 'Alert', invoking: 'Invoke-ExecAddAlert', payload: { Title: 'CIPP Notification Test', Text: 'ping from n8n' } });
	});
});

describe('splitting and filters', () => {
	const three = standardized('Logbook Notification', 'Logbook Notification: Alerts', 'AllTenants', [
		{ Tenant: 'contoso.onmicrosoft.com', Message: 'a' },
		{ Tenant: 'fabrikam.onmicrosoft.com', Message: 'b' },
		{ Tenant: 'contoso.onmicrosoft.com', Message: 'c' },
	]);

	test('one item per notification keeps the payload together', async () => {
		await serve({ authentication: 'none', split: 'perRequest' });
		await post(three);
		const items = host!.executions[0].items;
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ source: 'Logbook Notification', alertCount: 3 });
		expect(items[0].json.payload).toHaveLength(3);
	});

	test('a source filter drops other sources without starting the workflow', async () => {
		await serve({ authentication: 'none', filters: { sources: ['Audit Log Alert'] } });
		const answer = await post(three);
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ received: true, emitted: 0 });
		expect(host!.executions).toHaveLength(0);
		await post(auditLogAlert);
		expect(host!.executions).toHaveLength(1);
	});

	test('tenant and title filters apply per entry', async () => {
		await serve({ authentication: 'none', filters: { tenants: 'CONTOSO.onmicrosoft.com', titleContains: 'Inbox Rule' } });
		await post(standardized('Audit Log Alert', 'New inbox rule', 'contoso.onmicrosoft.com', [auditLogAlert]));
		await post(standardized('Audit Log Alert', 'New inbox rule', 'fabrikam.onmicrosoft.com', [auditLogAlert]));
		await post(standardized('Audit Log Alert', 'Password reset', 'contoso.onmicrosoft.com', [auditLogAlert]));
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json.tenant).toBe('contoso.onmicrosoft.com');
	});
});

describe('polling', () => {
	const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
	const auditRow = (id: string, minutes: number, tenant = 'contoso.onmicrosoft.com') => ({
		LogId: id,
		Timestamp: minutesAgo(minutes),
		Tenant: tenant,
		Title: `Alert ${id}`,
		Data: { Title: `Alert ${id}` },
	});
	const audit: INodeParameters = { event: 'auditLog', tenant: 'AllTenants' };
	const ids = (items: Array<{ json: { LogId?: unknown } }> | null) => (items ?? []).map((item) => item.json.LogId);

	test('the first poll emits nothing old, later polls emit each new event once, oldest first', async () => {
		h.cipp.data.auditLogs = [auditRow('old1', 50), auditRow('old2', 40)];
		expect(await h.runner.poll(POLL_TRIGGER, audit)).toBeNull();
		h.cipp.data.auditLogs.push(auditRow('new2', 2), auditRow('new1', 3));
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit))).toEqual(['new1', 'new2']);
		// Same data again (the windows overlap): nothing.
		expect(await h.runner.poll(POLL_TRIGGER, audit)).toBeNull();
		// A late arrival dated before the newest event seen is still emitted, once.
		h.cipp.data.auditLogs.push(auditRow('late', 4), auditRow('new3', 1));
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit))).toEqual(['late', 'new3']);
		expect(await h.runner.poll(POLL_TRIGGER, audit)).toBeNull();
		// Each poll asked CIPP for a window starting before the newest event it had seen.
		const starts = h.cipp.callsTo('ListAuditLogs').map((call) => Number(call.query.StartDate));
		expect(starts.every((start) => start * 1000 < Date.now() - 60 * 60 * 1000)).toBe(true);
	});

	test('a restart with the saved static data neither repeats nor skips events', async () => {
		h.cipp.data.auditLogs = [auditRow('a', 30)];
		await h.runner.poll(POLL_TRIGGER, audit);
		h.cipp.data.auditLogs.push(auditRow('b', 10));
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit))).toEqual(['b']);
		const saved = JSON.parse(JSON.stringify(h.runner.staticData)) as Record<string, unknown>;
		for (const key of Object.keys(h.runner.staticData)) delete h.runner.staticData[key];
		Object.assign(h.runner.staticData, saved);
		h.cipp.data.auditLogs.push(auditRow('c', 5));
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit))).toEqual(['c']);
	});

	test('a look-back window emits recent events on the first poll', async () => {
		h.cipp.data.auditLogs = [auditRow('day-old', 26 * 60), auditRow('recent', 90)];
		expect(ids(await h.runner.poll(POLL_TRIGGER, { ...audit, lookBackHours: 24 }))).toEqual(['recent']);
	});

	test('a manual test fetch returns the latest event and leaves the cursor alone', async () => {
		h.cipp.data.auditLogs = [auditRow('x', 30), auditRow('y', 5)];
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit, { mode: 'manual' }))).toEqual(['y']);
		expect((h.runner.staticData['node:Trigger'] as { cursor?: unknown } | undefined)?.cursor).toBeUndefined();
	});

	test('a transport error gives a clear error and keeps the cursor; the next poll catches up', async () => {
		h.cipp.data.auditLogs = [auditRow('a', 30)];
		await h.runner.poll(POLL_TRIGGER, audit);
		const before = JSON.stringify(h.runner.staticData);
		h.cipp.data.auditLogs.push(auditRow('b', 3));
		h.cipp.inject({ kind: 'status', status: 500, body: 'Could not connect to the storage table' });
		await expect(h.runner.poll(POLL_TRIGGER, audit)).rejects.toThrow('CIPP failed to process ListAuditLogs (500): Could not connect to the storage table');
		expect(JSON.stringify(h.runner.staticData)).toBe(before);
		expect(ids(await h.runner.poll(POLL_TRIGGER, audit))).toEqual(['b']);
	});

	test('logbook polling asks for the chosen severities and emits only those rows', async () => {
		const now = new Date().toISOString();
		h.cipp.data.logs = [];
		await h.runner.poll(POLL_TRIGGER, { event: 'logbook', severities: ['Error', 'Alert'] });
		h.cipp.data.logs = [
			{ DateTime: now, RowKey: 'r1', Severity: 'Info', Message: 'ok', Tenant: 'contoso.onmicrosoft.com' },
			{ DateTime: now, RowKey: 'r2', Severity: 'Error', Message: 'Failed to apply standard', Tenant: 'contoso.onmicrosoft.com' },
		];
		const items = await h.runner.poll(POLL_TRIGGER, { event: 'logbook', severities: ['Error', 'Alert'] });
		expect((items ?? []).map((item) => item.json.RowKey)).toEqual(['r2']);
		expect(h.cipp.callsTo('ListLogs').at(-1)?.query).toMatchObject({ Filter: 'true', Severity: 'Error,Alert' });
	});

	test('a recurring scheduled task or alert is emitted each time it finishes', async () => {
		const task = (executed: string, state = 'Completed') => ({ RowKey: 'task-1', Name: 'Expiring licenses', Command: 'Get-CIPPAlertExpiringLicenses', TaskState: state, ExecutedTime: executed, Results: [] });
		h.cipp.data.scheduledItems = [task(minutesAgo(60))];
		await h.runner.poll(POLL_TRIGGER, { event: 'scheduledTask' });
		h.cipp.data.scheduledItems = [task(minutesAgo(1)), { ...task(''), RowKey: 'task-2', TaskState: 'Planned' }];
		const items = await h.runner.poll(POLL_TRIGGER, { event: 'scheduledTask' });
		expect((items ?? []).map((item) => item.json.RowKey)).toEqual(['task-1']);
		expect(await h.runner.poll(POLL_TRIGGER, { event: 'scheduledTask' })).toBeNull();
	});

	test('new Defender incidents are emitted once per incident', async () => {
		h.cipp.data.incidents = [{ Id: '1', Tenant: 'contoso.onmicrosoft.com', DisplayName: 'Old', Created: minutesAgo(120) }];
		await h.runner.poll(POLL_TRIGGER, { event: 'incident', tenant: 'contoso.onmicrosoft.com' });
		h.cipp.data.incidents.push({ Id: '2', Tenant: 'contoso.onmicrosoft.com', DisplayName: 'Phishing', Created: minutesAgo(1) });
		const items = await h.runner.poll(POLL_TRIGGER, { event: 'incident', tenant: 'contoso.onmicrosoft.com' });
		expect((items ?? []).map((item) => item.json.Id)).toEqual(['2']);
		expect(h.cipp.callsTo('ExecIncidentsList').every((call) => call.violations.length === 0)).toBe(true);
	});

	test('a version-1 CIPP Trigger in webhook mode does not poll CIPP', async () => {
		expect(await h.runner.poll(TRIGGER, { event: 'webhook' }, V1)).toBeNull();
		expect(h.cipp.requests).toHaveLength(0);
	});

	test('a version-1 CIPP Trigger saved with a polling mode still polls, through the same cursor', async () => {
		h.cipp.data.auditLogs = [auditRow('old', 50)];
		expect(await h.runner.poll(TRIGGER, audit, V1)).toBeNull();
		h.cipp.data.auditLogs.push(auditRow('new', 2));
		expect(ids(await h.runner.poll(TRIGGER, audit, V1))).toEqual(['new']);
		expect(await h.runner.poll(TRIGGER, audit, V1)).toBeNull();
	});
});
