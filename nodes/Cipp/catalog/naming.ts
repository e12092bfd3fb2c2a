/** Plain-word names for endpoints and fields that have no curated name, and what a list endpoint is. */

/** CIPP's list endpoints: their names start with List (or list); they offer Return All / Limit. */
export const LIST_PREFIXES = ['List', 'list'] as const;

export function isListEndpoint(name: string): boolean {
	return LIST_PREFIXES.some((prefix) => name.startsWith(prefix));
}

const ACRONYMS = new Set([
	'API', 'BPA', 'CA', 'CAS', 'CIPP', 'CPV', 'CSP', 'CVE', 'DEP', 'DKIM', 'DLP', 'DNS', 'GAL', 'GDAP', 'GUID',
	'HIBP', 'HVE', 'ID', 'IP', 'JIT', 'LAPS', 'MDE', 'MDO', 'MFA', 'MSP', 'OOO', 'PSA', 'SAM', 'SIT', 'SPN',
	'SPO', 'SSO', 'TAP', 'TVM', 'UPN', 'URL', 'VPP', 'AP', 'OAuth', 'OoO',
]);

const VERB_PREFIXES: Record<string, string> = { Exec: '', Invoke: '' };

/** Splits `ExecResetPass` → [Exec, Reset, Pass], `ListBPATemplates` → [List, BPA, Templates]. */
export function splitWords(name: string): string[] {
	const cleaned = name.replace(/[^A-Za-z0-9]+/g, ' ');
	const words = cleaned.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g) ?? [name];
	return words.filter((word) => word !== '');
}

function titleWord(word: string): string {
	const upper = word.toUpperCase();
	if (ACRONYMS.has(upper)) return upper === 'OAUTH' ? 'OAuth' : upper;
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `ExecResetPass` → `Reset Pass`, `ListUsers` → `List Users`, `listStandardTemplates` → `List Standard Templates`. */
export function operationNameFor(endpoint: string): string {
	const words = splitWords(endpoint);
	const first = titleWord(words[0]);
	const rest = words.slice(1).map(titleWord);
	if (first in VERB_PREFIXES && rest.length > 0) return rest.join(' ');
	return [first, ...rest].join(' ');
}

/** `userPrincipalName` → `User Principal Name`, `$filter` → `Filter`. */
export function fieldNameFor(field: string): string {
	return splitWords(field).map(titleWord).join(' ');
}

/** Sentence case for n8n's `action` text: `Reset Password` → `Reset password`. */
export function sentenceCase(text: string): string {
	const words = text.split(' ');
	return words
		.map((word, index) => (index === 0 || ACRONYMS.has(word.toUpperCase()) ? word : word.toLowerCase()))
		.join(' ');
}
