/**
 * From the accesses of `$Request` in each handler to `analysis.json`: request fields (merged
 * case-insensitively, as CIPP matches them), their uses, whole-body uses and the methods branched on.
 */
import type { Analysis, EndpointAnalysis, FieldAnalysis, FieldUse, UseDetail } from './analysisTypes';
import type { FunctionIndex } from './functionIndex';
import { Analyzer, type Access } from './scan';
import { PARSED_JSON } from './variables';

export const HTTP_FUNCTIONS = 'Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions';

/**
 * CIPP's plumbing: the Graph, Exchange, table-storage, logging and access-check functions nearly
 * every handler calls. Their insides are the same whichever endpoint calls them (and would repeat
 * the tenant's path through them in every handler), so their calls are recorded but not entered.
 */
export const PLUMBING_HELPERS: readonly string[] = [
	'New-GraphGetRequest', 'New-GraphPOSTRequest', 'New-GraphBulkRequest', 'New-ExoRequest', 'New-ExoBulkRequest',
	'New-TeamsRequest', 'New-ClassicAPIGetRequest', 'New-ClassicAPIPostRequest', 'Write-LogMessage', 'Write-AlertMessage',
	'Get-CIPPTable', 'Get-CIPPAzDataTableEntity', 'Add-CIPPAzDataTableEntity', 'Remove-AzDataTableEntity',
	'Get-Tenants', 'Test-CIPPAccess', 'ConvertTo-CIPPODataFilterValue', 'Get-CIPPTextReplacement',
];

export interface AnalysisStats {
	handlers: number;
	fields: number;
	usesByKind: Record<string, number>;
	helperCallsFollowed: number;
	helpersEntered: number;
	failures: number;
}

/**
 * Whole-body uses worth recording: the body handed on, stored, serialized, filtered, enumerated or
 * read by a computed name. (Copying it to a variable, a cast or a test of it say nothing.)
 */
const WHOLE_BODY_USES = new Set(['helper', 'stored', 'jsonSerialize', 'jsonParse', 'splat', 'select', 'reflect', 'iterate', 'dynamic', 'required']);

function fieldUse(detail: UseDetail, access: Access, subPath: string[]): FieldUse {
	const use: FieldUse = { ...detail, line: access.line };
	if (access.via.length) {
		use.file = access.file;
		use.via = access.via;
	}
	if (subPath.length) use.path = subPath.join('.');
	return use;
}

/**
 * The member read below a field by this access itself (`ownFrom`: the first position in `subPath`
 * it read): `.value`/`.label`/`.addedFields.X` (a value use) or any other member.
 */
function memberUse(access: Access, subPath: string[], ownFrom: number): FieldUse | undefined {
	let first = Math.max(0, ownFrom);
	while (first < subPath.length && (subPath[first] === '*' || subPath[first] === PARSED_JSON)) first++;
	if (first >= subPath.length) return undefined;
	const member = subPath[first];
	const lower = member.toLowerCase();
	const isValue = lower === 'value' || lower === 'label' || lower === 'addedfields';
	const members = lower === 'addedfields' ? [subPath.slice(first, first + 2).join('.')] : [member];
	return fieldUse({ use: isValue ? 'value' : 'members', members }, access, subPath.slice(0, first));
}

/** Identity of a use, ignoring which helpers led to it: the same line reached twice is one use. */
function useKey(use: FieldUse): string {
	return JSON.stringify(Object.entries(use).filter(([key]) => key !== 'via').sort(([left], [right]) => left.localeCompare(right)));
}

/**
 * Sorted (handler first, then by file and line), without duplicates (the shortest helper path
 * wins), and without assignments inside helpers (the variable's own uses are what count).
 */
export function tidyUses(uses: FieldUse[]): FieldUse[] {
	const unique = new Map<string, FieldUse>();
	for (const use of uses) {
		if (use.via && use.use === 'assign') continue;
		const key = useKey(use);
		const known = unique.get(key);
		if (!known || (use.via?.length ?? 0) < (known.via?.length ?? 0)) unique.set(key, use);
	}
	// `$X.value ?? $X` also reads `.value` on the left: the value use that accepts a plain value says both.
	const place = (use: FieldUse): string => `${use.file ?? ''}\u0000${use.line}\u0000${use.path ?? ''}`;
	const plainAccepted = new Set([...unique.values()].filter((use) => use.acceptsPlain).map(place));
	// Inside helpers a plain read next to a telling use on the same line adds nothing but bulk; a
	// truthiness or presence test is not telling enough: `if ($X) { use $X }` tests optional data.
	const tellingInHelpers = new Set([...unique.values()].filter((use) => use.via && !['read', 'truthy', 'presence'].includes(use.use)).map(place));
	return [...unique.entries()]
		.filter(([, use]) => !(use.use === 'value' && !use.acceptsPlain && plainAccepted.has(place(use))))
		.filter(([, use]) => !(use.via && use.use === 'read' && tellingInHelpers.has(place(use))))
		.sort(([leftKey, left], [rightKey, right]) => {
			const byFile = (left.file ?? '').localeCompare(right.file ?? '');
			if (byFile !== 0) return byFile;
			if (left.line !== right.line) return left.line - right.line;
			return leftKey.localeCompare(rightKey);
		})
		.map(([, use]) => use);
}

/** Folds the accesses of the request parameter into the endpoint's analysis. */
export function summarizeHandler(handler: string, accesses: Access[]): EndpointAnalysis {
	const fields = new Map<string, { name: string; sources: Set<'body' | 'query'>; uses: FieldUse[] }>();
	const whole: Record<'body' | 'query', FieldUse[]> = { body: [], query: [] };
	const methods = new Set<string>();
	for (const access of accesses) {
		const [head, ...rest] = access.path;
		const source = head?.toLowerCase();
		if (source === 'method') {
			for (const detail of access.uses) {
				for (const value of [...(detail.literals ?? []), ...(detail.labels ?? [])]) {
					if (/^[a-z]+$/i.test(value)) methods.add(value.toUpperCase());
				}
			}
			continue;
		}
		if (source !== 'body' && source !== 'query') continue;
		// The body may be an array of objects (its elements' members are the fields), or JSON text parsed.
		let below = rest;
		while (below[0] === '*' || below[0] === PARSED_JSON) below = below.slice(1);
		if (!below.length) {
			for (const detail of access.uses) if (WHOLE_BODY_USES.has(detail.use)) whole[source].push(fieldUse(detail, access, []));
			continue;
		}
		const [name, ...subPath] = below;
		const field = fields.get(name.toLowerCase()) ?? { name, sources: new Set(), uses: [] };
		fields.set(name.toLowerCase(), field);
		field.sources.add(source);
		// Path positions: [body|query, (element,) field, ...subPath].
		const member = memberUse(access, subPath, access.own - (access.path.length - subPath.length));
		// `$X.value` read behind an object type test, where a plain X is taken another way.
		if (access.valueAcceptsPlain && subPath.at(-1)?.toLowerCase() === 'value') {
			if (member?.use === 'value') member.acceptsPlain = true;
			else field.uses.push(fieldUse({ use: 'value', members: [subPath.at(-1) ?? 'value'], acceptsPlain: true }, access, subPath.slice(0, -1)));
		}
		if (member) field.uses.push(member);
		// Reading a member is the use; a plain read of it says nothing more.
		const onlyRead = access.uses.every((detail) => detail.use === 'read' || detail.use === 'stored');
		if (member && onlyRead) continue;
		for (const detail of access.uses) {
			// A field stored in a hashtable is just read; storing only matters for the whole body.
			field.uses.push(fieldUse(detail.use === 'stored' ? { use: 'read' } : detail, access, subPath));
		}
	}
	const endpoint: EndpointAnalysis = { handler, fields: {} };
	for (const field of fields.values()) {
		const analysis: FieldAnalysis = { in: [...field.sources].sort(), uses: tidyUses(field.uses) };
		endpoint.fields[field.name] = analysis;
	}
	if (methods.size) endpoint.methods = [...methods].sort();
	if (whole.body.length) endpoint.wholeBody = tidyUses(whole.body);
	if (whole.query.length) endpoint.wholeQuery = tidyUses(whole.query);
	return endpoint;
}

export interface CheckoutAnalysis {
	analysis: Analysis;
	stats: AnalysisStats;
}

/** Analyzes every `Invoke-<Name>.ps1` below the HTTP Functions folder of the indexed checkout. */
export function analyzeCheckout(
	index: FunctionIndex,
	version: string,
	options: { commit?: string; maxDepth?: number; notEntered?: readonly string[] } = {},
): CheckoutAnalysis {
	const { commit, maxDepth = 3, notEntered = PLUMBING_HELPERS } = options;
	const analyzer = new Analyzer(index, maxDepth, new Set(notEntered.map((name) => name.toLowerCase())));
	const analysis: Analysis = { cipp: { version, ...(commit ? { commit } : {}) }, endpoints: {} };
	const failures: Record<string, string> = {};
	const prefix = `${HTTP_FUNCTIONS}/`;
	const handlerFiles = index.files
		.filter((file) => file.startsWith(prefix) && /^invoke-.+\.ps1$/i.test(file.slice(file.lastIndexOf('/') + 1)))
		.sort();
	for (const file of handlerFiles) {
		const handler = file.slice(prefix.length);
		const functions = index.functionsIn(file);
		const failure = index.failures.get(file);
		if (failure) {
			failures[handler] = failure;
			continue;
		}
		const baseName = file.slice(file.lastIndexOf('/') + 1, -'.ps1'.length).toLowerCase();
		const topLevel = functions.filter((definition) => /^invoke-/i.test(definition.name) && definition.source.parent[definition.open] === -1);
		const definition = topLevel.find((candidate) => candidate.name.toLowerCase() === baseName) ?? topLevel[0];
		if (!definition) {
			failures[handler] = 'no `function Invoke-<Name>` in the file';
			continue;
		}
		const endpoint = definition.name.slice('Invoke-'.length);
		if (analysis.endpoints[endpoint]) {
			failures[handler] = `Invoke-${endpoint} is also defined in ${analysis.endpoints[endpoint].handler}`;
			continue;
		}
		const requestParameter = definition.parameters[0]?.name ?? 'Request';
		analysis.endpoints[endpoint] = summarizeHandler(handler, analyzer.scan(definition, requestParameter, 0));
	}
	if (Object.keys(failures).length) analysis.failures = failures;
	const usesByKind: Record<string, number> = {};
	let fields = 0;
	for (const endpoint of Object.values(analysis.endpoints)) {
		const fieldUses = Object.values(endpoint.fields).flatMap((field) => field.uses);
		fields += Object.keys(endpoint.fields).length;
		for (const use of [...fieldUses, ...(endpoint.wholeBody ?? []), ...(endpoint.wholeQuery ?? [])]) {
			usesByKind[use.use] = (usesByKind[use.use] ?? 0) + 1;
		}
	}
	const stats: AnalysisStats = {
		handlers: Object.keys(analysis.endpoints).length,
		fields,
		usesByKind,
		helperCallsFollowed: analyzer.followedCalls,
		helpersEntered: analyzer.helpersEntered.size,
		failures: Object.keys(failures).length,
	};
	return { analysis, stats };
}
