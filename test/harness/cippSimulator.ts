/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { randomUUID } from 'crypto';
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo, Socket } from 'net';

import { registerAlertLifecycle } from './alertLifecycleHandlers';
import { contractViolations, loadContract, tenantOf } from './cippContract';
import type { ContractEndpoint } from './cippContract';
import type { EntraSimulator } from './entraSimulator';
import { delay, readBody, sendJson, sendText } from './http';
import { NotificationSettings } from './notificationSettings';
import type { WebhookTarget } from './notificationSettings';
import { SimData, recordsFromShape } from './simData';
import { SimOpenApi } from './simOpenApi';
import { SimRateWindows, subRequestsOf } from './simRateLimit';
import type { SimRateLimit } from './simRateLimit';

/**
 * Loopback CIPP API. It accepts a request only when the bearer token is one the Entra simulator
 * issued and still valid, and when the request matches CIPP's spec (path, method, required
 * fields, `{value,label}` shapes, tenant). It answers with CIPP-shaped bodies, logs every request,
 * and can inject the faults a real CIPP behind Azure Functions produces.
 */

export interface SimRequest {
	method: string;
	endpoint: string;
	query: Record<string, unknown>;
	body: unknown;
	status: number;
	violations: string[];
	tenant?: string;
	receivedAt: number;
}

export type FaultKind =
	| 'status'
	| 'html'
	| 'malformedJson'
	| 'slow'
	| 'reset'
	| 'softError'
	| 'redirect';

export interface Fault {
	kind: FaultKind;
	/** Only requests to this endpoint (default: any). */
	endpoint?: string;
	/** How many requests it applies to (default: 1; Infinity for a storm). */
	times?: number;
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	location?: string;
}

export interface HandlerResult {
	status?: number;
	body: unknown;
	headers?: Record<string, string>;
	text?: string;
}

export interface HandlerContext {
	endpoint: ContractEndpoint;
	query: Record<string, unknown>;
	body: Record<string, unknown>;
	rawBody: unknown;
	tenant?: string;
	sim: CippSimulator;
}

export type Handler = (context: HandlerContext) => HandlerResult | Promise<HandlerResult>;

const CONTRACT = loadContract();

function ok(body: unknown): HandlerResult {
	return { status: 200, body };
}

function read(source: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : source[key];
}

function plain(value: unknown): string | undefined {
	if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
	if (value === undefined || value === null) return undefined;
	return String(value);
}

export class CippSimulator {
	readonly contract = CONTRACT;

	data: SimData;

	readonly requests: SimRequest[] = [];

	readonly faults: Fault[] = [];

	readonly handlers = new Map<string, Handler>();

	/** How long every answer takes, in ms, counted from the request's arrival (processing included). */
	latencyMs = 0;

	/** Requests allowed in flight at once; beyond it CIPP answers 429 with Retry-After. */
	maxConcurrent = Infinity;

	retryAfterSeconds = 1;

	/** CIPP's per-client rate limit (off unless set); `rateWindows` counts what it admitted and refused. */
	rateLimit: SimRateLimit | undefined;

	readonly rateWindows = new SimRateWindows();

	/** Polls of an AllTenants ListGraphRequest before its queued data is ready. */
	queuePollsBeforeReady = 2;

	/** A fixed webhook target for tests that do not go through the notification settings. */
	notification: WebhookTarget | undefined;

	/** CIPP's notification settings (Settings > Notifications), read and replaced through its API. */
	notifications = new NotificationSettings();

	/** Keep only counts and violations, not bodies (for large benchmark runs). */
	lightLog = false;

	inFlight = 0;

	peakInFlight = 0;

	/** The endpoints this instance has (ListOpenApiSpec, GetVersion; endpoints added or removed by a test). */
	readonly openApi: SimOpenApi;

	private readonly queues = new Map<string, { polls: number }>();

	private server: Server | undefined;

	private readonly sockets = new Set<Socket>();

	private port = 0;

	constructor(
		readonly entra: EntraSimulator,
		data?: SimData,
	) {
		this.data = data ?? new SimData();
		registerDefaultHandlers(this);
		registerAlertLifecycle(this);
		this.openApi = new SimOpenApi(this);
	}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(port = 0): Promise<this> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error: Error) => {
				if (!res.headersSent) sendText(res, 500, `simulator failure: ${error.message}`);
			});
		});
		this.server.on('connection', (socket: Socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		const server = this.server;
		this.server = undefined;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	inject(fault: Fault): this {
		this.faults.push({ times: 1, ...fault });
		return this;
	}

	reset(): void {
		this.requests.length = 0;
		this.faults.length = 0;
		this.queues.clear();
		this.latencyMs = 0;
		this.maxConcurrent = Infinity;
		this.retryAfterSeconds = 1;
		this.rateLimit = undefined;
		this.rateWindows.reset();
		this.queuePollsBeforeReady = 2;
		this.peakInFlight = 0;
		this.lightLog = false;
		this.notifications = new NotificationSettings();
		this.openApi.reset();
	}

	/** Requests that reached an endpoint (not rejected for auth or faults), optionally for one endpoint. */
	callsTo(endpoint?: string): SimRequest[] {
		return this.requests.filter((request) => endpoint === undefined || request.endpoint === endpoint);
	}

	get violations(): string[] {
		return this.requests.flatMap((request) => request.violations.map((v) => `${request.endpoint}: ${v}`));
	}

	private takeFault(endpoint: string): Fault | undefined {
		const index = this.faults.findIndex((fault) => fault.endpoint === undefined || fault.endpoint === endpoint);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		this.inFlight += 1;
		this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
		try {
			await this.respond(req, res);
		} finally {
			this.inFlight -= 1;
		}
	}

	/** Waits out the rest of `latencyMs` since `arrived`, so the simulator's own work is part of the latency. */
	private async holdSince(arrived: number): Promise<void> {
		const remaining = this.latencyMs - (performance.now() - arrived);
		if (remaining > 0) await delay(Math.ceil(remaining));
	}

	private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const arrived = performance.now();
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const rawText = await readBody(req);
		const endpointName = decodeURIComponent(url.pathname.replace(/^\/api\//, ''));
		const query: Record<string, unknown> = {};
		for (const [key, value] of url.searchParams) {
			query[key] = key in query ? ([] as unknown[]).concat(query[key], value) : value;
		}
		let body: unknown = undefined;
		if (rawText !== '') {
			try {
				body = JSON.parse(rawText);
			} catch {
				sendJson(res, 400, { Results: 'Error: the request body is not valid JSON' });
				return;
			}
		}
		const record: SimRequest = {
			method: req.method ?? 'GET',
			endpoint: endpointName,
			query,
			body: this.lightLog ? undefined : body,
			status: 0,
			violations: [],
			receivedAt: Date.now(),
		};
		this.requests.push(record);
		const finish = (status: number) => {
			record.status = status;
		};

		if (this.inFlight > this.maxConcurrent) {
			finish(429);
			await this.holdSince(arrived);
			sendJson(res, 429, { error: 'Too many requests' }, { 'Retry-After': String(this.retryAfterSeconds) });
			return;
		}

		const fault = this.takeFault(endpointName);
		if (fault) {
			const handled = await this.applyFault(fault, res, record, arrived);
			if (handled) return;
		}

		const auth = req.headers.authorization ?? '';
		const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
		const tokenState = token === '' ? 'unknown' : this.entra.check(token);
		if (tokenState !== 'valid') {
			finish(401);
			const reason = tokenState === 'expired' ? 'The token expired' : 'The access token is missing or invalid';
			res.writeHead(401, {
				'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
				'Content-Type': 'text/plain',
			});
			res.end('You do not have permission to view this directory or page.');
			return;
		}

		const client = this.entra.issued.get(token)?.clientId ?? 'unknown';
		const retryAfter = this.rateWindows.refusal(this.rateLimit, client, subRequestsOf(endpointName, body));
		if (retryAfter !== undefined) {
			finish(429);
			await this.holdSince(arrived);
			sendJson(res, 429, { Results: 'Rate limit exceeded for this API client' }, { 'Retry-After': String(retryAfter) });
			return;
		}

		if (endpointName === '$batch') {
			const result = await this.runBatch(body);
			finish(result.status ?? 200);
			await this.holdSince(arrived);
			sendJson(res, result.status ?? 200, result.body);
			return;
		}

		const result = await this.dispatch(endpointName, record.method, query, body, record);
		finish(result.status ?? 200);
		await this.holdSince(arrived);
		if (result.text !== undefined) sendText(res, result.status ?? 200, result.text, result.headers);
		else sendJson(res, result.status ?? 200, result.body, result.headers);
	}

	/** Runs one CIPP call (also used for each element of a $batch request). */
	async dispatch(
		endpointName: string,
		method: string,
		query: Record<string, unknown>,
		body: unknown,
		record?: SimRequest,
	): Promise<HandlerResult> {
		const endpoint = this.openApi.endpoint(endpointName);
		if (!endpoint) return { status: 404, body: undefined, text: 'Endpoint not found' };
		const violations = contractViolations(endpoint, method, query, body);
		const tenant = tenantOf(endpoint, query, body);
		if (record) {
			record.violations = violations;
			record.tenant = tenant;
		}
		if (violations.length > 0) {
			return { status: 400, body: { Results: `Error: ${violations.join('; ')}` } };
		}
		if (tenant && tenant !== 'AllTenants' && !this.data.findTenant(tenant)) {
			return {
				status: 403,
				body: [`Graph request denied for '${tenant}': the tenant is not in CIPP's tenant list.`],
			};
		}
		const handler = this.handlers.get(endpointName) ?? defaultHandler;
		const bodyObject = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | undefined;
		return await handler({ endpoint, query, body: bodyObject ?? {}, rawBody: body, tenant, sim: this });
	}

	private async runBatch(body: unknown): Promise<HandlerResult> {
		const requests = (body as { requests?: unknown })?.requests;
		if (!Array.isArray(requests) || requests.length === 0) {
			return { status: 400, body: { error: { message: 'No requests found in the batch body' } } };
		}
		if (requests.length > 20) {
			return { status: 400, body: { error: { message: 'A batch may hold at most 20 requests' } } };
		}
		const responses = await Promise.all(
			(requests as Array<Record<string, unknown>>).map(async (item) => {
				const record: SimRequest = {
					method: String(item.method ?? 'GET').toUpperCase(),
					endpoint: String(item.url ?? ''),
					query: (item.query as Record<string, unknown>) ?? {},
					body: this.lightLog ? undefined : item.body,
					status: 0,
					violations: [],
					receivedAt: Date.now(),
				};
				this.requests.push(record);
				// An endpoint-specific status fault applies to that call inside the batch too.
				const fault = this.faults.some((entry) => entry.endpoint === record.endpoint && entry.kind === 'status')
					? this.takeFault(record.endpoint)
					: undefined;
				const result = fault
					? { status: fault.status ?? 500, body: fault.body ?? { Results: `Simulated HTTP ${fault.status ?? 500}` } }
					: await this.dispatch(record.endpoint, record.method, record.query, item.body, record);
				record.status = result.status ?? 200;
				return { id: item.id, status: record.status, body: result.text ?? result.body };
			}),
		);
		return { status: 200, body: { responses } };
	}

	private async applyFault(fault: Fault, res: ServerResponse, record: SimRequest, arrived: number): Promise<boolean> {
		switch (fault.kind) {
			case 'reset':
				record.status = -1;
				res.socket?.destroy();
				return true;
			case 'slow':
				await delay(fault.delayMs ?? 5000);
				return false;
			case 'html':
				record.status = fault.status ?? 200;
				res.writeHead(fault.status ?? 200, { 'Content-Type': 'text/html' });
				res.end('<!DOCTYPE html><html><head><title>CIPP</title></head><body><div id="__next"></div></body></html>');
				return true;
			case 'malformedJson':
				record.status = 200;
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end('{"Results": [{"resultText": "truncated');
				return true;
			case 'redirect':
				record.status = fault.status ?? 302;
				res.writeHead(fault.status ?? 302, { Location: fault.location ?? 'https://login.microsoftonline.com/' });
				res.end();
				return true;
			case 'softError':
				record.status = 200;
				sendJson(res, 200, fault.body ?? { Results: 'Failed to complete the request: the simulator was told to fail' });
				return true;
			case 'status': {
				const status = fault.status ?? 500;
				record.status = status;
				await this.holdSince(arrived);
				const headers = { ...(fault.headers ?? {}) };
				if (typeof fault.body === 'string') sendText(res, status, fault.body, headers);
				else sendJson(res, status, fault.body ?? { Results: `Simulated HTTP ${status}` }, headers);
				return true;
			}
		}
		return false;
	}
}

const defaultHandler: Handler = ({ endpoint, tenant }) => {
	if (endpoint.method === 'GET' || /^(List|Get)/.test(endpoint.name)) {
		const records = recordsFromShape(endpoint.name, 3, tenant);
		if (records) return ok(records);
		return ok([
			{ id: randomUUID(), displayName: `${endpoint.name} item 1`, Tenant: tenant ?? null },
			{ id: randomUUID(), displayName: `${endpoint.name} item 2`, Tenant: tenant ?? null },
		]);
	}
	return ok({ Results: `Successfully ran ${endpoint.name}${tenant ? ` for ${tenant}` : ''}` });
};

/** The tenant's users (not copied: callers copy only what they send). */
function usersFor(sim: CippSimulator, tenant: string | undefined): Array<Record<string, unknown>> {
	if (tenant === 'AllTenants') return [...sim.data.users.values()].flat() as unknown as Array<Record<string, unknown>>;
	const found = sim.data.findTenant(tenant);
	return found ? ((sim.data.users.get(found.defaultDomainName) ?? []) as unknown as Array<Record<string, unknown>>) : [];
}

function registerDefaultHandlers(sim: CippSimulator): void {
	const on = (name: string, handler: Handler) => sim.handlers.set(name, handler);

	on('ListTenants', ({ query }) => {
		const tenants: Array<Record<string, unknown>> = sim.data.tenants.map((tenant) => ({
			...tenant,
			initialDomainName: tenant.defaultDomainName,
			delegatedPrivilegeStatus: 'granularDelegatedAdminPrivileges',
			Excluded: false,
			GraphErrorCount: 0,
		}));
		if (String(read(query, 'AllTenantSelector')) === 'true') {
			tenants.unshift({ customerId: 'AllTenants', defaultDomainName: 'AllTenants', displayName: '*All Tenants' });
		}
		return ok(tenants);
	});

	on('ListApiTest', ({ query }) =>
		ok({
			Request: { Method: 'GET', Url: '/api/ListApiTest', Query: query, Headers: { 'x-ms-client-principal-idp': 'aad' } },
			TriggerMetadata: {},
			AllowedTenants: ['AllTenants'],
			AllowedGroups: [],
			RequestContext: {},
		}),
	);

	on('ListUsers', ({ query, tenant }) => {
		const userId = plain(read(query, 'UserID'));
		if (userId) {
			const domain = sim.data.findTenant(tenant)?.defaultDomainName ?? '';
			const user = sim.data.findUser(domain, userId);
			return ok(user ? [{ ...user }] : []);
		}
		return ok(usersFor(sim, tenant).map((user) => ({ ...user })));
	});

	on('ListMailboxes', ({ tenant }) =>
		ok(
			usersFor(sim, tenant).map((user) => ({
				Id: user.id,
				UPN: user.userPrincipalName,
				displayName: user.displayName,
				primarySmtpAddress: user.mail,
				recipientType: 'UserMailbox',
				recipientTypeDetails: 'UserMailbox',
				AdditionalEmailAddresses: '',
			})),
		),
	);

	on('ListLicenses', ({ tenant }) => {
		const tenants = tenant === 'AllTenants' ? sim.data.tenants : [sim.data.findTenant(tenant)!].filter(Boolean);
		return ok(
			tenants.flatMap((entry) =>
				(sim.data.licenses.get(entry.defaultDomainName) ?? []).map((license) => ({
					Tenant: entry.defaultDomainName,
					...license,
				})),
			),
		);
	});

	on('ListGraphRequest', ({ query, tenant }) => {
		const endpoint = String(read(query, 'Endpoint') ?? '');
		const metadata: Record<string, unknown> = { Endpoint: endpoint, TenantFilter: tenant };
		if (tenant === 'AllTenants') {
			const queueId = String(read(query, 'QueueId') ?? '') || `queue-${endpoint}`;
			const state = sim['queues'].get(queueId) ?? { polls: 0 };
			sim['queues'].set(queueId, state);
			state.polls += 1;
			if (state.polls <= sim.queuePollsBeforeReady) {
				return ok({
					Results: [],
					Metadata: {
						...metadata,
						Queued: true,
						QueueMessage:
							state.polls === 1
								? 'Loading data for all tenants. Please check back after the job completes'
								: 'Data still processing, please wait',
						QueueId: queueId,
					},
				});
			}
		}
		const records: Array<Record<string, unknown>> = /^users$/i.test(endpoint)
			? usersFor(sim, tenant)
			: ((recordsFromShape('ListGroups', 4, tenant) as Array<Record<string, unknown>>) ?? []);
		const decorate = (list: Array<Record<string, unknown>>) =>
			list.map((record) => ({ ...record, Tenant: record.Tenant ?? tenant, CippStatus: 'Good' }));
		if (String(read(query, 'CountOnly')) === 'true') return ok(records.length);
		const manual = String(read(query, 'manualPagination')) === 'true';
		const noPagination = String(read(query, 'NoPagination')) === 'true';
		if (manual || noPagination) {
			const pageSize = Math.max(1, Number(read(query, '$top') ?? 100) || 100);
			const nextLink = plain(read(query, 'nextLink'));
			let offset = 0;
			if (nextLink) {
				const match = /\$skiptoken=(\d+)/.exec(nextLink);
				if (!nextLink.startsWith('https://graph.microsoft.com/') || !match) {
					return { status: 400, body: `Graph Error: Invalid nextLink - Endpoint: ${endpoint}`, text: `Graph Error: Invalid nextLink - Endpoint: ${endpoint}` };
				}
				offset = Number(match[1]);
			}
			const page = decorate(records.slice(offset, offset + pageSize));
			const more = offset + pageSize < records.length;
			if (manual && more) {
				metadata.nextLink = `https://graph.microsoft.com/beta/${endpoint}?$top=${pageSize}&$skiptoken=${offset + pageSize}`;
			}
			return ok({ Results: page, Metadata: { ...metadata, ManualPagination: manual } });
		}
		return ok({ Results: decorate(records), Metadata: metadata });
	});

	on('ListCippQueue', ({ query }) => {
		const queueId = plain(read(query, 'QueueId'));
		return ok(
			[...sim['queues'].entries()]
				.filter(([id]) => !queueId || id === queueId)
				.map(([id, state]) => ({
					RowKey: id,
					Name: 'ListGraphRequest',
					Status: state.polls > sim.queuePollsBeforeReady ? 'Completed' : 'Running',
					PercentComplete: state.polls > sim.queuePollsBeforeReady ? 100 : 50,
				})),
		);
	});

	on('ExecResetPass', ({ body, query, tenant }) => {
		const id = plain(read(body, 'ID') ?? read(query, 'ID')) ?? '';
		const user = sim.data.findUser(sim.data.findTenant(tenant)?.defaultDomainName ?? '', id);
		if (!user) {
			return { status: 500, body: { Results: `Failed to reset the password for ${id}: Resource '${id}' does not exist or one of its queried reference-property objects are not present.` } };
		}
		return ok({
			Results: {
				resultText: `Successfully reset the password for ${user.displayName}. User must change their password: ${String(read(body, 'MustChange') ?? true)}`,
				copyField: 'Sim-Passw0rd!42',
				state: 'success',
			},
		});
	});

	on('ExecDisableUser', ({ body, query }) => {
		const id = plain(read(body, 'ID') ?? read(query, 'ID'));
		const enable = String(read(body, 'Enable') ?? read(query, 'Enable')) === 'true';
		return ok({ Results: `Successfully ${enable ? 'enabled' : 'disabled'} ${id}` });
	});

	on('ExecOffboardUser', ({ body, endpoint }) => {
		// An action is a switch that is on, or a value such as a forwarding address or a reply text
		// (the handler facts list them together as the actions of which one is needed).
		const actions = (endpoint.requiredOneOf[0] ?? []).filter((name) => {
			const value = read(body, name);
			return value !== undefined && value !== null && value !== false && value !== '';
		});
		if (actions.length === 0) {
			return { status: 400, body: { Results: ['No offboarding actions were selected. Select at least one action.'] } };
		}
		const users = ([] as unknown[]).concat(read(body, 'user') ?? []).map(plain);
		return ok({
			Results: users.map(
				(user) => `Offboarding task for ${user} has been created and will run now (${actions.length} actions)`,
			),
		});
	});

	on('AddUser', ({ body, tenant }) => {
		const username = plain(read(body, 'username')) ?? plain(read(body, 'mailNickname')) ?? 'new.user';
		const domain = plain(read(body, 'PrimDomain')) ?? tenant;
		const upn = `${username}@${domain}`;
		return ok({
			Results: [
				{ resultText: `Created user ${plain(read(body, 'displayName')) ?? username} with username ${upn}`, copyField: upn, state: 'success' },
				{ resultText: 'Password generated for the new user', copyField: 'Sim-Passw0rd!42', state: 'success' },
			],
			User: { userPrincipalName: upn, displayName: plain(read(body, 'displayName')) },
		});
	});

	on('ListAuditLogs', ({ query, tenant }) => {
		const start = Number(read(query, 'StartDate') ?? 0) * 1000;
		const rows = sim.data.auditLogs.filter(
			(row) =>
				Date.parse(String(row.Timestamp)) >= start &&
				(tenant === undefined || tenant === 'AllTenants' || row.Tenant === tenant),
		);
		return ok({ Results: rows, Metadata: { Count: rows.length } });
	});
	on('ListLogs', ({ query }) => {
		const day = (value: unknown) => String(value ?? '');
		const start = day(read(query, 'StartDate'));
		const end = day(read(query, 'EndDate')) || '99999999';
		const severities = String(read(query, 'Severity') ?? '').split(',').filter((entry) => entry !== '');
		return ok(
			sim.data.logs.filter((row) => {
				const date = String(row.DateTime).slice(0, 10).replace(/-/g, '');
				return date >= start && date <= end && (severities.length === 0 || severities.includes(String(row.Severity)));
			}),
		);
	});
	on('ExecAddAlert', async ({ body }) => {
		const text = plain(read(body, 'text')) ?? '';
		const target = sim.notification ?? sim.notifications.target();
		if (String(read(body, 'sendWebhookNow')) === 'true' && target) {
			const message = { Title: 'CIPP Notification Test', Text: text };
			const payload = target.standardized
				? {
						schemaVersion: '1.0',
						source: 'Alert',
						invoking: 'Invoke-ExecAddAlert',
						title: 'CIPP Notification Test',
						tenant: 'AllTenants',
						generatedAt: new Date().toISOString(),
						alertCount: 1,
						payload: [message],
					}
				: message;
			const answer = await fetch(target.url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...target.headers },
				body: JSON.stringify(payload),
			});
			return ok({ Results: [`Webhook sent (status ${answer.status})`] });
		}
		return ok({ Results: ['Alert written to the logbook'] });
	});
	on('ListScheduledItems', () => ok(sim.data.scheduledItems));
	on('ListNotificationConfig', () => ok(sim.notifications.list()));
	on('ExecNotificationConfig', ({ body }) => {
		const problems = sim.notifications.exec(body);
		return problems.length > 0 ? { status: 400, body: { Results: problems.join('; ') } } : ok({ Results: 'Successfully set the configuration' });
	});
	on('ExecIncidentsList', () => ok({ Results: sim.data.incidents, Metadata: {} }));
}
