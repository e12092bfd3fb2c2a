/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest and the e2e sandbox, never inside n8n */
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import type { EntraSimulator } from './entraSimulator';
import { readBody, sendJson } from './http';

/**
 * Loopback stand-ins for APIs other than CIPP that accept Entra ID client-credentials tokens, for
 * the CIPP API credential used from n8n's HTTP Request node: a Cenda-like Configuration API (scope
 * `<gateway client id>/.default`) and an IoT Central-like API (scope
 * `https://apps.azureiotcentral.com/.default`). Each checks the Bearer token against the Entra
 * simulator that issued it: unknown or expired tokens get 401 with
 * `WWW-Authenticate: Bearer error="invalid_token"`, a token for another API gets 401 too
 * (wrong audience), as Azure's APIs answer.
 */

export interface ProtectedApiRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	authorization: string | undefined;
	status: number;
}

type Route = (query: Record<string, string>) => { status: number; body: unknown };

export class EntraProtectedApi {
	readonly requests: ProtectedApiRequest[] = [];

	private server: Server | undefined;

	private port = 0;

	/**
	 * `resource`: the scope this API accepts, without `/.default`.
	 * `routes`: answers by "METHOD /path".
	 */
	constructor(
		private readonly entra: EntraSimulator,
		readonly resource: string,
		private readonly routes: Record<string, Route>,
	) {}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	get scope(): string {
		return `${this.resource}/.default`;
	}

	/** Statuses of the requests so far, oldest first. */
	get statuses(): number[] {
		return this.requests.map((request) => request.status);
	}

	async start(port = 0): Promise<this> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error: Error) => sendJson(res, 500, { error: { code: 'InternalError', message: error.message } }));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		const server = this.server;
		this.server = undefined;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		await readBody(req);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const query = Object.fromEntries(url.searchParams);
		const record: ProtectedApiRequest = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query,
			authorization: req.headers.authorization,
			status: 0,
		};
		this.requests.push(record);
		const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			record.status = status;
			sendJson(res, status, body, headers);
		};

		const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
		if (!match) {
			answer(401, { error: { code: 'Unauthorized', message: 'Authorization header with a Bearer token is required.' } }, { 'WWW-Authenticate': 'Bearer' });
			return;
		}
		const state = this.entra.check(match[1]);
		if (state !== 'valid') {
			const reason = state === 'expired' ? 'The token is expired' : 'The token is not valid';
			answer(401, { error: { code: 'InvalidAuthenticationToken', message: reason } }, {
				'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
			});
			return;
		}
		const issued = this.entra.issued.get(match[1]);
		if (issued?.scope !== this.scope) {
			answer(401, { error: { code: 'InvalidAuthenticationToken', message: `The token's audience is not ${this.resource}` } }, {
				'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The audience is invalid"',
			});
			return;
		}
		const route = this.routes[`${record.method} ${url.pathname}`];
		if (!route) {
			answer(404, { error: { code: 'NotFound', message: `No route ${record.method} ${url.pathname}` } });
			return;
		}
		const { status, body } = route(query);
		answer(status, body);
	}
}

/**
 * Cenda-like Configuration API: tokens come from the customer's "permissions" tenant for the scope
 * `<GatewayClientId>/.default`; that tenant answers a wrong secret with HTTP 400 (invalid_client,
 * AADSTS7000215).
 */
export const CENDA_LIKE = {
	permissionsTenantId: '7c1e4b2a-9d3f-4a6b-8e5c-2f1a0b9c8d7e',
	gatewayClientId: '3d9a7f15-2c4b-4e8a-9b6d-5a1c0e2f4b3d',
	clientId: '8e2b6c4a-1f3d-4b5e-a7c9-0d2e4f6a8b1c',
	secret: 'Cenda~Config.Secret.Value.7Q',
	/** The "Secret ID" column of the app's secret, which people paste instead of its value. */
	idColumn: '5b7d9f1a-3c5e-4a7b-9d1f-2e4a6c8b0d3f',
};

export const IOT_CENTRAL_LIKE = {
	tenantId: '2a4c6e8f-0b1d-4f3a-8c5e-7d9b1a3c5e7f',
	clientId: '6f8a0c2e-4b6d-4a9f-8e1c-3b5d7f9a1c3e',
	secret: 'IoT~Central.Secret.Value.9W',
	resource: 'https://apps.azureiotcentral.com',
	apiVersion: '2022-07-31',
};

/** Adds the stand-ins' tenants to the Entra simulator (call before it serves token requests). */
export function addStandInTenants(entra: EntraSimulator): void {
	entra.addTenant({
		tenantId: CENDA_LIKE.permissionsTenantId,
		domains: ['permissions.cenda-like.example'],
		apps: [{ clientId: CENDA_LIKE.clientId, secret: CENDA_LIKE.secret }],
		resources: [CENDA_LIKE.gatewayClientId],
		invalidClientStatus: 400,
	});
	entra.addTenant({
		tenantId: IOT_CENTRAL_LIKE.tenantId,
		domains: ['iot.contoso.example'],
		apps: [{ clientId: IOT_CENTRAL_LIKE.clientId, secret: IOT_CENTRAL_LIKE.secret }],
		resources: [IOT_CENTRAL_LIKE.resource],
	});
}

export async function startCendaLikeApi(entra: EntraSimulator, port = 0): Promise<EntraProtectedApi> {
	return await new EntraProtectedApi(entra, CENDA_LIKE.gatewayClientId, {
		'GET /api/v1/configurations': () => ({
			status: 200,
			body: {
				value: [
					{ id: 'cfg-baseline', name: 'Baseline', version: 4, assignedTenants: 12 },
					{ id: 'cfg-kiosk', name: 'Kiosk devices', version: 2, assignedTenants: 3 },
				],
			},
		}),
	}).start(port);
}

export async function startIotCentralLikeApi(entra: EntraSimulator, port = 0): Promise<EntraProtectedApi> {
	return await new EntraProtectedApi(entra, IOT_CENTRAL_LIKE.resource, {
		'GET /api/devices': (query) =>
			query['api-version'] === IOT_CENTRAL_LIKE.apiVersion
				? {
						status: 200,
						body: {
							value: [
								{ id: 'thermostat-01', etag: 'eyJkZXZpY2UiOiIxIn0', displayName: 'Thermostat 01', template: 'dtmi:contoso:thermostat;1', enabled: true, provisioned: true, simulated: false },
								{ id: 'thermostat-02', etag: 'eyJkZXZpY2UiOiIyIn0', displayName: 'Thermostat 02', template: 'dtmi:contoso:thermostat;1', enabled: true, provisioned: false, simulated: false },
							],
						},
					}
				: { status: 400, body: { error: { code: 'InvalidApiVersion', message: `The api-version '${query['api-version'] ?? ''}' is not supported.` } } },
	}).start(port);
}
