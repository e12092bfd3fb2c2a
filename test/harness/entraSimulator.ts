/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { randomBytes, randomUUID } from 'crypto';
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { readBody, sendJson } from './http';

/**
 * Loopback stand-in for the Microsoft Entra ID v2 token endpoint
 * (`POST /<tenant>/oauth2/v2.0/token`, client-credentials grant only). It validates the grant
 * like Entra does, answers failures with Entra-shaped AADSTS bodies, issues opaque tokens with a
 * configurable lifetime, and lets the CIPP simulator check tokens (valid, expired, unknown).
 */

export interface EntraApp {
	clientId: string;
	secret: string;
	/** Secret exists but is past its end date (AADSTS7000222). */
	secretExpired?: boolean;
	/** The app exposes api://<clientId> (without it the scope's resource is unknown: AADSTS500011). */
	hasIdentifierUri?: boolean;
}

export interface EntraTenant {
	tenantId: string;
	domains: string[];
	apps: EntraApp[];
	/**
	 * Other APIs the tenant's apps may get tokens for, by resource identifier (the scope without
	 * `/.default`): an Application ID URI such as `https://apps.azureiotcentral.com`, or an API
	 * app's client ID. Besides these, `api://<client id>` of an app with `hasIdentifierUri`.
	 */
	resources?: string[];
	/** HTTP status of an AADSTS7000215/7000222 (invalid_client) answer: 401 by default, some callers see 400. */
	invalidClientStatus?: number;
}

export interface IssuedTokenRecord {
	token: string;
	clientId: string;
	tenantId: string;
	scope: string;
	expiresAt: number;
}

export interface TokenRequestRecord {
	tenant: string;
	contentType: string | undefined;
	form: Record<string, string>;
	status: number;
	errorCode?: number;
}

export type TokenCheck = 'valid' | 'expired' | 'unknown';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export class EntraSimulator {
	readonly tenants: EntraTenant[] = [];

	readonly tokenRequests: TokenRequestRecord[] = [];

	readonly issued = new Map<string, IssuedTokenRecord>();

	/** Lifetime of new tokens, in seconds (Entra's default is about an hour). */
	tokenLifetimeSeconds = 3599;

	/** Delay before answering a token request, in ms (to make concurrent callers overlap). */
	latencyMs = 0;

	/** One-shot override: the next token request gets this status and body. */
	nextFailure: { status: number; body: unknown } | undefined;

	private server: Server | undefined;

	private port = 0;

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	get tokenRequestCount(): number {
		return this.tokenRequests.length;
	}

	addTenant(tenant: EntraTenant): this {
		this.tenants.push(tenant);
		return this;
	}

	async start(port = 0): Promise<this> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error: Error) => sendJson(res, 500, { error: error.message }));
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

	/** Used by the CIPP simulator to decide between 200 and 401. */
	check(token: string): TokenCheck {
		const record = this.issued.get(token);
		if (!record) return 'unknown';
		return record.expiresAt > Date.now() ? 'valid' : 'expired';
	}

	/** Expires every issued token now (simulates a token that aged out between executions). */
	expireAllTokens(): void {
		for (const record of this.issued.values()) record.expiresAt = Date.now() - 1;
	}

	reset(): void {
		this.tokenRequests.length = 0;
		this.issued.clear();
		this.nextFailure = undefined;
		this.tokenLifetimeSeconds = 3599;
		this.latencyMs = 0;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const body = await readBody(req);
		const match = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec((req.url ?? '').split('?')[0]);
		if (req.method !== 'POST' || !match) {
			sendJson(res, 404, { error: 'not_found' });
			return;
		}
		if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
		const tenant = decodeURIComponent(match[1]);
		const form = Object.fromEntries(new URLSearchParams(body));
		const record: TokenRequestRecord = {
			tenant,
			contentType: req.headers['content-type'],
			form,
			status: 200,
		};
		this.tokenRequests.push(record);

		if (this.nextFailure) {
			const failure = this.nextFailure;
			this.nextFailure = undefined;
			record.status = failure.status;
			sendJson(res, failure.status, failure.body);
			return;
		}

		const failure = this.validate(tenant, record.contentType, form);
		if (failure) {
			record.status = failure.status;
			record.errorCode = failure.code;
			sendJson(res, failure.status, aadstsBody(failure.error, failure.code, failure.text));
			return;
		}
		const token = `sim-${randomBytes(24).toString('base64url')}`;
		this.issued.set(token, {
			token,
			clientId: form.client_id,
			tenantId: tenant,
			scope: form.scope,
			expiresAt: Date.now() + this.tokenLifetimeSeconds * 1000,
		});
		sendJson(res, 200, {
			token_type: 'Bearer',
			expires_in: this.tokenLifetimeSeconds,
			ext_expires_in: this.tokenLifetimeSeconds,
			access_token: token,
		});
	}

	private validate(
		tenant: string,
		contentType: string | undefined,
		form: Record<string, string>,
	): { status: number; error: string; code: number; text: string } | undefined {
		if (!contentType?.startsWith('application/x-www-form-urlencoded')) {
			return { status: 400, error: 'invalid_request', code: 900144, text: "The request body must contain the following parameter: 'grant_type'." };
		}
		if (!GUID.test(tenant) && !DOMAIN.test(tenant)) {
			return { status: 400, error: 'invalid_request', code: 900023, text: `Specified tenant identifier '${tenant}' is neither a valid DNS name, nor a valid external domain.` };
		}
		const known = this.tenants.find(
			(candidate) =>
				candidate.tenantId.toLowerCase() === tenant.toLowerCase() ||
				candidate.domains.some((domain) => domain.toLowerCase() === tenant.toLowerCase()),
		);
		if (!known) {
			return { status: 400, error: 'invalid_request', code: 90002, text: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.` };
		}
		if (form.grant_type !== 'client_credentials') {
			return { status: 400, error: 'unsupported_grant_type', code: 70003, text: 'The app requested an unsupported grant type.' };
		}
		const app = known.apps.find((candidate) => candidate.clientId === form.client_id);
		if (!app) {
			return { status: 400, error: 'unauthorized_client', code: 700016, text: `Application with identifier '${form.client_id}' was not found in the directory '${known.tenantId}'.` };
		}
		if (form.client_secret !== app.secret) {
			return { status: known.invalidClientStatus ?? 401, error: 'invalid_client', code: 7000215, text: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.` };
		}
		if (app.secretExpired) {
			return { status: known.invalidClientStatus ?? 401, error: 'invalid_client', code: 7000222, text: `The provided client secret keys for app '${app.clientId}' are expired.` };
		}
		const scope = form.scope ?? '';
		if (scope.trim() === '') {
			return { status: 400, error: 'invalid_scope', code: 70011, text: "The provided request must include a 'scope' input parameter." };
		}
		if (/\s/.test(scope.trim())) {
			return { status: 400, error: 'invalid_scope', code: 70011, text: `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.` };
		}
		if (!scope.endsWith('/.default')) {
			return { status: 400, error: 'invalid_scope', code: 1002012, text: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).` };
		}
		const resource = scope.slice(0, -'/.default'.length);
		const resourceApp = known.apps.find((candidate) => `api://${candidate.clientId}` === resource);
		const exposed = known.resources?.includes(resource) === true;
		if (!exposed && (!resourceApp || resourceApp.hasIdentifierUri === false)) {
			return { status: 400, error: 'invalid_resource', code: 500011, text: `The resource principal named ${resource} was not found in the tenant named ${known.tenantId}.` };
		}
		return undefined;
	}
}

function aadstsBody(error: string, code: number, text: string): Record<string, unknown> {
	const traceId = randomUUID();
	const correlationId = randomUUID();
	const timestamp = new Date().toISOString().replace('T', ' ').replace('Z', 'Z');
	return {
		error,
		error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`.replace(
			' Trace ID:',
			'\r\nTrace ID:',
		),
		error_codes: [code],
		timestamp,
		trace_id: traceId,
		correlation_id: correlationId,
		error_uri: `https://login.microsoftonline.com/error?code=${code}`,
	};
}
