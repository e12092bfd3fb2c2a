/**
 * Reads what CIPP posted, also when it is not clean JSON. CIPP builds webhook bodies by text
 * replacement, and bodies seen in the field carry a prose line before the JSON, or empty values
 * such as `"addedFields": ,`. A notification that passed authentication should still start the
 * workflow, so the body is repaired where that is safe and handed over as text otherwise.
 */

/** Larger bodies are refused with 413 before anything is parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyReading = 'json' | 'repaired' | 'unparsed';

export interface ReadBody {
	body: unknown;
	/** How the body was read: as sent, after repair, or not at all (then `body` is the text). */
	reading: BodyReading;
	/** The text as received, when it was not valid JSON. */
	rawText?: string;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

/** The JSON part of a text with something before or after it: from the first `{`/`[` to its last closer. */
function jsonPart(text: string): string | undefined {
	const start = text.search(/[{[]/);
	if (start < 0) return undefined;
	const closer = text[start] === '{' ? '}' : ']';
	const end = text.lastIndexOf(closer);
	return end > start ? text.slice(start, end + 1) : undefined;
}

/** Empty values (`"a": ,` or `"a": }`) become null, and trailing commas go. Strings are left alone. */
function fillEmptyValues(json: string): string {
	const closerAhead = /\s*([,}\]])/y;
	let result = '';
	let inString = false;
	for (let index = 0; index < json.length; index += 1) {
		const char = json[index];
		result += char;
		if (inString) {
			if (char === '\\') {
				result += json[index + 1] ?? '';
				index += 1;
			} else if (char === '"') inString = false;
			continue;
		}
		if (char === '"') inString = true;
		if (char !== ':' && char !== ',') continue;
		closerAhead.lastIndex = index + 1;
		const next = closerAhead.exec(json)?.[1];
		if (char === ':' && next) result += ' null';
		if (char === ',' && (next === '}' || next === ']')) result = result.slice(0, -1);
	}
	return result;
}

/** `parsed` is what n8n parsed (an object for JSON, a string for text/plain); `text` is the raw body. */
export function readNotificationBody(parsed: unknown, text: string | undefined): ReadBody {
	if (parsed !== null && typeof parsed === 'object' && Object.keys(parsed).length > 0) return { body: parsed, reading: 'json' };
	const received = typeof parsed === 'string' ? parsed : (text ?? '');
	if (received.trim() === '') return { body: {}, reading: 'json' };
	const whole = parse(received);
	if (whole.ok) return { body: whole.value, reading: 'json' };
	const part = jsonPart(received) ?? received;
	for (const candidate of [part, fillEmptyValues(part)]) {
		const attempt = parse(candidate);
		if (attempt.ok && attempt.value !== null && typeof attempt.value === 'object') {
			return { body: attempt.value, reading: 'repaired', rawText: received };
		}
	}
	return { body: received, reading: 'unparsed', rawText: received };
}
