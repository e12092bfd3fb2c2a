/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * The sandbox: the loopback Entra token endpoint and CIPP simulator from the test harness, seeded
 * with demo tenants, users, mailboxes and alerts, plus a tiny "ticket desk" that example
 * workflows post tickets to. Used by `npm run dev` and the end-to-end suite.
 * The sandbox CIPP plays a release newer than the package's catalog: its spec (ListOpenApiSpec)
 * lists three endpoints the catalog lacks, which Custom API Call offers. SANDBOX_CIPP_SPEC=none
 * makes it a CIPP without a spec (before 10.10), so the node falls back to its own catalog.
 *
 *   npx ts-node --transpile-only scripts/sandbox/sandbox.ts   (Ctrl-C stops it)
 *
 * CIPP's rate limit is off unless asked for: SANDBOX_RATE_LIMIT=100/10 (requests/seconds per API
 * client) and SANDBOX_BATCH_COUNTS=each|one (how a $batch call counts; each by default); the
 * sandbox credential then paces to the same limit (without it, it does not pace). What the limit
 * admitted and refused per client is served as JSON at GET <desk>/sandbox/rate-limit, and
 * POST <desk>/sandbox/rate-limit/reset zeroes the counters.
 */
import { createServer } from 'http';
import type { Server } from 'http';
import type { AddressInfo } from 'net';

import { CippSimulator } from '../../test/harness/cippSimulator';
import {
	CENDA_LIKE,
	IOT_CENTRAL_LIKE,
	addStandInTenants,
	startCendaLikeApi,
	startIotCentralLikeApi,
} from '../../test/harness/entraProtectedApi';
import type { EntraProtectedApi } from '../../test/harness/entraProtectedApi';
import { EntraSimulator } from '../../test/harness/entraSimulator';
import { readBody } from '../../test/harness/http';
import { SimData } from '../../test/harness/simData';
import { newerEndpoints } from '../../test/harness/simOpenApi';
import type { ClientCounters, SimRateLimit } from '../../test/harness/simRateLimit';

export const SANDBOX = {
	partnerTenant: '5f0f6c3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f',
	clientId: '0b6a3c1e-7d4f-4e2a-8b9c-1d2e3f4a5b6c',
	clientSecret: 'Sandbox~Secret.Value.NotForProduction.42',
	credentialId: 'CippSandboxCred1',
	credentialName: 'CIPP Sandbox',
	webhookToken: 'sandbox-webhook-token',
	webhookCredentialId: 'CippSandboxHook1',
	webhookCredentialName: 'CIPP Sandbox Webhook',
};

export interface Sandbox {
	entra: EntraSimulator;
	cipp: CippSimulator;
	/** Other Entra-protected APIs, called with the CIPP API credential from the HTTP Request node. */
	cendaLike: EntraProtectedApi;
	iotCentralLike: EntraProtectedApi;
	tickets: Array<Record<string, unknown>>;
	ticketUrl: string;
	/** GET: the rate limit's settings and per-client counters as JSON; POST …/reset zeroes them. */
	rateLimitUrl: string;
	/** The rate limit in force (if any) and, per client ID, requests admitted and 429s sent. */
	rateLimitStats(): RateLimitStats;
	credential(): Record<string, unknown>;
	/** The CIPP Webhook Auth credential the examples' CIPP Trigger uses (a bearer token). */
	webhookCredential(): Record<string, unknown>;
	/** CIPP API credentials set up for the stand-ins (API Scope filled in), by purpose. */
	standInCredentials(): Record<'cendaLike' | 'cendaLikeIdPasted' | 'iotCentralLike', Record<string, unknown>>;
	stop(): Promise<void>;
}

export interface SandboxPorts {
	entra?: number;
	cipp?: number;
	tickets?: number;
}

export interface RateLimitStats {
	rateLimit: SimRateLimit | null;
	clients: Record<string, ClientCounters>;
	refused: number;
}

/** SANDBOX_RATE_LIMIT=<requests>/<seconds> and SANDBOX_BATCH_COUNTS=each|one; undefined when unset. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): SimRateLimit | undefined {
	const setting = env.SANDBOX_RATE_LIMIT?.trim();
	if (!setting) return undefined;
	const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(setting);
	if (!match) throw new Error(`SANDBOX_RATE_LIMIT must look like 100/10 (requests/seconds), not '${setting}'`);
	const counts = (env.SANDBOX_BATCH_COUNTS ?? 'each').trim().toLowerCase();
	if (counts !== 'each' && counts !== 'one') throw new Error(`SANDBOX_BATCH_COUNTS must be each or one, not '${counts}'`);
	return { requests: Number(match[1]), windowMs: Math.round(Number(match[2]) * 1000), batchCountsEach: counts === 'each' };
}

function seed(): SimData {
	const data = new SimData(3, 25);
	const now = Date.now();
	data.auditLogs = [
		{ LogId: 'demo-1', Timestamp: new Date(now - 3 * 3600_000).toISOString(), Tenant: 'contoso.onmicrosoft.com', Title: 'New inbox rule forwarding externally for user00003@contoso.onmicrosoft.com', Data: { Title: 'Inbox rule', IP: '203.0.113.7' } },
		{ LogId: 'demo-2', Timestamp: new Date(now - 2 * 3600_000).toISOString(), Tenant: 'fabrikam.onmicrosoft.com', Title: 'Sign-in from an unusual country for user00002@fabrikam.onmicrosoft.com', Data: { Title: 'Sign-in', IP: '198.51.100.4' } },
	];
	data.logs = [
		{ DateTime: new Date(now - 3600_000).toISOString(), RowKey: 'log-1', Severity: 'Error', Message: 'Failed to apply standard DisableBasicAuth', Tenant: 'northwindtraders.onmicrosoft.com', API: 'Standards' },
	];
	data.incidents = [{ Id: '101', Tenant: 'contoso.onmicrosoft.com', DisplayName: 'Multi-stage incident involving credential access', Created: new Date(now - 86_400_000).toISOString(), Severity: 'high' }];
	return data;
}

async function listen(server: Server, port: number): Promise<number> {
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

export async function startSandbox(ports: SandboxPorts = {}, rateLimit: SimRateLimit | undefined = rateLimitFromEnv()): Promise<Sandbox> {
	const entra = await new EntraSimulator()
		.addTenant({
			tenantId: SANDBOX.partnerTenant,
			domains: ['partner.onmicrosoft.com'],
			apps: [{ clientId: SANDBOX.clientId, secret: SANDBOX.clientSecret, hasIdentifierUri: true }],
		})
		.start(ports.entra ?? 0);
	addStandInTenants(entra);
	const cipp = await new CippSimulator(entra, seed()).start(ports.cipp ?? 0);
	if (process.env.SANDBOX_CIPP_SPEC === 'none') {
		cipp.openApi.served = false;
	} else {
		cipp.openApi.version = '10.10.3';
		cipp.openApi.add(...newerEndpoints());
	}
	cipp.rateLimit = rateLimit;
	const rateLimitStats = (): RateLimitStats => ({
		rateLimit: cipp.rateLimit ?? null,
		clients: cipp.rateWindows.stats(),
		refused: cipp.rateWindows.refused,
	});
	const cendaLike = await startCendaLikeApi(entra);
	const iotCentralLike = await startIotCentralLikeApi(entra);

	const tickets: Array<Record<string, unknown>> = [];
	const desk = createServer((req, res) => {
		// Control routes for scripts and benchmarks; everything else is a ticket.
		if (req.url?.startsWith('/sandbox/rate-limit')) {
			if (req.method === 'POST' && req.url === '/sandbox/rate-limit/reset') cipp.rateWindows.reset();
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(rateLimitStats()));
			return;
		}
		readBody(req)
			.then((text) => {
				const ticket = { id: tickets.length + 1, ...(text ? (JSON.parse(text) as Record<string, unknown>) : {}) };
				tickets.push(ticket);
				res.writeHead(201, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify(ticket));
			})
			.catch(() => {
				res.writeHead(400);
				res.end();
			});
	});
	const deskPort = await listen(desk, ports.tickets ?? 0);

	const standIn = (id: string, name: string, data: Record<string, unknown>) => ({
		id,
		name,
		type: 'cippApi',
		data: { authority: 'custom', customAuthority: entra.url, accessToken: '', ...data },
	});

	return {
		entra,
		cipp,
		cendaLike,
		iotCentralLike,
		tickets,
		ticketUrl: `http://127.0.0.1:${deskPort}/tickets`,
		rateLimitUrl: `http://127.0.0.1:${deskPort}/sandbox/rate-limit`,
		rateLimitStats,
		credential: () => ({
			id: SANDBOX.credentialId,
			name: SANDBOX.credentialName,
			type: 'cippApi',
			data: {
				baseUrl: cipp.url,
				tenantId: SANDBOX.partnerTenant,
				clientId: SANDBOX.clientId,
				clientSecret: SANDBOX.clientSecret,
				scope: '',
				authority: 'custom',
				customAuthority: entra.url,
				accessToken: '',
				// The credential paces to the sandbox's own limit, or not at all when it has none.
				rateLimitRequests: rateLimit?.requests ?? 0,
				rateLimitWindowSeconds: rateLimit ? rateLimit.windowMs / 1000 : 10,
				batchCounting: rateLimit?.batchCountsEach === false ? 'one' : 'each',
			},
		}),
		webhookCredential: () => ({
			id: SANDBOX.webhookCredentialId,
			name: SANDBOX.webhookCredentialName,
			type: 'cippWebhookAuthApi',
			data: { authType: 'bearer', token: SANDBOX.webhookToken },
		}),
		standInCredentials: () => ({
			cendaLike: standIn('SandboxCendaCred', 'Cenda-like Configuration API (sandbox)', {
				baseUrl: cendaLike.url,
				tenantId: CENDA_LIKE.permissionsTenantId,
				clientId: CENDA_LIKE.clientId,
				clientSecret: CENDA_LIKE.secret,
				scope: cendaLike.scope,
			}),
			cendaLikeIdPasted: standIn('SandboxCendaBad1', 'Cenda-like Configuration API (secret ID pasted)', {
				baseUrl: cendaLike.url,
				tenantId: CENDA_LIKE.permissionsTenantId,
				clientId: CENDA_LIKE.clientId,
				clientSecret: CENDA_LIKE.idColumn,
				scope: cendaLike.scope,
			}),
			iotCentralLike: standIn('SandboxIotCCred1', 'IoT Central-like API (sandbox)', {
				baseUrl: iotCentralLike.url,
				tenantId: IOT_CENTRAL_LIKE.tenantId,
				clientId: IOT_CENTRAL_LIKE.clientId,
				clientSecret: IOT_CENTRAL_LIKE.secret,
				scope: iotCentralLike.scope,
			}),
		}),
		stop: async () => {
			await cendaLike.stop();
			await iotCentralLike.stop();
			await cipp.stop();
			await entra.stop();
			await new Promise<void>((resolve) => desk.close(() => resolve()));
		},
	};
}

if (require.main === module) {
	const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
	startSandbox({ entra: port('SANDBOX_ENTRA_PORT', 5681), cipp: port('SANDBOX_CIPP_PORT', 5682), tickets: port('SANDBOX_TICKETS_PORT', 5683) })
		.then((sandbox) => {
			console.log(`CIPP sandbox API:      ${sandbox.cipp.url}`);
			console.log(`Entra token endpoint:  ${sandbox.entra.url}`);
			console.log(`Ticket desk:           ${sandbox.ticketUrl}`);
			console.log(`Cenda-like API:        ${sandbox.cendaLike.url}  (scope ${sandbox.cendaLike.scope})`);
			console.log(`IoT Central-like API:  ${sandbox.iotCentralLike.url}  (scope ${sandbox.iotCentralLike.scope})`);
			const limit = sandbox.cipp.rateLimit;
			console.log(
				limit
					? `CIPP rate limit:       ${limit.requests} per ${limit.windowMs / 1000} s per API client, a $batch call counting ${limit.batchCountsEach ? 'each request' : 'as one'}; counters at ${sandbox.rateLimitUrl}`
					: 'CIPP rate limit:       off (SANDBOX_RATE_LIMIT=100/10 switches it on)',
			);
			const stop = () => {
				sandbox.stop().then(() => process.exit(0), () => process.exit(1));
			};
			process.on('SIGINT', stop);
			process.on('SIGTERM', stop);
		})
		.catch((error: Error) => {
			console.error(error.message);
			process.exit(1);
		});
}
