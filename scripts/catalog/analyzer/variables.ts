/**
 * Which variables hold (part of) the tracked value, and where: aliases (`$Body = $Request.Body`),
 * `??` defaults, `if`/ternary branches, copies and parses, loop variables, and the literal name lists
 * a dynamic member (`$Body.$Key`) can take. FunctionScan builds on this while it walks a function.
 */
import { chainPath, parseChain } from './chains';
import { isOperator, isPunct, isWord, literalValues, operandEnd, type SourceFile } from './syntax';

/** Bindings: each tracked variable and the paths (below the root) it holds. */
export type Targets = string[][];

/**
 * What a variable holds: tracked paths, the block of the assignment, and whether it may hold an
 * untracked default instead (`$X = $Request.Body.X ?? 'a'`, `if (!$X) { $X = 'a' }`).
 */
interface Binding {
	targets: Targets;
	block: number;
	defaulted?: boolean;
}

/** Notes collected while reading a right-hand side. */
export interface OperandNotes {
	defaulted: boolean;
}

export interface ScopedBinding {
	name: string;
	from: number;
	to: number;
	targets: Targets;
}

/** Path segment for the value ConvertFrom-Json made of the one before it. */
export const PARSED_JSON = '(json)';

function withoutValueDuplicates(targets: Targets): Targets {
	// `$X.value ?? $X`: the variable holds the `.value` in practice; keep that reading only.
	const keys = new Set(targets.map((target) => target.join('\u0000').toLowerCase()));
	return targets.filter((target) => !keys.has([...target, 'value'].join('\u0000').toLowerCase()));
}

export class VariableTracker {
	/** Each tracked variable, what it holds, and the block (`{`) its assignment is in. */
	protected readonly bindings = new Map<string, Binding>();
	/** Assignments that take effect once their right-hand side has been read. */
	protected readonly pending: Array<{ at: number; name: string; block: number; targets?: Targets; defaulted: boolean }> = [];
	/** Loop variables and `$_`: an element of a tracked value within a token range. */
	protected readonly scoped: ScopedBinding[] = [];
	/** Variables holding a literal list of names (`$Keys = @('a', 'b')`), for `$Body.$Key`. */
	protected readonly literalLists = new Map<string, string[]>();
	protected readonly literalLoops: Array<{ name: string; from: number; to: number; values: string[] }> = [];

	constructor(readonly source: SourceFile, parameter: string, body: number) {
		this.bindings.set(parameter.toLowerCase(), { targets: [[]], block: body });
	}

	protected targetsAt(name: string, index: number): Targets | undefined {
		const lower = name.toLowerCase();
		for (let position = this.scoped.length - 1; position >= 0; position--) {
			const binding = this.scoped[position];
			// A binding without targets shadows: `$_` in a pipeline over something untracked.
			if (binding.name === lower && binding.from <= index && index <= binding.to) return binding.targets.length ? binding.targets : undefined;
		}
		return this.bindings.get(lower)?.targets;
	}

	/**
	 * The tracked paths a right-hand side stands for: a chain (cast or in parentheses), the chains
	 * among `A ?? B ?? 'default'`, the branches of `if (...) { A } else { B }` and `c ? A : B`, and a
	 * copy or parse of one of those (see keptData).
	 */
	protected operandTargets(start: number, end: number, notes: OperandNotes = { defaulted: false }): Targets | undefined {
		const { tokens } = this.source;
		while (tokens[start]?.kind === 'newline') start++;
		while (end > start && tokens[end]?.kind === 'newline') end--;
		if (start > end) return undefined;
		const targets = isWord(tokens[start], 'if') ? this.branchTargets(start, end, notes) : this.alternativeTargets(start, end, notes);
		return targets?.length ? withoutValueDuplicates(targets) : undefined;
	}

	/** The first token in start..end outside brackets that `matches`. */
	protected topLevel(start: number, end: number, matches: (index: number) => boolean): number | undefined {
		for (let index = start; index <= end; index++) {
			if (matches(index)) return index;
			const partner = this.source.partner[index];
			if (partner > index && this.source.tokens[index].kind !== 'interpolationEnd') index = partner;
		}
		return undefined;
	}

	/** `if (...) { A } elseif (...) { B } else { C }`: each branch that is one tracked operand. */
	protected branchTargets(start: number, end: number, notes: OperandNotes): Targets {
		const { tokens, partner } = this.source;
		const targets: Targets = [];
		for (let index = start; index <= end; index++) {
			if (partner[index] <= index) continue;
			if (isPunct(tokens[index], '{')) targets.push(...this.alternative(index + 1, partner[index] - 1, notes));
			index = partner[index];
		}
		return targets;
	}

	/** One of several alternatives: its targets, noting an untracked one as a default. */
	protected alternative(start: number, end: number, notes: OperandNotes): Targets {
		const targets = this.operandTargets(start, end, notes);
		if (!targets) notes.defaulted = true;
		return targets ?? [];
	}

	protected alternativeTargets(start: number, end: number, notes: OperandNotes): Targets | undefined {
		const { tokens } = this.source;
		const question = this.topLevel(start, end, (index) => isPunct(tokens[index], '?') && tokens[index].spaced && !isPunct(tokens[index - 1], '|'));
		if (question !== undefined) {
			const colon = this.topLevel(question + 1, end, (index) => isPunct(tokens[index], ':'));
			if (colon === undefined) return undefined;
			return [...this.alternative(question + 1, colon - 1, notes), ...this.alternative(colon + 1, end, notes)];
		}
		const targets: Targets = [];
		let partStart = start;
		for (;;) {
			const coalesce = this.topLevel(partStart, end, (index) => isPunct(tokens[index], '??'));
			if (coalesce === undefined && partStart === start) return this.singleOperandTargets(start, end);
			// A default that is not tracked (a literal, a call) does not stop the others from being aliased.
			targets.push(...this.alternative(partStart, (coalesce ?? end + 1) - 1, notes));
			if (coalesce === undefined) return targets;
			partStart = coalesce + 1;
		}
	}

	protected singleOperandTargets(start: number, end: number): Targets | undefined {
		const { tokens } = this.source;
		const kept = this.keptData(start, end);
		// Parsed JSON is the same data one level down: its uses are not uses of the text.
		const parsed = kept?.parsed === true;
		if (kept) {
			if (isWord(tokens[start], 'convertfrom-json')) start += 2;
			end = kept.end;
		}
		while (tokens[start]?.kind === 'type' || (isPunct(tokens[start], '(') && this.source.partner[start] === end)) {
			if (tokens[start].kind !== 'type') end--;
			start++;
		}
		const token = tokens[start];
		if (token?.kind !== 'variable') return undefined;
		const chain = parseChain(this.source, start);
		const held = this.targetsAt(token.text, start);
		const path = chainPath(chain);
		if (!held || chain.end !== end || (path.tail && !(path.tail.kind === 'method' && path.tail.keepsValue))) return undefined;
		return held.map((target) => (parsed ? [...target, ...path.path, PARSED_JSON] : [...target, ...path.path]));
	}

	/**
	 * Pipelines that keep the data: `| Select-Object * -ExcludeProperty a, b` copies the object (less
	 * a few members), `| ConvertTo-Json | ConvertFrom-Json` deep-copies it, `| ConvertFrom-Json`
	 * parses the same data (`parsed`). The result is tracked like the original operand, which ends at `end`.
	 */
	protected keptData(start: number, end: number): { end: number; parsed: boolean } | undefined {
		const { tokens } = this.source;
		if (isWord(tokens[start], 'convertfrom-json') && tokens[start + 1]?.kind === 'parameter' && /^inp/i.test(tokens[start + 1].text)) {
			return operandEnd(this.source, start + 2) === end ? { end, parsed: true } : undefined;
		}
		const operand = operandEnd(this.source, start);
		if (operand + 1 > end || !isPunct(tokens[operand + 1], '|')) return undefined;
		let serialized = false;
		let parsed = false;
		for (let pipe = operand + 1; pipe <= end; ) {
			let next = pipe + 1;
			while (next <= end && !isPunct(tokens[next], '|')) next = isPunct(tokens[next], '(', '@(', '{', '@{') && this.source.partner[next] > next ? this.source.partner[next] + 1 : next + 1;
			const stage = tokens.slice(pipe + 1, next);
			const command = stage[0]?.kind === 'word' ? stage[0].text.toLowerCase() : '';
			if (command === 'convertto-json') serialized = true;
			else if (command === 'convertfrom-json') {
				parsed = !serialized;
				serialized = false;
			} else if (command === 'select-object' || command === 'select') {
				const narrows = stage.some((token) => token.kind === 'parameter' && /^(exp|prop|first|last|skip|uniq)/i.test(token.text));
				const copiesAll = stage.some((token) => isPunct(token, '*') || (token.kind === 'parameter' && /^excl/i.test(token.text)));
				if (narrows || !copiesAll) return undefined;
			} else return undefined;
			pipe = next;
		}
		return serialized ? undefined : { end: operand, parsed };
	}

	/** The names `$variable` may hold at `index`, narrowed by the branches it sits in. */
	protected namesOf(variable: string, index: number): string[] | undefined {
		const lower = variable.toLowerCase();
		const loop = [...this.literalLoops].reverse().find((entry) => entry.name === lower && entry.from <= index && index <= entry.to);
		let names = loop?.values ?? this.literalLists.get(lower);
		if (!names) return undefined;
		for (let group = this.source.parent[index]; group >= 0 && names.length; group = this.source.parent[group]) {
			if (isPunct(this.source.tokens[group], '{')) names = this.narrowByBranch(group, lower, names);
		}
		return names;
	}

	/** `$Key -eq 'x'` (or `'x' -eq $Key`) as an `if` condition between `open` and `close`: 'x'. */
	protected testedName(open: number, close: number, variable: string): string | undefined {
		const inner = this.source.tokens.slice(open + 1, close);
		if (inner.length !== 3 || !isOperator(inner[1], 'eq')) return undefined;
		const [left, , right] = inner;
		if (left.kind === 'variable' && left.text.toLowerCase() === variable && right.kind === 'string') return right.text;
		if (right.kind === 'variable' && right.text.toLowerCase() === variable && left.kind === 'string') return left.text;
		return undefined;
	}

	/**
	 * Inside `if ($Key -eq 'x') { here }` the key is 'x'; in the `elseif`/`else` blocks after it,
	 * it is not 'x'.
	 */
	protected narrowByBranch(block: number, variable: string, names: string[]): string[] {
		const { tokens, partner } = this.source;
		const before = (index: number): number => {
			let previous = index - 1;
			while (tokens[previous]?.kind === 'newline') previous--;
			return previous;
		};
		let keyword: number;
		let kept = names;
		const close = before(block);
		if (isPunct(tokens[close], ')') && partner[close] >= 0 && isWord(tokens[partner[close] - 1], 'if', 'elseif')) {
			const name = this.testedName(partner[close], close, variable);
			if (name !== undefined) kept = kept.filter((candidate) => candidate.toLowerCase() === name.toLowerCase());
			keyword = partner[close] - 1;
		} else if (isWord(tokens[close], 'else')) keyword = close;
		else return kept;
		// Walk back over the earlier branches of the same if/elseif chain.
		while (isWord(tokens[keyword], 'elseif', 'else')) {
			const previousBlockEnd = before(keyword);
			const previousBlock = partner[previousBlockEnd];
			if (!isPunct(tokens[previousBlockEnd], '}') || previousBlock < 0) break;
			const conditionEnd = before(previousBlock);
			const conditionStart = partner[conditionEnd];
			if (!isPunct(tokens[conditionEnd], ')') || conditionStart < 0) break;
			const name = this.testedName(conditionStart, conditionEnd, variable);
			if (name !== undefined) kept = kept.filter((candidate) => candidate.toLowerCase() !== name.toLowerCase());
			keyword = conditionStart - 1;
		}
		return kept;
	}

	/** `foreach ($Key in @('a', 'b'))` or over a variable holding such a list. */
	protected onForeach(index: number): void {
		const { tokens, partner } = this.source;
		const open = index + 1;
		if (!isPunct(tokens[open], '(') || tokens[open + 1]?.kind !== 'variable' || !isWord(tokens[open + 2], 'in')) return;
		const close = partner[open];
		let values = literalValues(this.source, open + 3, close - 1);
		if (!values && close === open + 4 && tokens[open + 3].kind === 'variable') values = this.namesOf(tokens[open + 3].text, open + 3);
		let block = close + 1;
		while (tokens[block]?.kind === 'newline') block++;
		if (values && isPunct(tokens[block], '{')) {
			this.literalLoops.push({ name: tokens[open + 1].text.toLowerCase(), from: block, to: partner[block], values });
		}
	}

	protected applyPending(index: number): void {
		for (let position = 0; position < this.pending.length; ) {
			const entry = this.pending[position];
			if (entry.at >= index) {
				position++;
				continue;
			}
			const existing = this.bindings.get(entry.name);
			if (existing && !this.encloses(entry.block, existing.block)) {
				// Reassigned in a branch or loop that may not run (`if (!$X) { $X = 'default' }`): the
				// variable may still hold the tracked value.
				const targets = [...existing.targets, ...(entry.targets ?? [])];
				this.bindings.set(entry.name, { targets, block: existing.block, defaulted: existing.defaulted || entry.defaulted || !entry.targets });
			} else if (entry.targets) this.bindings.set(entry.name, { targets: entry.targets, block: entry.block, defaulted: entry.defaulted });
			else this.bindings.delete(entry.name);
			this.pending.splice(position, 1);
		}
	}

	/** Whether the variable starting at `index` may hold a default instead of the tracked value. */
	protected defaultedOperand(index: number): boolean {
		let start = index;
		while (this.source.tokens[start]?.kind === 'type' || isPunct(this.source.tokens[start], '(')) start++;
		const token = this.source.tokens[start];
		return token?.kind === 'variable' && this.bindings.get(token.text.toLowerCase())?.defaulted === true;
	}

	/** The innermost `{` enclosing a token (-1 at top level). */
	protected blockOf(index: number): number {
		let group = this.source.parent[index];
		while (group >= 0 && !isPunct(this.source.tokens[group], '{')) group = this.source.parent[group];
		return group;
	}

	/** Whether block `outer` is `inner` or encloses it. */
	protected encloses(outer: number, inner: number): boolean {
		for (let block = inner; block >= 0; block = this.blockOf(block)) if (block === outer) return true;
		return outer === -1;
	}
}
