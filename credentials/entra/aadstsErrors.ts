/**
 * Turns a failed Entra ID token response into a message a person can act on.
 * Entra answers with `{ error, error_description, error_codes: [n], trace_id, correlation_id, ... }`;
 * the description starts with `AADSTS<code>: ...` followed by trace lines we do not need.
 */

export interface TokenErrorBody {
	error?: unknown;
	error_description?: unknown;
	error_codes?: unknown;
	trace_id?: unknown;
	correlation_id?: unknown;
}

export interface ExplainedTokenError {
	message: string;
	description: string;
	code?: number;
}

/**
 * What went wrong and what to do. `fix` is short and goes into the message, because n8n's
 * credential test shows only the message. `steps` say where to do it: in CIPP when the credential
 * is used for CIPP's API, in the Entra admin center when it is used for another Entra-protected API.
 */
interface Advice {
	cause: string;
	fix: string;
	steps?: { cipp: string; other: string };
}

const NEW_SECRET = {
	cipp: "In CIPP > Integrations > CIPP-API, reset the API client's secret and copy the value it shows (only once).",
	other:
		"In the Entra admin center open App registrations > the app > Certificates & secrets, add a client secret and copy its 'Value' column (shown only once), not its 'Secret ID'.",
};

const ADVICE: Record<number, Advice> = {
	7000215: {
		cause: 'the client secret is not valid',
		fix: "The secret's ID was probably pasted instead of its value: paste the secret's value into 'Client Secret'.",
		steps: NEW_SECRET,
	},
	7000222: {
		cause: 'the client secret has expired',
		fix: "Create a new secret and paste its value into 'Client Secret'.",
		steps: NEW_SECRET,
	},
	700016: {
		cause: 'the application was not found in that tenant',
		fix: "Check 'Client ID', and that 'Tenant ID' is the tenant where the app is registered.",
		steps: {
			cipp: "For CIPP that is your partner tenant, where the CIPP API client was created (not a customer tenant); the Client ID is shown in CIPP > Integrations > CIPP-API.",
			other: 'The Client ID is the Application (client) ID on the app\'s overview page in the Entra admin center.',
		},
	},
	90002: {
		cause: 'the tenant was not found',
		fix: "Check 'Tenant ID': use the tenant's ID (a GUID) or its primary domain. For US Government or China tenants, pick the matching 'Authority'.",
	},
	900023: {
		cause: 'the tenant identifier is malformed',
		fix: "Enter the tenant's ID (a GUID like 00000000-0000-0000-0000-000000000000) or its domain (contoso.onmicrosoft.com) in 'Tenant ID'.",
	},
	500011: {
		cause: 'the API resource was not found: no app exposes the requested scope',
		fix: "Check 'API Scope'.",
		steps: {
			cipp: "Leave 'API Scope' empty for CIPP. If it is empty, the CIPP API app lacks the Application ID URI api://<client id>: set it under App registrations > the app > Expose an API, or let CIPP repair it in CIPP > Integrations > CIPP-API.",
			other: "'API Scope' must be the API's Application ID URI followed by /.default, e.g. https://apps.azureiotcentral.com/.default, and the API must be reachable from your tenant.",
		},
	},
	70011: {
		cause: 'the requested scope is not valid',
		fix: "Enter a scope that ends in /.default in 'API Scope' (leave it empty for CIPP).",
	},
	1002012: {
		cause: 'the requested scope is not valid',
		fix: "Enter a scope that ends in /.default in 'API Scope' (leave it empty for CIPP).",
	},
};

function firstLine(value: unknown): string {
	if (typeof value !== 'string') return '';
	return value.split(/\r?\n/)[0].trim();
}

function errorCodeOf(body: TokenErrorBody): number | undefined {
	if (Array.isArray(body.error_codes) && typeof body.error_codes[0] === 'number') {
		return body.error_codes[0];
	}
	const match = /AADSTS(\d+)/.exec(typeof body.error_description === 'string' ? body.error_description : '');
	return match ? Number(match[1]) : undefined;
}

/** `forCipp`: the token is for CIPP's API (the default scope), so advice may point into CIPP. */
export function explainTokenError(status: number, body: TokenErrorBody | undefined, forCipp = true): ExplainedTokenError {
	const safeBody = body ?? {};
	const code = errorCodeOf(safeBody);
	const detail = firstLine(safeBody.error_description);
	const errorName = typeof safeBody.error === 'string' ? safeBody.error : '';
	const trace = typeof safeBody.trace_id === 'string' ? ` (trace ID ${safeBody.trace_id})` : '';
	const advice = code !== undefined ? ADVICE[code] : undefined;
	if (advice) {
		const steps = advice.steps ? `${forCipp ? advice.steps.cipp : advice.steps.other}\n\n` : '';
		return {
			code,
			message: `Microsoft Entra ID refused the token request: ${advice.cause} (AADSTS${code}). ${advice.fix}`,
			description: `${steps}Entra said: ${detail || errorName}${trace}`,
		};
	}
	const said = [errorName, detail].filter((part) => part !== '').join(': ');
	return {
		code,
		message: `Microsoft Entra ID refused the token request (HTTP ${status})${said ? `: ${said}` : ''}`,
		description: `Check 'Tenant ID', 'Client ID', 'Client Secret' and 'API Scope'.${trace}`,
	};
}

/** Network failure before any HTTP answer (DNS, refused, reset, timeout). */
export function explainUnreachableTokenEndpoint(url: string, code: string | undefined): ExplainedTokenError {
	let host = url;
	try {
		host = new URL(url).host;
	} catch {
		// keep the raw string; it never contains a secret
	}
	// The network code goes in the description: n8n replaces messages that contain codes such
	// as ECONNREFUSED with generic text.
	return {
		message: `Could not reach the Microsoft Entra ID token endpoint at ${host}`,
		description: `${code ? `Network error ${code}. ` : ''}Check the credential's 'Authority' (and 'Token Endpoint Base URL' for a custom one), and that this n8n instance can make outbound HTTPS requests to it.`,
	};
}
