/**
 * The shape of `analysis.json`: for every CIPP HTTP handler, the request fields it reads and each
 * use of them, with the line (and, inside a helper, the file) where the use happens.
 */

export type UseKind =
	/** `.value` / `.label` / `.addedFields.X` read: `members` says which. */
	| 'value'
	/** Tested for truthiness: `if ($X)`, `-not $X`, `$X -and ...`. */
	| 'truthy'
	/** `[string]::IsNullOrEmpty($X)` and friends, when no early exit follows. */
	| 'presence'
	/** `[bool]$X`, `[int]$X`, `$X -as [int]`: `cast` names the type. */
	| 'cast'
	/** `-eq`, `-in`, `-like`, ...: `operator`, and `literals` when the other side is literal. */
	| 'compare'
	/** `switch ($X)`: `labels`, `mode` for `-Regex`/`-Wildcard`. */
	| 'switch'
	/** `foreach`, `ForEach-Object`, `Where-Object`, `.Count`, `-join`, `-contains`. */
	| 'iterate'
	| 'split'
	| 'jsonParse'
	| 'jsonSerialize'
	/** Sub-properties read: `members`. */
	| 'members'
	/** Members enumerated by reflection (`.PSObject.Properties`, `.Keys`). */
	| 'reflect'
	/** Interpolated into a string that looks like a Graph or REST URL. */
	| 'url'
	/** Missing value stops the handler (check with return/throw/400), or a mandatory helper parameter. */
	| 'required'
	/** Passed to a function of the checkout: `helper`, `parameter` and its declared types. */
	| 'helper'
	/** Stored in a variable (`variable`) whose own uses are recorded too. */
	| 'assign'
	/** Whole body: stored in a hashtable or object property (a table entity, a task). */
	| 'stored'
	/** Whole body: splatted into a command. */
	| 'splat'
	/** Whole body: a member named at run time (`$Request.Body.$Name`). */
	| 'dynamic'
	/** Whole body: filtered with Select-Object. */
	| 'select'
	/** Read, with nothing more telling about its kind. */
	| 'read';

export interface UseDetail {
	use: UseKind;
	members?: string[];
	cast?: string;
	operator?: string;
	literals?: string[];
	labels?: string[];
	mode?: string;
	/** switch: a `default` clause takes the other values. */
	hasDefault?: true;
	negated?: true;
	/** required: one of several fields checked together (`if (!$A -and !$B) { return }`). */
	oneOf?: true;
	/** required: the check sits inside another branch (an if/else block, a switch clause). */
	conditional?: true;
	helper?: string;
	parameter?: string;
	parameterTypes?: string[];
	mandatory?: true;
	validateSet?: string[];
	/** value: read as `$X.value ?? $X`, so a plain value works too. */
	acceptsPlain?: true;
	variable?: string;
	command?: string;
}

export interface FieldUse extends UseDetail {
	line: number;
	/** Set when the use is inside a helper: the helper's file, relative to the checkout. */
	file?: string;
	/** The helpers called to get there, outermost first. */
	via?: string[];
	/** Where below the field: `enabled` for `$Request.Body.Scheduled.enabled`; `*` is each element. */
	path?: string;
}

export interface FieldAnalysis {
	in: Array<'body' | 'query'>;
	uses: FieldUse[];
}

export interface EndpointAnalysis {
	/** Below `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`. */
	handler: string;
	/** The methods the handler branches on (`$Request.Method`). */
	methods?: string[];
	wholeBody?: FieldUse[];
	wholeQuery?: FieldUse[];
	fields: Record<string, FieldAnalysis>;
}

export interface Analysis {
	cipp: { version: string; commit?: string };
	endpoints: Record<string, EndpointAnalysis>;
	/** Handlers that could not be read, with the reason. */
	failures?: Record<string, string>;
}

function isPrimitive(value: unknown): boolean {
	return value === null || typeof value !== 'object';
}

/** An object of primitives (or arrays of them), such as one use: written on one line. */
function isFlat(value: object): boolean {
	return Object.values(value).every((member) => isPrimitive(member) || (Array.isArray(member) && member.every(isPrimitive)));
}

function render(value: unknown, indent: string): string {
	if (isPrimitive(value)) return JSON.stringify(value);
	const inner = `${indent}\t`;
	if (Array.isArray(value)) {
		if (value.every(isPrimitive)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
		return `[\n${value.map((item) => `${inner}${render(item, inner)}`).join(',\n')}\n${indent}]`;
	}
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, member]) => member !== undefined)
		.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
	if (!entries.length) return '{}';
	if (isFlat(value as object)) return `{ ${entries.map(([key, member]) => `${JSON.stringify(key)}: ${render(member, inner)}`).join(', ')} }`;
	return `{\n${entries.map(([key, member]) => `${inner}${JSON.stringify(key)}: ${render(member, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * Sorted keys, tab indentation, one line per use (an object of plain values), a final newline: the
 * same analysis always gives the same bytes, and a changed use changes one line.
 */
export function stableJson(value: unknown): string {
	return `${render(value, '')}\n`;
}
