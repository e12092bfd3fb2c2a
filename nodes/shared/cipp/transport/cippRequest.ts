import type {
	ICredentialsDecrypted,
	INode,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	NodeApiError,
} from 'n8n-workflow';

import { cippApiRoot } from '../../../../credentials/cippApiUrl';
import { forgetRejectedToken } from '../../../../credentials/entra/clientCredentialsGrant';
import { pacingOf, rateLimiterFor, weightOf } from './apiClientPacing';
import type { ClientPacing } from './apiClientPacing';
import { isCancelled, pauseUnlessCancelled, signalOf } from './cancellation';
import { FRONT_END_HTML, cippError, describeStatus, statusError } from './errors';
import type { CippErrorDetails } from './errors';
import { parseBody } from './responseBody';
import type { ParsedBody } from './responseBody';
import { runningN8nUnsupported } from './n8nSupport';
import { DEFAULT_RETRY, isRetryableNetworkError, isRetryableStatus, nextDelay, parseRetryAfter } from './retryPolicy';
import type { RetrySettings } from './retryPolicy';

/**
 * The only place that talks HTTP to CIPP. Builds the URL from the credential's base URL and a
 * validated endpoint name, waits for the API client's turn under CIPP's rate limit, lets n8n add
 * the token (and refresh it on a 401), reads the body as JSON or text, retries throttling, and
 * turns every failure into a readable NodeApiError.
 */

export type CippContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export const ENDPOINT_NAME = /^[A-Za-z0-9_$]+$/;

/** CIPP actions may run up to 10 minutes (Azure Functions' limit). */
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

export interface CippRequest {
	endpoint: string;
	method: 'GET' | 'POST';
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex?: number;
	timeoutMs?: number;
	retry?: RetrySettings;
	/** Reads may be retried after 502/504 and connection resets; writes may not. */
	isRead?: boolean;
	/** For a $batch call: how many requests it carries (it may count as that many, see the credential). */
	subRequests?: number;
}

export interface CippResponse {
	status: number;
	body: unknown;
	attempts: number;
}

interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

interface ResolvedCredential {
	root: string;
	decrypted: ICredentialsDecrypted;
	pacing: ClientPacing;
}

const credentialCache = new WeakMap<object, Promise<ResolvedCredential>>();
const resolvedCredentials = new WeakMap<object, ResolvedCredential>();
const nodeCache = new WeakMap<object, INode>();

/** The node, copied once per run: n8n's getNode() deep-copies it (all parameters) on every call. */
function nodeOf(context: CippContext): INode {
	let node = nodeCache.get(context);
	if (!node) {
		node = context.getNode();
		nodeCache.set(context, node);
	}
	return node;
}

/**
 * The credential, read and decrypted once per node run and handed to every request of that run
 * (n8n would otherwise read and decrypt it from the database for each request). A token that n8n
 * refreshes after a 401 is written into this same object, so later requests use it too.
 */
async function resolveCredential(context: CippContext): Promise<ResolvedCredential> {
	let pending = credentialCache.get(context);
	if (!pending) {
		pending = context.getCredentials('cippApi').then((data) => {
			const reference = nodeOf(context).credentials?.cippApi;
			const root = cippApiRoot(data.baseUrl);
			const resolved: ResolvedCredential = {
				root,
				decrypted: { id: reference?.id ?? '', name: reference?.name ?? '', type: 'cippApi', data },
				pacing: pacingOf(root, data),
			};
			resolvedCredentials.set(context, resolved);
			return resolved;
		});
		credentialCache.set(context, pending);
		pending.catch(() => credentialCache.delete(context));
	}
	return await pending;
}

/** The values no message may contain: the client secret and the current access token. */
export function credentialSecrets(decrypted: ICredentialsDecrypted): unknown[] {
	return [decrypted.data?.clientSecret, decrypted.data?.accessToken];
}

/**
 * The secrets of the credential this run resolved, read now (a refresh replaces the token in the
 * same object). Empty before the first request: until then no answer could have echoed them.
 */
export function currentSecrets(context: CippContext): unknown[] {
	const resolved = resolvedCredentials.get(context);
	return resolved ? credentialSecrets(resolved.decrypted) : [];
}

function networkCode(error: unknown): string | undefined {
	const candidate = error as {
		code?: unknown;
		httpCode?: unknown;
		cause?: { code?: unknown };
		context?: { code?: unknown };
	};
	for (const code of [candidate.code, candidate.cause?.code, candidate.context?.code, candidate.httpCode]) {
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
	}
	return undefined;
}

function statusOf(error: unknown): number | undefined {
	const candidate = error as { httpCode?: unknown; response?: { status?: unknown } };
	const raw = candidate.httpCode ?? candidate.response?.status;
	const status = Number(raw);
	return Number.isInteger(status) && status > 0 ? status : undefined;
}

export async function cippRequest(this: CippContext, request: CippRequest): Promise<CippResponse> {
	const node = nodeOf(this);
	const { endpoint, itemIndex } = request;
	if (!ENDPOINT_NAME.test(endpoint)) {
		throw cippError(node, {
			message: `'${endpoint}' is not a CIPP endpoint name`,
			description: 'Use the name only (letters, digits, _ or $), e.g. ListUsers; never a URL or a path.',
			itemIndex,
		});
	}
	const unsupported = runningN8nUnsupported(this);
	if (unsupported) throw cippError(node, { ...unsupported, itemIndex });
	let credential: ResolvedCredential;
	try {
		credential = await resolveCredential(this);
	} catch (error) {
		throw cippError(node, { message: (error as Error).message, itemIndex });
	}
	const root = credential.root;
	// Read at throw time: a refresh writes the new token into the same object.
	const fail = (details: Omit<CippErrorDetails, 'secrets'>) =>
		cippError(node, { ...details, secrets: credentialSecrets(credential.decrypted) });
	const url = `${root}/api/${endpoint}`;
	const retry = request.retry ?? DEFAULT_RETRY;
	const isRead = request.isRead ?? request.method === 'GET';
	const timeout = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const limiter = rateLimiterFor(credential.pacing);
	const weight = weightOf(credential.pacing, request.subRequests);
	const signal = signalOf(this);
	// n8n reports a run as canceled (not failed) when the error says "canceled".
	const stopped = (attempts: number, state: 'running' | 'waiting to retry' | 'waiting for its turn under the rate limit') =>
		fail({
			message: `The execution was canceled while ${endpoint} was ${state}`,
			description: 'Nothing more was sent to CIPP for this item.',
			itemIndex,
			endpoint,
			attempts,
		});

	let attempt = 0;
	let waited = 0;
	let refreshedAfter401 = false;
	for (;;) {
		attempt += 1;
		const turn = await limiter.waitForTurn({
			weight,
			retry: attempt > 1,
			maxPauseMs: retry.enabled ? Math.max(0, retry.maxWaitMs - waited) : 0,
			signal,
		});
		if (turn.kind === 'cancelled') {
			throw stopped(attempt - 1, attempt > 1 ? 'waiting to retry' : 'waiting for its turn under the rate limit');
		}
		if (turn.kind === 'pausedTooLong') {
			const seconds = Math.ceil(turn.pauseMs / 1000);
			throw fail({
				message: `CIPP is rate limiting requests (429) for ${endpoint}: this API client must wait ${seconds} second${seconds === 1 ? '' : 's'}, longer than 'Max Retry Time' allows`,
				description:
					"CIPP refused another request of this API client with 429 and said when to come back. Nothing was sent for this item. Raise 'Max Retry Time' in the node's options; if 429s keep coming, lower 'Rate Limit (Requests per Window)' in the credential.",
				httpCode: 429,
				itemIndex,
				endpoint,
				attempts: attempt - 1,
			});
		}
		waited += turn.pausedMs;
		const options: IHttpRequestOptions = {
			method: request.method,
			url,
			qs: request.qs,
			headers: { Accept: 'application/json' },
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			// 401 must throw so n8n refreshes the token and retries once; we read every other status.
			// n8n before about 2.10 ignores `except` and returns the 401 as a response: see below.
			ignoreHttpStatusErrors: { ignore: true, except: [401] },
			// Never follow a redirect: it would send the token to another host.
			disableFollowRedirect: true,
			timeout,
		};
		if (request.method === 'POST') {
			options.body = request.body ?? {};
			options.headers = { ...options.headers, 'Content-Type': 'application/json' };
			options.body = JSON.stringify(options.body);
		}

		const sentToken = credential.decrypted.data?.accessToken;
		let response: RawResponse | undefined;
		let failure: unknown;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(this, 'cippApi', options, {
				credentialsDecrypted: credential.decrypted,
			})) as RawResponse;
		} catch (error) {
			failure = error;
		} finally {
			// A changed token means n8n fetched one before sending: the request left late.
			turn.ticket.answered(credential.decrypted.data?.accessToken !== sentToken);
		}

		if (!response) {
			if (isCancelled(this)) throw stopped(attempt, 'running');
			const status = statusOf(failure);
			const code = networkCode(failure);
			if (status === 401) {
				const { message, description } = describeStatus(401, endpoint, '');
				throw fail({ message, description, httpCode: 401, itemIndex, endpoint, attempts: attempt });
			}
			if (status === undefined && code === undefined) {
				// Raised before any request was sent (the token grant failed): its message is ours.
				const error = failure as NodeApiError;
				throw fail({
					message: error.message,
					description: error.description ?? undefined,
					itemIndex,
					endpoint,
				});
			}
			if (isRetryableNetworkError(code, isRead)) {
				const delay = nextDelay(retry, attempt, waited, undefined);
				if (delay !== undefined) {
					waited += delay;
					if (!(await pauseUnlessCancelled(this, delay))) throw stopped(attempt, 'waiting to retry');
					continue;
				}
			}
			const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
			throw fail({
				message: timedOut
					? `CIPP did not answer ${endpoint} within ${Math.round(timeout / 1000)} seconds${attempt > 1 ? ` (${attempt} attempts)` : ''}`
					: `Could not reach CIPP at ${new URL(root).host} for ${endpoint}${attempt > 1 ? ` after ${attempt} attempts` : ''}`,
				// Network codes stay out of the message: n8n replaces messages containing them.
				description: timedOut
					? "Raise 'Timeout' in the node's options, or check CIPP's status; long CIPP jobs run in the background."
					: `Network error ${code ?? 'unknown'}. Check 'CIPP API URL' in the credential and that n8n can reach it.`,
				itemIndex,
				endpoint,
				attempts: attempt,
			});
		}

		const status = response.statusCode;

		if (status === 401 && !refreshedAfter401) {
			// This n8n returned the 401 instead of refreshing the token (it ignores `except`). Clear
			// the token and send once more: n8n runs the credential's preAuthentication for an empty
			// token, which fetches a new one and persists it. A parallel request of this run that
			// already replaced the token is simply retried with the new one.
			refreshedAfter401 = true;
			const data = credential.decrypted.data;
			if (data && data.accessToken === sentToken) {
				forgetRejectedToken(typeof sentToken === 'string' ? sentToken : '');
				data.accessToken = '';
			}
			continue;
		}

		const contentType = String(response.headers?.['content-type'] ?? '');
		const parsed: ParsedBody = parseBody(response.body, contentType);

		if (status >= 300 && status < 400) {
			const location = String(response.headers?.location ?? '');
			let host = '';
			try {
				host = new URL(location, url).host;
			} catch {
				host = location;
			}
			throw fail({
				message: `CIPP redirected ${endpoint} to ${host || 'another page'} (${status}) instead of answering`,
				description: `${FRONT_END_HTML.description} A redirect usually means the address belongs to the sign-in page or the web front end. The request was not followed, so the token never left the CIPP host.`,
				httpCode: status,
				itemIndex,
				endpoint,
			});
		}

		if (status >= 200 && status < 300) {
			if (parsed.kind === 'html') {
				throw fail({ ...FRONT_END_HTML, httpCode: status, itemIndex, endpoint });
			}
			if (parsed.kind === 'malformedJson') {
				throw fail({
					message: `CIPP sent a response to ${endpoint} that is not valid JSON`,
					description: 'The answer looks cut off. Try again; if it keeps happening, check CIPP\'s logs.',
					httpCode: status,
					body: parsed.value.slice(0, 300),
					itemIndex,
					endpoint,
				});
			}
			return {
				status,
				body: parsed.kind === 'empty' ? undefined : parsed.value,
				attempts: attempt,
			};
		}

		if (isRetryableStatus(status, isRead)) {
			const retryAfter = parseRetryAfter(response.headers?.['retry-after']);
			// CIPP's window is spent for the whole API client: its other requests wait too.
			if (status === 429 && retryAfter !== undefined) limiter.pauseFor(retryAfter);
			const delay = nextDelay(retry, attempt, waited, retryAfter);
			if (delay !== undefined) {
				waited += delay;
				if (!(await pauseUnlessCancelled(this, delay))) throw stopped(attempt, 'waiting to retry');
				continue;
			}
		}

		throw statusError(node, {
			status,
			parsed,
			endpoint,
			itemIndex,
			attempts: attempt,
			secrets: credentialSecrets(credential.decrypted),
		});
	}
}
