/**
 * CIPP's bodies are JSON even when labelled text/plain (some handlers return pre-serialised
 * strings), and plain text for router errors. Read every body as JSON first, then as text.
 */

export type ParsedBody =
	| { kind: 'json'; value: unknown }
	| { kind: 'text'; value: string }
	| { kind: 'html'; value: string }
	| { kind: 'malformedJson'; value: string }
	| { kind: 'empty' };

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function parseBody(raw: unknown, contentType: string | undefined): ParsedBody {
	if (raw === undefined || raw === null) return { kind: 'empty' };
	if (typeof raw !== 'string') {
		return Buffer.isBuffer(raw) ? parseBody(raw.toString('utf8'), contentType) : { kind: 'json', value: raw };
	}
	const text = raw;
	if (text.trim() === '') return { kind: 'empty' };
	if (HTML_START.test(text) || (contentType ?? '').toLowerCase().includes('text/html')) {
		return { kind: 'html', value: text };
	}
	try {
		return { kind: 'json', value: JSON.parse(text) as unknown };
	} catch {
		const looksJson = /^\s*[[{]/.test(text) || (contentType ?? '').toLowerCase().includes('json');
		return looksJson ? { kind: 'malformedJson', value: text } : { kind: 'text', value: text };
	}
}

/** The readable text of a body, for error messages (trimmed to a sensible length). */
export function bodyText(parsed: ParsedBody, max = 600): string {
	let text: string;
	switch (parsed.kind) {
		case 'empty':
			return '';
		case 'json': {
			const value = parsed.value;
			if (typeof value === 'string') text = value;
			else if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) text = value.join('; ');
			else if (value && typeof value === 'object') text = messageFromObject(value as Record<string, unknown>);
			else text = String(value);
			break;
		}
		default:
			text = parsed.value;
	}
	text = text.trim();
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

function messageFromObject(value: Record<string, unknown>): string {
	for (const key of ['Results', 'results', 'error', 'Error', 'message', 'Message']) {
		const found = value[key];
		if (typeof found === 'string') return found;
		if (Array.isArray(found)) {
			return found
				.map((entry) =>
					typeof entry === 'string'
						? entry
						: entry && typeof entry === 'object'
							? String((entry as Record<string, unknown>).resultText ?? JSON.stringify(entry))
							: String(entry),
				)
				.join('; ');
		}
		if (found && typeof found === 'object') {
			const nested = found as Record<string, unknown>;
			if (typeof nested.resultText === 'string') return nested.resultText;
			if (typeof nested.message === 'string') return nested.message;
		}
	}
	return JSON.stringify(value);
}
