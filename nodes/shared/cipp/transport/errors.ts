import { NodeApiError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import { redactSecrets } from '../../../../credentials/redact';
import { bodyText } from './responseBody';
import type { ParsedBody } from './responseBody';

/**
 * Every CIPP failure becomes a fresh NodeApiError built from plain text: never a wrapped HTTP
 * library error, whose request config would carry the Authorization header. Messages and
 * descriptions pass through `redactSecrets` as a last guard.
 */

export interface CippErrorDetails {
	message: string;
	description?: string;
	httpCode?: number | string;
	itemIndex?: number;
	/** CIPP's own body text, kept for the error's context. */
	body?: string;
	secrets?: ReadonlyArray<unknown>;
	endpoint?: string;
	attempts?: number;
}

export function cippError(node: INode, details: CippErrorDetails): NodeApiError {
	const secrets = details.secrets ?? [];
	const message = redactSecrets(details.message, secrets);
	const description = details.description ? redactSecrets(details.description, secrets) : undefined;
	const httpCode = details.httpCode === undefined ? undefined : String(details.httpCode);
	const response: JsonObject = { message };
	if (description) response.description = description;
	if (httpCode) response.httpCode = httpCode;
	const error = new NodeApiError(node, response, {
		message,
		description,
		httpCode,
		itemIndex: details.itemIndex,
	});
	if (details.body !== undefined) error.context.cippResponse = redactSecrets(details.body, secrets);
	if (details.endpoint) error.context.endpoint = details.endpoint;
	if (details.attempts !== undefined) error.context.attempts = details.attempts;
	return error;
}

/**
 * CIPP's router answers a name it has no handler for with 404 and exactly this text
 * (New-CippCoreRequest, 10.8.2). A handler's own 404 ("Alert item not found") says something else.
 */
export const MISSING_ENDPOINT_TEXT = 'Endpoint not found';

export function isMissingEndpointAnswer(status: number | string | undefined, text: unknown): boolean {
	return String(status) === '404' && typeof text === 'string' && text.trim().replace(/^"|"$/g, '') === MISSING_ENDPOINT_TEXT;
}

/** What to tell the user for a CIPP HTTP status. */
export function describeStatus(
	status: number,
	endpoint: string,
	text: string,
): { message: string; description: string } {
	const said = text ? `: ${text}` : '';
	switch (status) {
		case 400:
			return {
				message: `CIPP rejected the ${endpoint} request (400)${said}`,
				description: 'CIPP says the request is missing a field or has an invalid value. Check the fields named above.',
			};
		case 401:
			return {
				message: `CIPP did not accept the access token (401) for ${endpoint}`,
				description:
					"A token was issued but CIPP's sign-in layer refused it. In CIPP > Integrations > CIPP-API check that the API client is enabled and that 'Save to Azure' was run after creating it (CIPP restarts for about a minute), and that 'API Scope' is empty or api://<client id>/.default.",
			};
		case 403:
			return {
				message: `CIPP refused ${endpoint} (403)${said}`,
				description:
					"CIPP answers 403 both for missing permissions and for Microsoft Graph or Exchange errors; the text above says which. If it names a permission, give the API client a CIPP role that includes it (CIPP > Integrations > CIPP-API).",
			};
		case 404:
			if (text !== '' && !isMissingEndpointAnswer(404, text)) {
				// The endpoint exists: its handler did not find what the request names.
				return {
					message: `CIPP answered ${endpoint} with 404 (not found)${said}`,
					description: 'The endpoint exists, but CIPP did not find what the request names (an ID, a name or a template). Check those values.',
				};
			}
			return {
				message: `CIPP has no endpoint named ${endpoint} (404)${said}`,
				description:
					"Your CIPP may be older than this endpoint (check its version with the CIPP node's 'Get Version'), or 'CIPP API URL' points at another service.",
			};
		case 429:
			return {
				message: `CIPP is rate limiting requests (429) for ${endpoint}${said}`,
				description:
					"Raise 'Max Retry Time' in the node's options. If 429s keep coming, something else shares this API client (another n8n process or tool): lower 'Rate Limit (Requests per Window)' in the credential.",
			};
		case 503:
			return {
				message: `CIPP is unavailable (503) for ${endpoint}${said}`,
				description: text.toLowerCase().includes('disabled')
					? 'This feature is switched off in CIPP (Settings > Feature Flags).'
					: 'CIPP (Azure Functions) may be starting or overloaded. Try again later.',
			};
		default:
			if (status >= 500) {
				return {
					message: `CIPP failed to process ${endpoint} (${status})${said}`,
					description: 'The text above is the error CIPP reported.',
				};
			}
			return { message: `CIPP answered ${endpoint} with HTTP ${status}${said}`, description: 'See the text CIPP sent.' };
	}
}

export interface StatusAnswer {
	status: number;
	parsed: ParsedBody;
	endpoint: string;
	itemIndex?: number;
	/** Attempts made, when more than one: the message says so. */
	attempts?: number;
	secrets?: ReadonlyArray<unknown>;
}

/**
 * The error for a CIPP answer with a failure status. A single request and an item of a $batch
 * call get the same error for the same answer.
 */
export function statusError(node: INode, answer: StatusAnswer): NodeApiError {
	const { status, parsed, attempts } = answer;
	const text = parsed.kind === 'html' ? '' : bodyText(parsed);
	const described = parsed.kind === 'html' ? FRONT_END_HTML : describeStatus(status, answer.endpoint, text);
	const retried = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : '';
	return cippError(node, {
		message: `${described.message}${retried}`,
		description: described.description,
		httpCode: status,
		body: text,
		itemIndex: answer.itemIndex,
		endpoint: answer.endpoint,
		attempts,
		secrets: answer.secrets,
	});
}

export const FRONT_END_HTML = {
	message: "The 'CIPP API URL' points at the CIPP web front end, not its API",
	description:
		"CIPP answered with a web page instead of JSON. In the credential, use the API URL shown in CIPP > Integrations > CIPP-API (for classic deployments this is the Function App, https://<name>.azurewebsites.net), not the address you open in the browser.",
};
