/**
 * Command invocations (`Set-CIPPThing -User $u -Enabled:$true @Params`) and hashtable literals
 * (`@{ Key = value }`), the two ways a handler hands a value to another function.
 */
import { isPunct, isWord, operandEnd, type SourceFile } from './syntax';

export interface CallArgument {
	/** The parameter name as written, without the dash; absent for a positional argument. */
	parameter?: string;
	/** Position among the positional arguments. */
	position?: number;
	/** The value's first and last token; absent for a switch given without a value. */
	start?: number;
	end?: number;
	/** `@Name`: the splatted variable. */
	splat?: string;
}

export interface CommandCall {
	name: string;
	/** Index of the command name. */
	index: number;
	line: number;
	arguments: CallArgument[];
}

/** Tokens after which a word starts a command rather than being an argument or a member. */
const COMMAND_STARTERS = new Set([';', '|', '(', '$(', '@(', '{', '=', '&', '&&', '||', '+=', '.']);

export function isCommandPosition(source: SourceFile, index: number): boolean {
	const token = source.tokens[index];
	if (token?.kind !== 'word') return false;
	const previous = source.tokens[index - 1];
	if (!previous || previous.kind === 'newline' || previous.kind === 'interpolationStart') return true;
	if (previous.kind === 'punct' && COMMAND_STARTERS.has(previous.text)) {
		// `$x.Name` is a member; `. Name` (dot-sourcing) and `& Name` run a command.
		return !(previous.text === '.' && !token.spaced);
	}
	return isWord(previous, 'return');
}

function endsArguments(source: SourceFile, index: number): boolean {
	const token = source.tokens[index];
	if (!token || token.kind === 'newline' || token.kind === 'interpolationEnd') return true;
	return isPunct(token, ';', '|', '&&', '||', ')', '}', ']');
}

/**
 * Reads the arguments of the command named at `index`. `isSwitch(name)` tells whether a named
 * parameter takes no value (a `[switch]`), so `-Force $x` is read as a switch and a positional.
 */
export function parseCommand(source: SourceFile, index: number, isSwitch: (parameter: string) => boolean): CommandCall {
	const { tokens } = source;
	const call: CommandCall = { name: tokens[index].text, index, line: tokens[index].line, arguments: [] };
	let position = 0;
	let cursor = index + 1;
	while (!endsArguments(source, cursor)) {
		const token = tokens[cursor];
		if (isPunct(token, '>', '>>') || (token.kind === 'number' && isPunct(tokens[cursor + 1], '>', '>>'))) {
			// A redirection such as `2>$null` or `> file`: its target is no argument.
			cursor = token.kind === 'number' ? cursor + 1 : cursor;
			cursor = endsArguments(source, cursor + 1) ? cursor + 1 : operandEnd(source, cursor + 1) + 1;
			continue;
		}
		if (token.kind === 'parameter') {
			const takesValue = token.colon || !(endsArguments(source, cursor + 1) || tokens[cursor + 1].kind === 'parameter' || isSwitch(token.text));
			if (!takesValue) {
				call.arguments.push({ parameter: token.text });
				cursor++;
				continue;
			}
			const end = operandEnd(source, cursor + 1, true);
			call.arguments.push({ parameter: token.text, start: cursor + 1, end });
			cursor = end + 1;
			continue;
		}
		if (token.kind === 'splat') {
			call.arguments.push({ splat: token.text });
			cursor++;
			continue;
		}
		const end = Math.max(operandEnd(source, cursor, true), cursor);
		call.arguments.push({ position: position++, start: cursor, end });
		cursor = end + 1;
	}
	return call;
}

export interface HashtableEntry {
	key: string;
	/** The value's first and last token. */
	start: number;
	end: number;
	line: number;
}

/** The `Key = value` entries of the hashtable literal opened at `open` (`@{`). */
export function hashtableEntries(source: SourceFile, open: number): HashtableEntry[] {
	const { tokens, partner, parent } = source;
	const close = partner[open];
	const entries: HashtableEntry[] = [];
	if (close < 0) return entries;
	for (let index = open + 1; index < close; index++) {
		if (parent[index] !== open) continue;
		const key = tokens[index];
		const isKey = (key.kind === 'word' || (key.kind === 'string' && !key.interpolated) || key.kind === 'number') && isPunct(tokens[index + 1], '=');
		if (!isKey) continue;
		const start = index + 2;
		let end = start;
		while (end < close && !(parent[end] === open && (tokens[end].kind === 'newline' || isPunct(tokens[end], ';')))) end++;
		entries.push({ key: key.text, start, end: end - 1, line: key.line });
		index = end;
	}
	return entries;
}

/** The last token of the statement starting at `start`: it ends before the newline, `;` or closing bracket at the level of `start`. */
export function statementEnd(source: SourceFile, start: number): number {
	const { tokens, partner } = source;
	let index = start;
	while (index < tokens.length) {
		const token = tokens[index];
		if (token.kind === 'punct' && ['(', '@(', '$(', '{', '@{', '['].includes(token.text) && partner[index] > index) {
			index = partner[index] + 1;
			continue;
		}
		if (token.kind === 'interpolationStart' && partner[index] > index) {
			index = partner[index] + 1;
			continue;
		}
		const previous = tokens[index - 1];
		// A line that ends with an operator, a pipe or a comma continues on the next one.
		const continues = previous && (previous.kind === 'operator' || isPunct(previous, '|', ',', '??', '=', '+', '-', '*', '/'));
		if (token.kind === 'newline' && !continues) return index - 1;
		if (isPunct(token, ';', ')', '}', ']') || token.kind === 'interpolationEnd') return index - 1;
		index++;
	}
	return tokens.length - 1;
}
