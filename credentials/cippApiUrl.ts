/**
 * The CIPP API base URL as users paste it: with or without a trailing `/`, `/api` or `/api/`.
 * Everything that talks to CIPP goes through `cippApiRoot()` so those variants behave the same.
 */

const TRAILING_SLASHES = /\/+$/;
const TRAILING_API_SEGMENT = /\/api$/i;

export function tryParseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

/** Returns the origin-plus-path that `/api/<Endpoint>` is appended to, or throws a readable error. */
export function cippApiRoot(rawUrl: unknown): string {
	const text = typeof rawUrl === 'string' ? rawUrl.trim() : '';
	if (text === '') {
		throw new Error(
			"The credential's 'CIPP API URL' is empty. Copy the API URL from CIPP > Integrations > CIPP-API.",
		);
	}
	const parsed = tryParseUrl(text);
	if (!parsed) {
		throw new Error(
			`The credential's 'CIPP API URL' is not a valid URL. Enter it like https://cipp-xxxx.azurewebsites.net.`,
		);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw new Error(`The credential's 'CIPP API URL' must start with https:// (got ${parsed.protocol}).`);
	}
	if (parsed.search !== '' || parsed.hash !== '') {
		throw new Error(`The credential's 'CIPP API URL' must not contain a query string or fragment.`);
	}
	const path = parsed.pathname.replace(TRAILING_SLASHES, '').replace(TRAILING_API_SEGMENT, '');
	return `${parsed.origin}${path.replace(TRAILING_SLASHES, '')}`;
}

/**
 * The same normalisation as an n8n expression, for the declarative credential test request
 * (which cannot call our code). Kept next to `cippApiRoot` so the two stay in step; a test
 * evaluates both over the same inputs.
 */
export const CIPP_API_ROOT_EXPRESSION =
	"={{ String($credentials.baseUrl || '').trim().replace(/\\/+$/, '').replace(/\\/api$/i, '').replace(/\\/+$/, '') }}";
