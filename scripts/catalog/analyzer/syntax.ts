/**
 * Structure on top of the token list: which bracket closes which, which bracket encloses a token,
 * where an expression operand ends, and the functions a file defines with their parameters.
 */
import { lexPowerShell, type Token } from './lexer';

export interface SourceFile {
	/** Path relative to the checkout root (or a test's label). */
	path: string;
	tokens: Token[];
	/** For an opening bracket its closing partner, and the reverse; -1 otherwise. */
	partner: Int32Array;
	/** The innermost opening bracket enclosing each token; -1 at top level. */
	parent: Int32Array;
}

const OPENERS = new Set(['(', '@(', '$(', '{', '@{', '[']);
const CLOSER_OF: Record<string, string> = { '(': ')', '@(': ')', '$(': ')', '{': '}', '@{': '}', '[': ']' };

export function isPunct(token: Token | undefined, ...symbols: string[]): boolean {
	return token?.kind === 'punct' && symbols.includes(token.text);
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
	return token?.kind === 'word' && words.includes(token.text.toLowerCase());
}

export function isOperator(token: Token | undefined, ...operators: string[]): boolean {
	return token?.kind === 'operator' && operators.includes(token.text);
}

function closerFor(token: Token): string | undefined {
	if (token.kind === 'interpolationStart') return 'interpolationEnd';
	return token.kind === 'punct' ? CLOSER_OF[token.text] : undefined;
}

function closes(token: Token): string | undefined {
	if (token.kind === 'interpolationEnd') return 'interpolationEnd';
	return token.kind === 'punct' && [')', '}', ']'].includes(token.text) ? token.text : undefined;
}

/** Pairs brackets; an unbalanced closer is ignored, and unclosed openers stay at -1. */
export function buildSource(path: string, tokens: Token[]): SourceFile {
	const partner = new Int32Array(tokens.length).fill(-1);
	const parent = new Int32Array(tokens.length).fill(-1);
	const stack: number[] = [];
	tokens.forEach((token, index) => {
		const closer = closes(token);
		if (closer) {
			const match = stack.map((open) => closerFor(tokens[open])).lastIndexOf(closer);
			if (match >= 0) {
				const open = stack[match];
				stack.length = match;
				partner[open] = index;
				partner[index] = open;
			}
		}
		parent[index] = stack.at(-1) ?? -1;
		if (closerFor(token) && (token.kind !== 'punct' || OPENERS.has(token.text))) stack.push(index);
	});
	return { path, tokens, partner, parent };
}

export function parseSource(path: string, text: string): SourceFile {
	return buildSource(path, lexPowerShell(text));
}

/** After a string token: the index of its last interpolation token (or the string itself). */
export function stringEnd(source: SourceFile, index: number): number {
	let end = index;
	while (source.tokens[end + 1]?.kind === 'interpolationStart' && source.tokens[end + 1].owner === index) {
		end = source.partner[end + 1] >= 0 ? source.partner[end + 1] : end + 1;
	}
	return end;
}

/** Member accesses, indexes and method calls glued to an operand: `.Name`, `['k']`, `.Split(',')`. */
export function postfixEnd(source: SourceFile, end: number): number {
	const { tokens } = source;
	for (;;) {
		const next = tokens[end + 1];
		const after = tokens[end + 2];
		if (next && !next.spaced && isPunct(next, '.', '::') && after && !after.spaced) {
			end = after.kind === 'string' ? stringEnd(source, end + 2) : end + 2;
			if (isPunct(after, '(', '{')) end = Math.max(source.partner[end], end);
			const call = tokens[end + 1];
			if (call && !call.spaced && isPunct(call, '(')) end = Math.max(source.partner[end + 1], end + 1);
		} else if (next && !next.spaced && isPunct(next, '[')) {
			end = Math.max(source.partner[end + 1], end + 1);
		} else return end;
	}
}

/**
 * The last token of the operand starting at `start`: a variable with its members, a literal, a
 * bracketed group, a cast applied to an operand, or a bare word. With `commaList`, `a, b, c` counts
 * as one operand (an array argument).
 */
export function operandEnd(source: SourceFile, start: number, commaList = false): number {
	const { tokens } = source;
	const token = tokens[start];
	if (!token) return start - 1;
	let end: number;
	if (token.kind === 'type' && tokens[start + 1] && !isPunct(tokens[start + 1], '::')) {
		end = operandEnd(source, start + 1);
	} else if (token.kind === 'string') {
		end = postfixEnd(source, stringEnd(source, start));
	} else if (token.kind === 'punct' && ['!', '-', '+'].includes(token.text)) {
		end = operandEnd(source, start + 1);
	} else if (isOperator(token, 'not', 'bnot', 'split', 'join')) {
		end = operandEnd(source, start + 1);
	} else if (token.kind === 'punct' && OPENERS.has(token.text) && source.partner[start] > start) {
		end = postfixEnd(source, source.partner[start]);
	} else {
		end = postfixEnd(source, start);
	}
	while (commaList && isPunct(tokens[end + 1], ',') && tokens[end + 2] && tokens[end + 2].kind !== 'newline') {
		end = operandEnd(source, end + 2);
	}
	return end;
}

/** The literal values of an operand made only of literals (`'a'`, `@('a', 'b')`, `1`, `$true`), else undefined. */
export function literalValues(source: SourceFile, start: number, end: number): string[] | undefined {
	const values: string[] = [];
	for (let index = start; index <= end; index++) {
		const token = source.tokens[index];
		if (token.kind === 'string') {
			if (token.interpolated) return undefined;
			values.push(token.text);
		} else if (token.kind === 'number') values.push(token.text);
		else if (token.kind === 'variable' && ['true', 'false', 'null'].includes(token.text.toLowerCase())) {
			values.push(`$${token.text.toLowerCase()}`);
		} else if (!(token.kind === 'newline' || isPunct(token, ',', '(', ')', '@('))) return undefined;
	}
	return values.length ? values : undefined;
}

/** The keyword owning a `(`: `if`, `elseif`, `while`, `switch` (past its flags), `foreach`, ... */
export function parenOwner(source: SourceFile, open: number): string | undefined {
	let index = open - 1;
	while (source.tokens[index]?.kind === 'parameter') index--;
	const token = source.tokens[index];
	return token?.kind === 'word' ? token.text.toLowerCase() : undefined;
}

export interface ParameterInfo {
	name: string;
	/** Declared types, lower case: `bool`, `switch`, `string[]`. */
	types: string[];
	mandatory: boolean;
	position?: number;
	aliases: string[];
	/** `[ValidateSet(...)]` values. */
	validateSet?: string[];
	/** Declared with a default value (`$Type = 'CIPP'`). */
	hasDefault?: true;
	line: number;
}

export interface FunctionDefinition {
	name: string;
	source: SourceFile;
	line: number;
	/** The body's braces. */
	open: number;
	close: number;
	/** Where the statements start: after the `param(...)` block, which declares rather than reads. */
	statements: number;
	parameters: ParameterInfo[];
}

function attributeStrings(text: string): string[] {
	return [...text.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"/g)].map((match) => match[1] ?? match[2]);
}

/** Parameters declared between the brackets `open`..`close` (a `param(...)` block or `function F(...)`). */
function parseParameters(source: SourceFile, open: number, close: number): ParameterInfo[] {
	const parameters: ParameterInfo[] = [];
	let pending: Token[] = [];
	let inDefault = false;
	const flush = (): void => {
		const variable = pending.find((token) => token.kind === 'variable');
		if (variable) {
			const attributes = pending.filter((token) => token.kind === 'attribute').map((token) => token.text);
			const parameterAttribute = attributes.filter((text) => /^\[\s*Parameter\s*\(/i.test(text)).join(' ');
			const position = /Position\s*=\s*(\d+)/i.exec(parameterAttribute);
			const validateSet = attributes.find((text) => /^\[\s*ValidateSet\s*\(/i.test(text));
			const parameter: ParameterInfo = {
				name: variable.text,
				types: pending.filter((token) => token.kind === 'type').map((token) => token.text.toLowerCase()),
				mandatory: /Mandatory(?!\s*=\s*\$false)/i.test(parameterAttribute),
				aliases: attributes.filter((text) => /^\[\s*Alias\s*\(/i.test(text)).flatMap(attributeStrings),
				line: variable.line,
			};
			if (position) parameter.position = Number(position[1]);
			if (validateSet) parameter.validateSet = attributeStrings(validateSet);
			if (inDefault) parameter.hasDefault = true;
			parameters.push(parameter);
		}
		pending = [];
	};
	for (let index = open + 1; index < close; index++) {
		const token = source.tokens[index];
		if (isPunct(token, ',')) {
			flush();
			inDefault = false;
		} else if (inDefault) {
			// A default value says nothing about the parameter's type: skip it, brackets and all.
			if (token.kind === 'punct' && OPENERS.has(token.text) && source.partner[index] > index) index = source.partner[index];
		} else if (isPunct(token, '=')) inDefault = true;
		else pending.push(token);
	}
	flush();
	return parameters;
}

/** Every `function Name { ... }` (or `filter`) in a file, nested ones included. */
export function findFunctions(source: SourceFile): FunctionDefinition[] {
	const { tokens } = source;
	const functions: FunctionDefinition[] = [];
	tokens.forEach((token, index) => {
		if (!isWord(token, 'function', 'filter') || tokens[index + 1]?.kind !== 'word') return;
		const name = tokens[index + 1].text.replace(/^(global|script|local|private):/i, '');
		let cursor = index + 2;
		let parameters: ParameterInfo[] | undefined;
		if (isPunct(tokens[cursor], '(') && source.partner[cursor] > cursor) {
			parameters = parseParameters(source, cursor, source.partner[cursor]);
			cursor = source.partner[cursor] + 1;
		}
		while (tokens[cursor]?.kind === 'newline') cursor++;
		if (!isPunct(tokens[cursor], '{') || source.partner[cursor] < 0) return;
		const open = cursor;
		const close = source.partner[cursor];
		let statements = open + 1;
		if (!parameters) {
			parameters = [];
			for (let inner = open + 1; inner < close; inner++) {
				if (source.parent[inner] !== open) continue;
				if (isWord(tokens[inner], 'param') && isPunct(tokens[inner + 1], '(') && source.partner[inner + 1] > 0) {
					parameters = parseParameters(source, inner + 1, source.partner[inner + 1]);
					statements = source.partner[inner + 1] + 1;
					break;
				}
				const isPreamble = tokens[inner].kind === 'newline' || tokens[inner].kind === 'attribute';
				if (!isPreamble) break;
			}
		}
		functions.push({ name, source, line: token.line, open, close, statements, parameters });
	});
	return functions;
}
