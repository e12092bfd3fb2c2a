import { UserError } from 'n8n-workflow';

import { tryParseUrl } from '../cippApiUrl';

/** Where the client-credentials grant is sent, per Microsoft cloud. */

export const AUTHORITY_HOSTS = {
	global: 'https://login.microsoftonline.com',
	usGov: 'https://login.microsoftonline.us',
	china: 'https://login.chinacloudapi.cn',
} as const;

export type AuthorityChoice = keyof typeof AUTHORITY_HOSTS | 'custom';

export interface TokenEndpointSettings {
	authority?: unknown;
	customAuthority?: unknown;
	tenantId?: unknown;
}

function isKnownAuthority(value: unknown): value is keyof typeof AUTHORITY_HOSTS {
	return typeof value === 'string' && Object.prototype.hasOwnProperty.call(AUTHORITY_HOSTS, value);
}

/** Builds `<authority>/<tenant>/oauth2/v2.0/token`, or throws an error that names the field to fix. */
export function tokenEndpointUrl(settings: TokenEndpointSettings): string {
	const tenant = typeof settings.tenantId === 'string' ? settings.tenantId.trim() : '';
	if (tenant === '') {
		throw new UserError(
			"The credential's 'Tenant ID' is empty. Enter the ID or primary domain of your partner tenant (the tenant that owns the CIPP API client).",
		);
	}
	if (/[\s/?#]/.test(tenant)) {
		throw new UserError(
			`The credential's 'Tenant ID' contains spaces or URL characters. Enter only the tenant's GUID or its domain, e.g. contoso.onmicrosoft.com.`,
		);
	}

	let base: string;
	const choice = settings.authority ?? 'global';
	if (choice === 'custom') {
		const custom = typeof settings.customAuthority === 'string' ? settings.customAuthority.trim() : '';
		const parsed = tryParseUrl(custom);
		if (!parsed) {
			throw new UserError(
				"The credential's 'Token Endpoint Base URL' is not a valid URL. Enter the authority host, e.g. https://login.microsoftonline.com.",
			);
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
			throw new UserError("The credential's 'Token Endpoint Base URL' must start with https://.");
		}
		base = `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
	} else if (isKnownAuthority(choice)) {
		base = AUTHORITY_HOSTS[choice];
	} else {
		throw new UserError(`The credential's 'Authority' has an unknown value. Pick one of the listed clouds.`);
	}
	return `${base}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
}

/** The scope to request: the one configured, or CIPP's convention `api://<client id>/.default`. */
export function effectiveScope(scope: unknown, clientId: string): string {
	const configured = typeof scope === 'string' ? scope.trim() : '';
	return configured !== '' ? configured : `api://${clientId}/.default`;
}
