import { createHash } from 'crypto';
import { UserError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { redactSecrets } from '../redact';
import { explainTokenError, explainUnreachableTokenEndpoint } from './aadstsErrors';
import type { TokenErrorBody } from './aadstsErrors';
import { effectiveScope, tokenEndpointUrl } from './authority';

/**
 * OAuth2 client-credentials grant against Microsoft Entra ID, as run by n8n's credential
 * `preAuthentication` hook. n8n stores the returned token in the credential and calls us
 * again only when that token is empty or CIPP answered 401.
 *
 * Two small in-memory tables stop a burst of concurrent callers from each fetching a token:
 * - `inFlight`: callers holding the same (stale or empty) token share one grant request;
 * - `replacements`: a caller still holding a token another caller has just replaced gets the
 *   replacement instead of a new grant. A caller presenting the replacement itself (because CIPP
 *   rejected it) always gets a fresh grant, so a revoked token is never handed out twice.
 */

interface IssuedToken {
	accessToken: string;
	expiresAt: number;
}

const REPLACEMENT_TABLE_LIMIT = 64;
const GRANT_TIMEOUT_MS = 30_000;

const inFlight = new Map<string, Promise<IssuedToken>>();
const replacements = new Map<string, IssuedToken>();

function digest(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

function stillFresh(token: IssuedToken, now: number): boolean {
	return token.expiresAt - now > 30_000;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function parseJson(body: unknown): IDataObject | undefined {
	if (body !== null && typeof body === 'object') return body as IDataObject;
	if (typeof body !== 'string' || body.trim() === '') return undefined;
	try {
		const parsed: unknown = JSON.parse(body);
		return parsed !== null && typeof parsed === 'object' ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

interface GrantRequest {
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
	scope: string;
	/** The scope is CIPP's own (api://<client id>/.default), so advice may point into CIPP. */
	forCipp: boolean;
}

function readGrantRequest(credentials: ICredentialDataDecryptedObject): GrantRequest {
	const clientId = text(credentials.clientId);
	const clientSecret = typeof credentials.clientSecret === 'string' ? credentials.clientSecret : '';
	if (clientId === '') {
		throw new UserError("The credential's 'Client ID' is empty", {
			description: "Enter the app registration's Client ID (for CIPP: the API client's Client ID in CIPP > Integrations > CIPP-API).",
		});
	}
	if (clientSecret.trim() === '') {
		throw new UserError("The credential's 'Client Secret' is empty", {
			description: "Paste the secret's value, shown once when the secret was created (for CIPP: when the API client was created or its secret was reset).",
		});
	}
	const scope = effectiveScope(credentials.scope, clientId);
	return {
		tokenUrl: tokenEndpointUrl(credentials),
		clientId,
		clientSecret,
		scope,
		forCipp: scope === effectiveScope('', clientId),
	};
}

async function runGrant(
	httpRequest: IHttpRequestHelper['helpers']['httpRequest'],
	grant: GrantRequest,
): Promise<IssuedToken> {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: grant.clientId,
		client_secret: grant.clientSecret,
		scope: grant.scope,
	});
	let response: { statusCode: number; body: unknown } | undefined;
	let networkErrorCode: unknown;
	try {
		response = (await httpRequest({
			method: 'POST',
			url: grant.tokenUrl,
			body: form.toString(),
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: GRANT_TIMEOUT_MS,
		})) as { statusCode: number; body: unknown };
	} catch (error) {
		networkErrorCode = (error as { code?: unknown }).code;
	}
	if (!response) {
		const code = typeof networkErrorCode === 'string' ? networkErrorCode : undefined;
		const explained = explainUnreachableTokenEndpoint(grant.tokenUrl, code);
		throw new UserError(explained.message, { description: explained.description });
	}

	const secrets = [grant.clientSecret];
	const body = parseJson(response.body);
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const explained = explainTokenError(response.statusCode, body as TokenErrorBody | undefined, grant.forCipp);
		throw new UserError(redactSecrets(explained.message, secrets), {
			description: redactSecrets(explained.description, secrets),
		});
	}
	const accessToken = body && typeof body.access_token === 'string' ? body.access_token : '';
	if (accessToken === '') {
		throw new UserError('The token endpoint answered without an access token', {
			description:
				"Check the credential's 'Authority': it must point at Microsoft Entra ID (or a compatible OAuth2 token endpoint).",
		});
	}
	const lifetimeSeconds = Number(body?.expires_in);
	const lifetimeMs = Number.isFinite(lifetimeSeconds) && lifetimeSeconds > 0 ? lifetimeSeconds * 1000 : 3_600_000;
	return { accessToken, expiresAt: Date.now() + lifetimeMs };
}

function remember(key: string, token: IssuedToken): void {
	replacements.delete(key);
	replacements.set(key, token);
	while (replacements.size > REPLACEMENT_TABLE_LIMIT) {
		const oldest = replacements.keys().next().value;
		if (oldest === undefined) break;
		replacements.delete(oldest);
	}
}

/** `preAuthentication` body: returns the fields n8n merges into (and persists with) the credential. */
export async function acquireAccessToken(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const grant = readGrantRequest(credentials);
	const previous = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
	const key = digest(grant.tokenUrl, grant.clientId, grant.scope, grant.clientSecret, previous);

	const known = replacements.get(key);
	if (known && stillFresh(known, Date.now())) return { accessToken: known.accessToken };

	let pending = inFlight.get(key);
	if (!pending) {
		pending = runGrant(this.helpers.httpRequest, grant);
		inFlight.set(key, pending);
		pending.then(
			(token) => remember(key, token),
			() => undefined,
		);
		const settle = () => inFlight.delete(key);
		pending.then(settle, settle);
	}
	const token = await pending;
	return { accessToken: token.accessToken };
}

/**
 * The API refused this token (401): never hand it out again. Used when an n8n that ignores
 * `ignoreHttpStatusErrors.except` returns the 401 as a response: the CIPP transport then clears
 * the stored token, so the next grant is keyed by an empty token, and without this the
 * replacement table could answer with the very token CIPP just refused.
 */
export function forgetRejectedToken(accessToken: string): void {
	if (accessToken === '') return;
	for (const [key, token] of replacements) {
		if (token.accessToken === accessToken) replacements.delete(key);
	}
}

/** Test hook: forget every token this process has seen (each test starts cold). */
export function forgetIssuedTokens(): void {
	inFlight.clear();
	replacements.clear();
}
