/**
 * A PowerShell tokenizer that knows just enough of the language for the analyzer not to be fooled:
 * comments (`#`, `<# #>`) vanish, strings (single, double, here-strings) become one token each, and
 * the code interpolated into double-quoted strings (`$x`, `$(...)`) is tokenized too, between an
 * `interpolationStart` and an `interpolationEnd` token, so a read inside a URL string is still seen.
 */

export type TokenKind =
	| 'variable'
	| 'splat'
	| 'word'
	| 'parameter'
	| 'operator'
	| 'string'
	| 'number'
	| 'type'
	| 'attribute'
	| 'punct'
	| 'newline'
	| 'interpolationStart'
	| 'interpolationEnd';

export interface Token {
	kind: TokenKind;
	/**
	 * variable/splat: the name without `$`/`@` and without a `script:`-like scope;
	 * word: as written; parameter: the name without the dash; operator: lower case, without the
	 * dash and without an `i`/`c` case prefix (`-ieq` is `eq`); string: the literal text, with `$`
	 * where something is interpolated; type: the type name (`string[]`); attribute: the raw text;
	 * punct: the symbol.
	 */
	text: string;
	line: number;
	/** Whitespace or a line start precedes it: `$a.b` reads a member, `$a .b` does not. */
	spaced: boolean;
	/** Strings: double-quoted or `@" "@`, with at least one interpolation. */
	interpolated?: boolean;
	/** parameter: written `-Name:value`. */
	colon?: boolean;
	/** interpolationStart/End: index of the string token the interpolation belongs to. */
	owner?: number;
}

const OPERATORS = new Set([
	'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'in', 'notin', 'contains',
	'notcontains', 'replace', 'split', 'join', 'and', 'or', 'xor', 'not', 'band', 'bor', 'bxor', 'bnot',
	'shl', 'shr', 'is', 'isnot', 'as', 'f',
]);

/** `-ieq`, `-cmatch` and friends are the same test for the analyzer. */
function operatorName(name: string): string | undefined {
	const lower = name.toLowerCase();
	if (OPERATORS.has(lower)) return lower;
	if ((lower.startsWith('i') || lower.startsWith('c')) && OPERATORS.has(lower.slice(1))) return lower.slice(1);
	return undefined;
}

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);
const SCOPES = new Set(['script', 'global', 'local', 'private', 'using']);
const WORD_START = /[\p{L}_]/u;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const NAME_CHAR = /[\p{L}\p{N}_]/u;
/** Longest first, so `??=` wins over `??` and `?`. */
const PUNCTUATION = ['??=', '::', '..', '??', '+=', '*=', '/=', '%=', '++', '&&', '||', '>>', '$(', '@(', '@{'];

export class LexError extends Error {}

class Lexer {
	private pos = 0;
	private line = 1;
	private spaced = true;
	readonly tokens: Token[] = [];

	constructor(private readonly source: string) {}

	private peek(offset = 0): string {
		return this.source[this.pos + offset] ?? '';
	}

	private push(kind: TokenKind, text: string, extra: Partial<Token> = {}): number {
		this.tokens.push({ kind, text, line: this.line, spaced: this.spaced, ...extra });
		this.spaced = false;
		return this.tokens.length - 1;
	}

	/** Advances over `count` characters, counting the line breaks among them. */
	private advance(count: number): void {
		for (let index = 0; index < count; index++) if (this.source[this.pos + index] === '\n') this.line++;
		this.pos += count;
	}

	/**
	 * Tokenizes code up to the end of the source or, inside an interpolated `$(...)`, up to the `)`
	 * that closes it.
	 */
	lexCode(insideSubexpression: boolean): void {
		let parens = 0;
		while (this.pos < this.source.length) {
			const char = this.peek();
			const next = this.peek(1);
			if (char === '\n') {
				this.spaced = true;
				this.push('newline', '\n');
				this.spaced = true;
				this.advance(1);
			} else if (/\s|\ufeff/.test(char)) {
				this.pos++;
				this.spaced = true;
			} else if (char === '`') {
				// A backtick before the line break continues the statement on the next line.
				const afterBlank = /^`[ \t]*\r?\n/.exec(this.source.slice(this.pos, this.pos + 64));
				this.advance(afterBlank ? afterBlank[0].length : 2);
				this.spaced = true;
			} else if (char === '#') {
				while (this.pos < this.source.length && this.peek() !== '\n') this.pos++;
				this.spaced = true;
			} else if (char === '<' && next === '#') {
				const end = this.source.indexOf('#>', this.pos + 2);
				this.advance((end < 0 ? this.source.length : end + 2) - this.pos);
				this.spaced = true;
			} else if (char === ')' && insideSubexpression && parens === 0) {
				this.pos++;
				return;
			} else if (char === '$') {
				if (next === '(') parens++;
				this.lexDollar();
			} else if (char === '@' && (SINGLE_QUOTES.has(next) || DOUBLE_QUOTES.has(next)) && /^[ \t]*\r?\n/.test(this.source.slice(this.pos + 2, this.pos + 66))) {
				this.lexHereString(DOUBLE_QUOTES.has(next));
			} else if (char === '@' && NAME_CHAR.test(next)) {
				const name = /^[\p{L}\p{N}_]+/u.exec(this.source.slice(this.pos + 1))?.[0] ?? '';
				this.push('splat', name);
				this.pos += 1 + name.length;
			} else if (SINGLE_QUOTES.has(char)) {
				this.lexSingleQuoted();
			} else if (DOUBLE_QUOTES.has(char)) {
				this.lexDoubleQuoted();
			} else if (DASHES.has(char) && WORD_START.test(next)) {
				this.lexDashWord();
			} else if (/[0-9]/.test(char)) {
				const number = /^(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)(kb|mb|gb|tb|pb|[dl])?(?![\p{L}_])/iu.exec(this.source.slice(this.pos));
				if (number) {
					this.push('number', number[0]);
					this.pos += number[0].length;
				} else this.lexWord();
			} else if (WORD_START.test(char)) {
				this.lexWord();
			} else if (char === '[' && !this.indexesPrevious()) {
				this.lexBracketType();
			} else {
				const symbol = PUNCTUATION.find((candidate) => this.source.startsWith(candidate, this.pos)) ?? char;
				if (symbol === '(' || symbol === '@(') parens++;
				if (symbol === ')') parens--;
				this.push('punct', symbol);
				this.pos += symbol.length;
			}
		}
		if (insideSubexpression) throw new LexError(`unterminated $( ) in a string at line ${this.line}`);
	}

	/** `[` straight after a value (`$a[0]`, `$x.Items['k']`) indexes; elsewhere it starts a type. */
	private indexesPrevious(): boolean {
		const previous = this.tokens.at(-1);
		if (!previous || this.spaced) return false;
		return previous.kind === 'variable' || previous.kind === 'word' || previous.kind === 'string'
			|| (previous.kind === 'punct' && (previous.text === ')' || previous.text === ']'));
	}

	private lexDollar(): void {
		const next = this.peek(1);
		if (next === '(') {
			this.push('punct', '$(');
			this.pos += 2;
			return;
		}
		if (next === '{') {
			const end = this.source.indexOf('}', this.pos + 2);
			if (end < 0) throw new LexError(`unterminated \${ } at line ${this.line}`);
			this.push('variable', stripScope(this.source.slice(this.pos + 2, end)));
			this.advance(end + 1 - this.pos);
			return;
		}
		const name = /^([\p{L}_][\p{L}\p{N}_]*:(?=[\p{L}\p{N}_]))?[\p{L}\p{N}_]+|^[$?^]/u.exec(this.source.slice(this.pos + 1));
		if (!name) {
			this.push('punct', '$');
			this.pos++;
			return;
		}
		this.push('variable', stripScope(name[0]));
		this.pos += 1 + name[0].length;
	}

	private lexDashWord(): void {
		const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(this.source.slice(this.pos + 1))?.[0] ?? '';
		const operator = operatorName(name);
		const colon = !operator && this.source[this.pos + 1 + name.length] === ':' && this.source[this.pos + 2 + name.length] !== ':';
		if (operator) this.push('operator', operator);
		else this.push('parameter', name, colon ? { colon: true } : {});
		this.pos += 1 + name.length + (colon ? 1 : 0);
	}

	private lexWord(): void {
		let end = this.pos;
		while (end < this.source.length && WORD_CHAR.test(this.source[end])) end++;
		this.push('word', this.source.slice(this.pos, end));
		this.pos = end;
	}

	/** `[string]`, `[System.Collections.Generic.List[object]]`, `[Parameter(Mandatory)]`, else `[`. */
	private lexBracketType(): void {
		const rest = this.source.slice(this.pos, this.pos + 400);
		const typeName = /^\[\s*([\p{L}_][\p{L}\p{N}_.`]*(?:\[[\p{L}\p{N}_.,\s[\]`]*\])*(?:\[\])?)\s*\]/u.exec(rest);
		if (typeName && balanced(typeName[0])) {
			this.push('type', typeName[1].replace(/\s+/g, ''));
			this.advance(typeName[0].length);
			return;
		}
		if (/^\[\s*[\p{L}_][\p{L}\p{N}_.]*\s*\(/u.test(rest)) {
			const end = this.attributeEnd();
			if (end > 0) {
				this.push('attribute', this.source.slice(this.pos, end));
				this.advance(end - this.pos);
				return;
			}
		}
		this.push('punct', '[');
		this.pos++;
	}

	/** Where `[Name(...)]` ends, skipping strings inside the parentheses; -1 if it is no attribute. */
	private attributeEnd(): number {
		let depth = 0;
		for (let index = this.pos + 1; index < this.source.length; index++) {
			const char = this.source[index];
			if (SINGLE_QUOTES.has(char) || DOUBLE_QUOTES.has(char)) {
				const quotes = SINGLE_QUOTES.has(char) ? SINGLE_QUOTES : DOUBLE_QUOTES;
				index++;
				while (index < this.source.length && !(quotes.has(this.source[index]) && !quotes.has(this.source[index + 1] ?? ''))) {
					index += quotes.has(this.source[index]) ? 2 : 1;
				}
			} else if (char === '(') depth++;
			else if (char === ')') depth--;
			else if (char === ']' && depth === 0) return index + 1;
		}
		return -1;
	}

	private lexSingleQuoted(): void {
		let text = '';
		let index = this.pos + 1;
		for (;;) {
			if (index >= this.source.length) throw new LexError(`unterminated string at line ${this.line}`);
			const char = this.source[index];
			if (SINGLE_QUOTES.has(char)) {
				if (SINGLE_QUOTES.has(this.source[index + 1] ?? '')) {
					text += char;
					index += 2;
					continue;
				}
				break;
			}
			text += char;
			index++;
		}
		this.push('string', text);
		this.advance(index + 1 - this.pos);
	}

	private lexDoubleQuoted(): void {
		this.lexExpandable(this.pos + 1, (index) => {
			const char = this.source[index];
			if (!DOUBLE_QUOTES.has(char)) return 0;
			return DOUBLE_QUOTES.has(this.source[index + 1] ?? '') ? -1 : 1;
		});
	}

	private lexHereString(expandable: boolean): void {
		const start = this.source.indexOf('\n', this.pos) + 1;
		const closing = expandable ? /\r?\n[ \t]*["\u201c\u201d\u201e]@/g : /\r?\n[ \t]*['\u2018\u2019\u201a\u201b]@/g;
		closing.lastIndex = start - 1;
		const end = closing.exec(this.source);
		if (!end) throw new LexError(`unterminated here-string at line ${this.line}`);
		if (!expandable) {
			this.push('string', this.source.slice(start, end.index));
			this.advance(end.index + end[0].length - this.pos);
			return;
		}
		this.lexExpandable(start, (index) => (index === end.index ? end[0].length : 0));
	}

	/**
	 * Reads an expandable string from `start`; `terminator(index)` answers the length of the closing
	 * delimiter at index (0: none, -1: an escaped quote). Interpolated code is tokenized after the
	 * string token, which gets its text at the end.
	 */
	private lexExpandable(start: number, terminator: (index: number) => number): void {
		const stringIndex = this.push('string', '');
		let text = '';
		this.advance(start - this.pos);
		for (;;) {
			if (this.pos >= this.source.length) throw new LexError(`unterminated string at line ${this.tokens[stringIndex].line}`);
			const closing = terminator(this.pos);
			if (closing > 0) {
				this.advance(closing);
				break;
			}
			const char = this.peek();
			if (closing < 0) {
				text += char;
				this.pos += 2;
			} else if (char === '`') {
				text += this.peek(1);
				this.advance(2);
			} else if (char === '$' && (this.peek(1) === '(' || this.peek(1) === '{' || NAME_CHAR.test(this.peek(1)))) {
				text += '$';
				this.tokens[stringIndex].interpolated = true;
				this.spaced = true;
				this.push('interpolationStart', '', { owner: stringIndex });
				this.spaced = true;
				if (this.peek(1) === '(') {
					this.pos += 2;
					this.lexCode(true);
				} else this.lexDollar();
				this.push('interpolationEnd', '', { owner: stringIndex });
			} else {
				text += char;
				this.advance(1);
			}
		}
		this.tokens[stringIndex].text = text;
		this.spaced = false;
	}
}

function stripScope(name: string): string {
	const colon = name.indexOf(':');
	if (colon < 0) return name;
	return SCOPES.has(name.slice(0, colon).toLowerCase()) ? name.slice(colon + 1) : name;
}

function balanced(text: string): boolean {
	let depth = 0;
	for (const char of text) {
		if (char === '[') depth++;
		if (char === ']') depth--;
		if (depth < 0) return false;
	}
	return depth === 0;
}

/** Tokenizes a PowerShell script; throws LexError when a string or subexpression never ends. */
export function lexPowerShell(source: string): Token[] {
	const lexer = new Lexer(source.replace(/\r\n?/g, '\n'));
	lexer.lexCode(false);
	return lexer.tokens;
}
