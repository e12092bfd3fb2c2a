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

interface Advice {
	cause: string;
	fix: string;
}

const ADVICE: Record<number, Advice> = {
	7000215: {
		cause: 'the client secret is not valid',
		fix: "This usually means the secret's ID was pasted instead of its value. In CIPP > Integrations > CIPP-API, reset the API client's secret, copy the secret value (shown only once) and paste it into 'Client Secret'.",
	},
	7000222: {
		cause: 'the client secret has expired',
		fix: "Create a new secret for the API client (CIPP > Integrations > CIPP-API, reset secret), then paste the new value into 'Client Secret'.",
	},
	700016: {
		cause: 'the application was not found in that tenant',
		fix: "Check 'Application (Client) ID', and check that 'Tenant ID' is your partner tenant, the one where the CIPP API client was created (not a customer tenant).",
	},
	90002: {
		cause: 'the tenant was not found',
		fix: "Check 'Tenant ID': use your partner tenant's ID (a GUID) or its primary domain. For US Government or China tenants, pick the matching 'Authority'.",
	},
	900023: {
		cause: 'the tenant identifier is malformed',
		fix: "Enter the partner tenant's ID (a GUID like 00000000-0000-0000-0000-000000000000) or its domain (contoso.onmicrosoft.com) in 'Tenant ID'.",
	},
	500011: {
		cause: 'the API resource was not found: the CIPP API app has no Application ID URI matching the scope',
		fix: "In the Entra admin center, open App registrations > the CIPP API client > Expose an API and set the Application ID URI to api://<client id> (CIPP can repair it from CIPP > Integrations > CIPP-API). If you set 'API Scope', check it names that URI.",
	},
	70011: {
		cause: 'the requested scope is not valid',
		fix: "Leave 'API Scope' empty to use api://<client id>/.default, or enter a scope that ends in /.default.",
	},
	1002012: {
		cause: 'the requested scope is not valid',
		fix: "Leave 'API Scope' empty to use api://<client id>/.default, or enter a scope that ends in /.default.",
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

export function explainTokenError(status: number, body: TokenErrorBody | undefined): ExplainedTokenError {
	const safeBody = body ?? {};
	const code = errorCodeOf(safeBody);
	const detail = firstLine(safeBody.error_description);
	const errorName = typeof safeBody.error === 'string' ? safeBody.error : '';
	const trace = typeof safeBody.trace_id === 'string' ? ` (trace ID ${safeBody.trace_id})` : '';
	const advice = code !== undefined ? ADVICE[code] : undefined;
	if (advice) {
		return {
			code,
			message: `Microsoft Entra ID refused the token request: ${advice.cause} (AADSTS${code})`,
			description: `${advice.fix}\n\nEntra said: ${detail || errorName}${trace}`,
		};
	}
	const said = [errorName, detail].filter((part) => part !== '').join(': ');
	return {
		code,
		message: `Microsoft Entra ID refused the token request (HTTP ${status})${said ? `: ${said}` : ''}`,
		description: `Check 'Tenant ID', 'Application (Client) ID', 'Client Secret' and 'API Scope'.${trace}`,
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
