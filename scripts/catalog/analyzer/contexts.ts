/**
 * How one read value is used, judged from the tokens around it: a cast before it, a comparison
 * after it, the `if` it is tested in, the loop or pipeline it feeds, the string it is pasted into,
 * the command it is handed to.
 */
import type { UseDetail } from './analysisTypes';
import type { Chain, ChainPath, ChainTail } from './chains';
import type { CallArgument, CommandCall } from './commands';
import type { Token } from './lexer';
import { isOperator, isPunct, isWord, literalValues, operandEnd, parenOwner, type SourceFile } from './syntax';

export interface ContextFacts {
	source: SourceFile;
	/** The command argument whose value starts at `start`, if any. */
	callArgumentAt(start: number): { call: CommandCall; argument: CallArgument } | undefined;
	/** Whether `start` begins an argument of `'<url-like format>' -f ...`. */
	isUrlFormatArgument(start: number): boolean;
	isHelper(name: string): boolean;
	/** In the handler itself a `return` ends the request; in a helper it only leaves the helper. */
	returnEndsRequest: boolean;
}

/** A loop variable (or `$_`) that holds one element of the value within a token range. */
export interface ElementBinding {
	name: string;
	from: number;
	to: number;
}

export interface Classification {
	uses: UseDetail[];
	elementBindings: ElementBinding[];
	helperArgument?: { call: CommandCall; argument: CallArgument };
	/** `| Select-Object -ExpandProperty X`: the member read from the value. */
	expandProperty?: string;
	/** `| Select-Object A, B`: the members kept, each read. */
	selectedProperties?: string[];
	/** The chain ends with `.value` read only behind an object type test: a plain value is taken too. */
	valueAcceptsPlain?: true;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'in', 'notin', 'contains', 'notcontains']);
const CONDITION_OWNERS = new Set(['if', 'elseif', 'while', 'until']);
const KEYWORDS = new Set(['if', 'elseif', 'while', 'until', 'switch', 'foreach', 'for', 'return', 'throw', 'in']);
/** Keywords whose parentheses hold a condition or a loop header, not a grouped value. */
const BLOCK_KEYWORDS = new Set(['if', 'elseif', 'while', 'until', 'switch', 'foreach', 'for']);
const LOOP_COMMANDS = new Set(['foreach-object', '%', 'foreach', 'where-object', 'where', '?']);
const COLLECTION_COMMANDS = new Set(['sort-object', 'sort', 'measure-object', 'measure', 'group-object', 'group']);

/** `$obj.Method(...)` or `Func(...)`: parentheses that call rather than group. */
function isCallParen(source: SourceFile, open: number): boolean {
	const previous = source.tokens[open - 1];
	if (!previous || source.tokens[open].spaced) return false;
	if (previous.kind === 'word') return !KEYWORDS.has(previous.text.toLowerCase());
	return previous.kind === 'variable' || previous.kind === 'string' || isPunct(previous, ')', ']');
}

/** Parentheses that only group (not a call, not the condition of `if`, `switch`, `foreach`, ...). */
function isGroupingParen(source: SourceFile, open: number): boolean {
	if (isCallParen(source, open)) return false;
	return !isPunct(source.tokens[open], '(') || !BLOCK_KEYWORDS.has(parenOwner(source, open) ?? '');
}

/** Strips casts and grouping parentheses around the chain: `[bool]($Request.Body.X)`. */
function unwrap(source: SourceFile, chain: Chain): { start: number; end: number; casts: string[] } {
	const { tokens, partner } = source;
	let { start, end } = chain;
	const casts: string[] = [];
	for (;;) {
		const before = tokens[start - 1];
		if (before?.kind === 'type') {
			casts.push(before.text.toLowerCase());
			start--;
		} else if (isPunct(before, '(', '@(', '$(') && partner[start - 1] === end + 1 && isGroupingParen(source, start - 1)) {
			start--;
			end++;
		} else return { start, end, casts };
	}
}

/** Where the operand ending at `end` starts, for a literal on the left of a comparison. */
function operandStartBefore(source: SourceFile, end: number): number {
	const token = source.tokens[end];
	if (token?.kind === 'interpolationEnd') return token.owner ?? end;
	if (isPunct(token, ')', ']', '}') && source.partner[end] >= 0) return source.partner[end];
	return end;
}

export function looksLikeUrl(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed.includes('://')) return true;
	const pathPart = trimmed.split('?')[0];
	if (pathPart.includes('/') && !/\s/.test(pathPart)) return true;
	return /^\/?[\w.$-]+\?`?\$?\w+=/.test(trimmed);
}

/** The `if`/`while` whose condition holds the token at `start`, through grouping parentheses only. */
function enclosingCondition(source: SourceFile, start: number): number | undefined {
	let group = source.parent[start];
	while (group >= 0 && isPunct(source.tokens[group], '(') && !isCallParen(source, group)) {
		if (CONDITION_OWNERS.has(parenOwner(source, group) ?? '')) return group;
		group = source.parent[group];
	}
	return undefined;
}

function nearestBlock(source: SourceFile, index: number): number {
	let group = source.parent[index];
	while (group >= 0 && !isPunct(source.tokens[group], '{')) group = source.parent[group];
	return group;
}

/**
 * How the block run when the condition holds leaves: `throw` (the request fails wherever it is),
 * `return` (or a 400 answer: ends the request only in the handler itself), or not at all.
 */
function conditionExit(source: SourceFile, condition: number): 'throw' | 'return' | undefined {
	const { tokens, partner } = source;
	let block = partner[condition] + 1;
	while (tokens[block]?.kind === 'newline') block++;
	if (!isPunct(tokens[block], '{') || partner[block] < 0) return undefined;
	let exit: 'return' | undefined;
	for (let index = block + 1; index < partner[block]; index++) {
		// Only the block's own statements: an exit in a nested `if` depends on something else.
		if (nearestBlock(source, index) !== block) continue;
		if (isWord(tokens[index], 'throw')) return 'throw';
		if (isWord(tokens[index], 'return', 'exit', 'badrequest')) exit = 'return';
	}
	return exit;
}

/**
 * Whether the token sits in a block that runs only in some cases: an `if`/`elseif`/`else` branch or
 * a `switch` clause (a check there makes the field required in that case only).
 */
export function insideBranch(source: SourceFile, index: number): boolean {
	const { tokens, partner } = source;
	for (let block = nearestBlock(source, index); block >= 0; block = nearestBlock(source, block)) {
		let before = block - 1;
		while (tokens[before]?.kind === 'newline') before--;
		if (isWord(tokens[before], 'else')) return true;
		if (isPunct(tokens[before], ')') && partner[before] >= 0 && ['if', 'elseif'].includes(parenOwner(source, partner[before]) ?? '')) return true;
		const outer = nearestBlock(source, block);
		let switchHead = outer - 1;
		while (tokens[switchHead]?.kind === 'newline') switchHead--;
		if (outer >= 0 && isPunct(tokens[switchHead], ')') && partner[switchHead] >= 0 && parenOwner(source, partner[switchHead]) === 'switch') return true;
	}
	return false;
}

/**
 * Whether the test at `start` is and-ed with other tests inside the condition opened at `condition`
 * (`!$A -and !$B`, `$X -or ([string]::IsNullOrEmpty($A) -and ...)`): then it is one of several.
 */
function joinedWithAnd(source: SourceFile, start: number, condition: number): boolean {
	for (let group = source.parent[start]; group >= 0; group = source.parent[group]) {
		const close = source.partner[group];
		for (let index = group + 1; index < close; index++) {
			if (source.parent[index] === group && isOperator(source.tokens[index], 'and')) return true;
		}
		if (group === condition) return false;
	}
	return false;
}

/**
 * The labels of `switch (...) { 'a' {..} 'b' {..} default {..} }` whose condition closes at `close`,
 * and whether a `default` clause takes any other value.
 */
function switchLabels(source: SourceFile, close: number): { labels: string[]; open: boolean } {
	const { tokens, partner, parent } = source;
	let open = close + 1;
	while (tokens[open]?.kind === 'newline') open++;
	const labels: string[] = [];
	let hasDefault = false;
	if (!isPunct(tokens[open], '{') || partner[open] < 0) return { labels, open: false };
	for (let index = open + 1; index < partner[open]; index++) {
		const token = tokens[index];
		if (parent[index] !== open || token.kind === 'newline' || isPunct(token, ';')) continue;
		if (isPunct(token, '{')) {
			index = Math.max(partner[index], index);
			continue;
		}
		if (isWord(token, 'default')) hasDefault = true;
		else if ((token.kind === 'string' && !token.interpolated) || token.kind === 'number' || token.kind === 'word') labels.push(token.text);
	}
	return { labels, open: hasDefault };
}

/** `[string]::IsNullOrEmpty(VALUE)` (or IsNullOrWhiteSpace): the tokens of the whole test. */
function nullOrEmptyTest(source: SourceFile, start: number, end: number): [number, number] | undefined {
	const { tokens, partner } = source;
	const open = start - 1;
	if (!isPunct(tokens[open], '(') || partner[open] !== end + 1) return undefined;
	if (!isWord(tokens[open - 1], 'isnullorempty', 'isnullorwhitespace') || !isPunct(tokens[open - 2], '::')) return undefined;
	return tokens[open - 3]?.kind === 'type' ? [open - 3, end + 1] : undefined;
}

function tailUses(source: SourceFile, tail: ChainTail, result: Classification): void {
	if (tail.kind === 'count') result.uses.push({ use: 'iterate' });
	else if (tail.kind === 'reflect') result.uses.push({ use: 'reflect' });
	else if (tail.kind === 'dynamic') result.uses.push({ use: 'dynamic' });
	else if (tail.kind === 'method' && tail.name === 'split') result.uses.push({ use: 'split' });
	else if (tail.kind === 'method' && (tail.name === 'foreach' || tail.name === 'where')) {
		result.uses.push({ use: 'iterate' });
		if (isPunct(source.tokens[tail.open + 1], '{')) {
			const from = tail.open + 1;
			result.elementBindings.push({ name: '_', from, to: source.partner[from] }, { name: 'psitem', from, to: source.partner[from] });
		}
	}
}

/** `| ForEach-Object {...}`, `| ConvertFrom-Json`, `| Select-Object -ExpandProperty value`, ... */
function pipelineUses(source: SourceFile, pipe: number, result: Classification): void {
	const { tokens, partner } = source;
	const command = tokens[pipe + 1];
	const name = command?.text.toLowerCase() ?? '';
	if (command && (command.kind === 'word' || command.kind === 'punct') && LOOP_COMMANDS.has(name)) {
		result.uses.push({ use: 'iterate', command: command.text });
		let block = pipe + 2;
		while (tokens[block]?.kind === 'parameter') block++;
		if (isPunct(tokens[block], '{') && partner[block] > block) {
			result.elementBindings.push({ name: '_', from: block, to: partner[block] }, { name: 'psitem', from: block, to: partner[block] });
		}
	} else if (command?.kind !== 'word') {
		return;
	} else if (name === 'convertfrom-json') result.uses.push({ use: 'jsonParse' });
	else if (name === 'convertto-json') {
		// Serialized into a message (`"Body: $($X | ConvertTo-Json)"`, `Write-Host ($X | ConvertTo-Json)`)
		// is a log line, and `$X | ConvertTo-Json | ConvertFrom-Json` a deep copy: neither stores the value.
		const copied = isWord(nextPipedCommand(source, pipe + 1), 'convertfrom-json');
		if (!insideMessage(source, pipe) && !insideLogCall(source, pipe) && !copied) result.uses.push({ use: 'jsonSerialize' });
	} else if (COLLECTION_COMMANDS.has(name)) result.uses.push({ use: 'iterate', command: command.text });
	else if (name === 'select-object' || name === 'select') {
		// `-ExpandProperty X` and `Select-Object A, B` (or `-Property A, B`) read those members.
		const named: string[] = [];
		let parameter = 'property';
		for (let index = pipe + 2; tokens[index]?.kind === 'parameter' || tokens[index]?.kind === 'word' || tokens[index]?.kind === 'string' || tokens[index]?.kind === 'number' || isPunct(tokens[index], '*', ','); index++) {
			const token = tokens[index];
			if (token.kind === 'parameter') parameter = token.text.toLowerCase();
			else if ((token.kind === 'word' || (token.kind === 'string' && !token.interpolated)) && /^(exp|prop)/.test(parameter)) named.push(token.text);
			if (token.kind === 'parameter' && /^exp/.test(parameter) && (tokens[index + 1]?.kind === 'word' || tokens[index + 1]?.kind === 'string')) {
				result.expandProperty = tokens[index + 1].text;
				return;
			}
		}
		if (named.length) result.selectedProperties = named.filter((property) => !property.includes('*'));
		result.uses.push({ use: 'select' });
	}
}

/** Commands that only write a value to the console or the log. */
const LOG_COMMANDS = ['write-host', 'write-information', 'write-verbose', 'write-debug', 'write-warning'];

/** Inside the parenthesized argument of a logging command: `Write-Host ($X | ConvertTo-Json)`. */
function insideLogCall(source: SourceFile, index: number): boolean {
	for (let group = source.parent[index]; group >= 0; group = source.parent[group]) {
		if (isPunct(source.tokens[group], '(') && isWord(source.tokens[group - 1], ...LOG_COMMANDS)) return true;
	}
	return false;
}

/** The command after the next `|` of the pipeline the command at `command` belongs to, if any. */
function nextPipedCommand(source: SourceFile, command: number): Token | undefined {
	const { tokens, parent, partner } = source;
	for (let index = command + 1; index < tokens.length; index++) {
		const token = tokens[index];
		if (parent[index] !== parent[command] || token.kind === 'newline' || isPunct(token, ';', ')', '}')) return undefined;
		if (isPunct(token, '|')) return tokens[index + 1];
		if (partner[index] > index) index = partner[index];
	}
	return undefined;
}

/** Inside an interpolation of a string that has text of its own (`"JSON: $(...)"`, not `"$(...)"`). */
function insideMessage(source: SourceFile, index: number): boolean {
	for (let group = source.parent[index]; group >= 0; group = source.parent[group]) {
		const token = source.tokens[group];
		if (token.kind === 'interpolationStart') return source.tokens[token.owner ?? 0].text.trim() !== '$';
	}
	return false;
}

/** `$X.value ?? $X`: the plain read right of `??` mirrors a `.value` read on its left. */
function readsValueOrPlain(source: SourceFile, chain: Chain, start: number): boolean {
	const { tokens } = source;
	if (!isPunct(tokens[start - 1], '??')) return false;
	const length = chain.end - chain.start + 1;
	const leftStart = start - 2 - (length + 1);
	if (leftStart < 0 || !isPunct(tokens[leftStart + length], '.') || !isWord(tokens[leftStart + length + 1], 'value')) return false;
	for (let offset = 0; offset < length; offset++) {
		if (tokens[leftStart + offset].text.toLowerCase() !== tokens[chain.start + offset].text.toLowerCase()) return false;
	}
	return true;
}

/** Whether the tokens `from`..`to` are repeated, as a whole chain, at `at` (case-insensitively). */
function sameChainAt(source: SourceFile, from: number, to: number, at: number): boolean {
	const { tokens } = source;
	if (at < 0 || isPunct(tokens[at - 1], '.')) return false;
	for (let offset = 0; offset <= to - from; offset++) {
		const left = tokens[from + offset];
		const right = tokens[at + offset];
		if (!right || left.kind !== right.kind || left.text.toLowerCase() !== right.text.toLowerCase()) return false;
	}
	return true;
}

function skipNewlines(source: SourceFile, index: number, step: 1 | -1): number {
	while (source.tokens[index]?.kind === 'newline') index += step;
	return index;
}

/** The `if`/`elseif` condition owning the block opened at `block`: its `(` and `)`. */
function conditionOfBlock(source: SourceFile, block: number): [number, number] | undefined {
	const close = skipNewlines(source, block - 1, -1);
	const open = source.partner[close];
	if (!isPunct(source.tokens[close], ')') || open < 0) return undefined;
	return ['if', 'elseif'].includes(parenOwner(source, open) ?? '') ? [open, close] : undefined;
}

/**
 * `if ($X.value) { $X.value } else { $X }` (or `elseif`): the plain read that is the whole else
 * block, after a branch taken when `.value` is there, mirrors that `.value` read, like `??` does.
 */
function plainElseOfValueTest(source: SourceFile, chain: Chain, start: number, end: number): boolean {
	const { tokens, partner } = source;
	const open = skipNewlines(source, start - 1, -1);
	if (!isPunct(tokens[open], '{') || partner[open] !== skipNewlines(source, end + 1, 1)) return false;
	const elseWord = skipNewlines(source, open - 1, -1);
	if (!isWord(tokens[elseWord], 'else')) return false;
	const thenClose = skipNewlines(source, elseWord - 1, -1);
	if (!isPunct(tokens[thenClose], '}') || partner[thenClose] < 0) return false;
	const condition = conditionOfBlock(source, partner[thenClose]);
	if (!condition) return false;
	const length = chain.end - chain.start + 1;
	for (let at = condition[0] + 1; at + length + 1 < condition[1]; at++) {
		if (sameChainAt(source, chain.start, chain.end, at) && isPunct(tokens[at + length], '.') && isWord(tokens[at + length + 1], 'value')) return true;
	}
	return false;
}

/** Types that say "an object, not a plain value" in a `-is` test. */
const OBJECT_TYPES = new Set([
	'hashtable', 'pscustomobject', 'psobject', 'system.collections.hashtable', 'system.collections.idictionary',
	'system.management.automation.pscustomobject', 'system.management.automation.psobject',
]);

/**
 * `$X.value` read inside `if ($X -is [hashtable] -or $X -is [PSCustomObject]) { ... }`: the code
 * tells objects from plain values and reads `.value` of objects only, so a plain value is taken
 * another way.
 */
function valueReadBehindObjectTest(source: SourceFile, chain: Chain): boolean {
	const { tokens } = source;
	const last = chain.steps.at(-1);
	const baseEnd = chain.end - 2;
	if (last?.kind !== 'member' || last.name.toLowerCase() !== 'value' || baseEnd < chain.start || !isPunct(tokens[baseEnd + 1], '.')) return false;
	const length = baseEnd - chain.start + 1;
	for (let block = nearestBlock(source, chain.start); block >= 0; block = nearestBlock(source, block)) {
		const condition = conditionOfBlock(source, block);
		if (!condition) continue;
		for (let at = condition[0] + 1; at + length + 1 < condition[1]; at++) {
			const type = tokens[at + length + 1];
			if (sameChainAt(source, chain.start, baseEnd, at) && isOperator(tokens[at + length], 'is') && type?.kind === 'type' && OBJECT_TYPES.has(type.text.toLowerCase())) return true;
		}
	}
	return false;
}

export function classify(facts: ContextFacts, chain: Chain, access: ChainPath): Classification {
	const { source } = facts;
	const { tokens, partner } = source;
	const { start, end, casts } = unwrap(source, chain);
	const result: Classification = { uses: [], elementBindings: [] };
	const uses = result.uses;
	const after = tokens[end + 1];
	if (access.tail && !(access.tail.kind === 'method' && access.tail.keepsValue)) {
		tailUses(source, access.tail, result);
		if (!uses.length) uses.push({ use: 'read' });
		return result;
	}
	if (end > chain.end && isPunct(after, '.') && !after.spaced && isWord(tokens[end + 2], 'count')) {
		uses.push({ use: 'iterate' });
		return result;
	}
	for (const cast of casts) uses.push({ use: 'cast', cast });
	if (isOperator(after, 'as') && tokens[end + 2]?.kind === 'type') uses.push({ use: 'cast', cast: tokens[end + 2].text.toLowerCase() });

	let negations = 0;
	while (isPunct(tokens[start - 1 - negations], '!') || isOperator(tokens[start - 1 - negations], 'not')) negations++;
	const before = tokens[start - 1];

	// Comparisons, with the value on either side.
	let compare: { operator: string; literals?: string[]; span: [number, number] } | undefined;
	if (after?.kind === 'operator' && COMPARISONS.has(after.text)) {
		const rightEnd = operandEnd(source, end + 2, true);
		compare = { operator: after.text, literals: literalValues(source, end + 2, rightEnd), span: [start, rightEnd] };
		if (after.text === 'contains' || after.text === 'notcontains') uses.push({ use: 'iterate' });
	} else if (before?.kind === 'operator' && COMPARISONS.has(before.text)) {
		const leftStart = operandStartBefore(source, start - 2);
		compare = { operator: before.text, literals: literalValues(source, leftStart, start - 2), span: [leftStart, end] };
		if (before.text === 'in' || before.text === 'notin') uses.push({ use: 'iterate' });
	}
	if (compare) uses.push({ use: 'compare', operator: compare.operator, ...(compare.literals ? { literals: compare.literals } : {}) });
	// A type test, `$X -is [string]`: the literal is the type.
	if (isOperator(after, 'is', 'isnot') && tokens[end + 2]?.kind === 'type') uses.push({ use: 'compare', operator: after.text, literals: [tokens[end + 2].text.toLowerCase()] });

	if (isPunct(before, '(') && partner[start - 1] === end + 1 && parenOwner(source, start - 1) === 'switch') {
		let flag = start - 2;
		const modes: string[] = [];
		while (tokens[flag]?.kind === 'parameter') modes.unshift(tokens[flag--].text.toLowerCase());
		const mode = modes.find((candidate) => /^(regex|wildcard)/.test(candidate));
		const { labels, open } = switchLabels(source, end + 1);
		uses.push({ use: 'switch', labels, ...(mode ? { mode } : {}), ...(open ? { hasDefault: true as const } : {}) });
	}

	const loopOpen = start - 3;
	if (isWord(before, 'in') && tokens[start - 2]?.kind === 'variable' && isPunct(tokens[loopOpen], '(') && partner[loopOpen] === end + 1 && parenOwner(source, loopOpen) === 'foreach') {
		uses.push({ use: 'iterate', command: 'foreach' });
		let block = end + 2;
		while (tokens[block]?.kind === 'newline') block++;
		if (isPunct(tokens[block], '{') && partner[block] > block) {
			result.elementBindings.push({ name: tokens[start - 2].text.toLowerCase(), from: block, to: partner[block] });
		}
	}

	// The value must start the pipeline: `Get-X -Id $X | ...` pipes the command's output, `$a + $X | ...` the sum.
	const startsPipeline = !before || before.kind === 'newline' || before.kind === 'interpolationStart' || isWord(before, 'return')
		|| isPunct(before, '(', '@(', '$(', '{', '=', ';', '|');
	if (isPunct(after, '|') && startsPipeline && !facts.callArgumentAt(start)) pipelineUses(source, end + 1, result);
	if (isOperator(after, 'split') || (negations === 0 && isOperator(before, 'split'))) uses.push({ use: 'split' });
	if (isOperator(after, 'join') || isOperator(before, 'join')) uses.push({ use: 'iterate', command: '-join' });

	// Tests: a bare truthiness test, [string]::IsNullOrEmpty, or a comparison with $null.
	const nullOrEmpty = nullOrEmptyTest(source, start, end);
	const nullCompare = compare && (compare.operator === 'eq' || compare.operator === 'ne') && compare.literals?.join() === '$null';
	const bare = !compare && !nullOrEmpty;
	let test: { span: [number, number]; missing: boolean } | undefined;
	if (nullOrEmpty) test = { span: nullOrEmpty, missing: true };
	else if (nullCompare && compare) test = { span: compare.span, missing: compare.operator === 'eq' };
	else if (bare) test = { span: [start, end], missing: false };
	if (test) {
		const [spanStart, spanEnd] = test.span;
		let outside = spanStart - 1;
		let negated = 0;
		while (isPunct(tokens[outside], '!') || isOperator(tokens[outside], 'not')) {
			negated++;
			outside--;
		}
		const missing = test.missing !== (negated % 2 === 1);
		const left = tokens[outside];
		const right = tokens[spanEnd + 1];
		const logicalLeft = isOperator(left, 'and', 'or', 'xor');
		const logicalRight = isOperator(right, 'and', 'or', 'xor');
		const ternary = isPunct(right, '?') && right?.spaced === true;
		const wholeLeft = logicalLeft || isPunct(left, '(', '{', '=') || left?.kind === 'newline' || isWord(left, 'return');
		const wholeRight = logicalRight || ternary || !right || right.kind === 'newline' || isPunct(right, ')', '}', ';');
		const condition = enclosingCondition(source, outside + 1);
		const inCondition = condition !== undefined && wholeLeft && wholeRight;
		const boolean = wholeLeft && wholeRight && (negated > 0 || logicalLeft || logicalRight || ternary || condition !== undefined);
		const exit = inCondition && missing && condition !== undefined ? conditionExit(source, condition) : undefined;
		if (exit === 'throw' || (exit === 'return' && facts.returnEndsRequest)) {
			uses.push({
				use: 'required',
				...(joinedWithAnd(source, outside + 1, condition ?? -1) ? { oneOf: true as const } : {}),
				...(insideBranch(source, condition ?? -1) ? { conditional: true as const } : {}),
			});
		} else if (nullOrEmpty) uses.push({ use: 'presence' });
		else if (bare && boolean) uses.push({ use: 'truthy', ...(negated % 2 === 1 ? { negated: true as const } : {}) });
	}

	const interpolation = tokens[start - 1];
	if (interpolation?.kind === 'interpolationStart' && tokens[end + 1]?.kind === 'interpolationEnd') {
		if (looksLikeUrl(tokens[interpolation.owner ?? 0].text)) uses.push({ use: 'url' });
	} else if (facts.isUrlFormatArgument(start)) uses.push({ use: 'url' });

	const argument = facts.callArgumentAt(start);
	if (argument && argument.argument.end === end) {
		const command = argument.call.name.toLowerCase();
		if (command === 'convertfrom-json') uses.push({ use: 'jsonParse' });
		else if (command === 'convertto-json') uses.push({ use: 'jsonSerialize' });
		else if (facts.isHelper(argument.call.name)) result.helperArgument = argument;
	}

	const wholeEntry = !after || after.kind === 'newline' || isPunct(after, ';', '}');
	if (isPunct(before, '=') && wholeEntry && source.parent[start] >= 0 && isPunct(tokens[source.parent[start]], '@{')) uses.push({ use: 'stored' });
	if (readsValueOrPlain(source, chain, start) || plainElseOfValueTest(source, chain, start, end)) uses.push({ use: 'value', members: ['value'], acceptsPlain: true });
	if (valueReadBehindObjectTest(source, chain)) result.valueAcceptsPlain = true;
	if (!uses.length && !result.helperArgument && !result.expandProperty) uses.push({ use: 'read' });
	return result;
}
