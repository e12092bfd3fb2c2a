import { timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Checks an incoming notification against the authentication CIPP is set to send
 * (Settings > Notifications): none, a bearer token, basic auth, or a named header.
 */

export type WebhookAuth = 'none' | 'bearer' | 'basic' | 'header';

export interface WebhookAuthSettings {
	type: WebhookAuth;
	token?: string;
	username?: string;
	password?: string;
	headerName?: string;
	headerValue?: string;
}

function same(actual: string, expected: string): boolean {
	const a = Buffer.from(actual);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

function header(headers: IDataObject, name: string): string {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '';
}

/** Returns undefined when the request may pass, otherwise why it may not (never echoing secrets). */
export function rejectReason(headers: IDataObject, settings: WebhookAuthSettings): string | undefined {
	switch (settings.type) {
		case 'none':
			return undefined;
		case 'bearer': {
			const expected = settings.token ?? '';
			if (expected === '') return 'the node has no bearer token configured';
			const given = header(headers, 'authorization');
			return /^Bearer\s+/i.test(given) && same(given.replace(/^Bearer\s+/i, ''), expected) ? undefined : 'missing or wrong bearer token';
		}
		case 'basic': {
			const given = header(headers, 'authorization');
			if (!/^Basic\s+/i.test(given)) return 'missing basic authentication';
			const decoded = Buffer.from(given.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
			const expected = `${settings.username ?? ''}:${settings.password ?? ''}`;
			return same(decoded, expected) ? undefined : 'wrong user name or password';
		}
		case 'header': {
			const name = (settings.headerName ?? '').trim();
			if (name === '' || (settings.headerValue ?? '') === '') return 'the node has no header name or value configured';
			return same(header(headers, name), settings.headerValue ?? '') ? undefined : `missing or wrong ${name} header`;
		}
		default:
			return 'unknown authentication type';
	}
}

/** The checks a CIPP Webhook Auth credential asks for. */
export function settingsFromCredential(data: IDataObject): WebhookAuthSettings {
	const type = data.authType === 'basic' ? 'basic' : data.authType === 'header' ? 'header' : 'bearer';
	return {
		type,
		token: String(data.token ?? ''),
		username: String(data.username ?? ''),
		password: String(data.password ?? ''),
		headerName: String(data.headerName ?? ''),
		headerValue: String(data.headerSecret ?? ''),
	};
}

/** What is missing from a credential's settings, or undefined when they are complete. */
export function incompleteSettings(settings: WebhookAuthSettings): string | undefined {
	switch (settings.type) {
		case 'bearer':
			return settings.token ? undefined : "'Token' is empty";
		case 'basic':
			return settings.username && settings.password ? undefined : "'User Name' and 'Password' are both needed";
		case 'header':
			return settings.headerName?.trim() && settings.headerValue ? undefined : "'Header Name' and 'Header Value' are both needed";
		default:
			return undefined;
	}
}
