/**
 * Walks one function body, tracking which variables hold (part of) a tracked value — the request in
 * a handler, a parameter in a helper — through aliases (`$Body = $Request.Body`), `??` defaults,
 * loops and pipelines, and records every access with how it is used. Values handed to another
 * function of the checkout are followed into it (see Analyzer.helperAccesses).
 */
import type { UseDetail } from './analysisTypes';
import { chainPath, expandDynamicMembers, parseChain, type Chain } from './chains';
import { hashtableEntries, isCommandPosition, parseCommand, statementEnd, type CallArgument, type CommandCall } from './commands';
import { classify, insideBranch, looksLikeUrl, type ContextFacts } from './contexts';
import { isOperator, isPunct, isWord, literalValues, operandEnd, type FunctionDefinition, type ParameterInfo } from './syntax';
import { VariableTracker, type OperandNotes, type Targets } from './variables';

/** One read of the tracked value: `path` below the tracked root (`['Body', 'user', '*', 'value']`). */
export interface Access {
	path: string[];
	line: number;
	/** The file the use is in (relative to the checkout). */
	file: string;
	/** Helpers entered to reach it, outermost first (empty in the scanned function itself). */
	via: string[];
	/** Where in `path` this access's own member reads start: the part before was read elsewhere (an alias, a caller). */
	own: number;
	uses: UseDetail[];
	/** The path ends with a `.value` read only behind an object type test: a plain value is taken too. */
	valueAcceptsPlain?: true;
}

/** Finds the functions of the checkout by name; `from` (a file) wins for functions defined twice. */
export interface FunctionResolver {
	find(name: string, from: string): FunctionDefinition | undefined;
}

/** Pipeline commands that run a script block once per element, with `$_` bound to it. */
const PIPELINE_LOOPS = new Set(['foreach-object', '%', 'foreach', 'where-object', 'where', '?']);
const ASSIGNMENTS = new Set(['=', '+=', '??=', '*=', '/=', '%=']);
const KEYWORDS = new Set([
	'if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'try', 'catch', 'finally', 'return',
	'throw', 'function', 'filter', 'param', 'begin', 'process', 'end', 'break', 'continue', 'exit', 'trap', 'in', 'data',
]);

export function parameterFor(definition: FunctionDefinition, argument: CallArgument): ParameterInfo | undefined {
	const { parameters } = definition;
	if (argument.parameter !== undefined) {
		const wanted = argument.parameter.toLowerCase();
		const exact = parameters.find((parameter) => parameter.name.toLowerCase() === wanted || parameter.aliases.some((alias) => alias.toLowerCase() === wanted));
		if (exact) return exact;
		const prefixed = parameters.filter((parameter) => parameter.name.toLowerCase().startsWith(wanted));
		return prefixed.length === 1 ? prefixed[0] : undefined;
	}
	if (argument.position === undefined) return undefined;
	const positioned = parameters.filter((parameter) => parameter.position !== undefined);
	if (positioned.length) return positioned.find((parameter) => parameter.position === argument.position);
	return parameters.filter((parameter) => !parameter.types.includes('switch'))[argument.position];
}

export class Analyzer {
	private readonly cache = new Map<string, Access[]>();
	private readonly active = new Set<string>();
	/** Call sites where a tracked value was handed to a helper and followed. */
	followedCalls = 0;
	readonly helpersEntered = new Set<string>();

	/**
	 * `notEntered`: lower-case names of helpers whose calls are recorded (parameter, types,
	 * mandatory) but not followed into.
	 */
	constructor(readonly resolver: FunctionResolver, readonly maxDepth = 3, readonly notEntered: ReadonlySet<string> = new Set()) {}

	/** The accesses of `parameter` inside `definition` (paths relative to the parameter). */
	scan(definition: FunctionDefinition, parameter: string, depth: number): Access[] {
		return new FunctionScan(this, definition, parameter, depth).run();
	}

	helperAccesses(definition: FunctionDefinition, parameter: string, depth: number): Access[] {
		const key = `${definition.source.path}\u0000${definition.name}\u0000${parameter}\u0000${depth}`.toLowerCase();
		const cached = this.cache.get(key);
		if (cached) return cached;
		const activeKey = `${definition.source.path}\u0000${definition.name}`.toLowerCase();
		if (this.active.has(activeKey)) return [];
		this.active.add(activeKey);
		this.helpersEntered.add(definition.name);
		try {
			const accesses = this.scan(definition, parameter, depth);
			this.cache.set(key, accesses);
			return accesses;
		} finally {
			this.active.delete(activeKey);
		}
	}
}

class FunctionScan extends VariableTracker implements ContextFacts {
	/** `$Params = @{ ... }` tables, for `Command @Params`: key → value tokens. */
	private readonly tables = new Map<string, Map<string, { start: number; end: number; line: number }>>();
	private readonly arguments = new Map<number, { call: CommandCall; argument: CallArgument }>();
	private readonly urlArguments = new Set<number>();
	private readonly accesses: Access[] = [];
	/** Right-hand sides of `$X = <tracked value>`: reads there only make an alias. */
	private readonly aliases: Array<{ from: number; to: number; variable: string }> = [];

	constructor(private readonly analyzer: Analyzer, private readonly definition: FunctionDefinition, parameter: string, private readonly depth: number) {
		super(definition.source, parameter, definition.open);
	}

	callArgumentAt(start: number): { call: CommandCall; argument: CallArgument } | undefined {
		return this.arguments.get(start);
	}

	isUrlFormatArgument(start: number): boolean {
		return this.urlArguments.has(start);
	}

	get returnEndsRequest(): boolean {
		return this.depth === 0;
	}

	isHelper(name: string): boolean {
		return this.analyzer.resolver.find(name, this.source.path) !== undefined;
	}

	/**
	 * A scheduled task built in place: `@{ Command = @{ value = 'Set-CIPPX' }; Parameters = @{ User = $X } }`
	 * runs Set-CIPPX with those parameters later, so they are followed like a call.
	 */
	private onTable(open: number): void {
		const entries = hashtableEntries(this.source, open);
		const { tokens } = this.source;
		const command = entries.find((entry) => entry.key.toLowerCase() === 'command');
		const parameters = entries.find((entry) => entry.key.toLowerCase() === 'parameters');
		if (!command || !parameters) return;
		let nameToken = command.start;
		if (isPunct(tokens[nameToken], '@{')) {
			const value = hashtableEntries(this.source, nameToken).find((entry) => entry.key.toLowerCase() === 'value');
			nameToken = value?.start ?? -1;
		}
		if (tokens[nameToken]?.kind !== 'string' || tokens[nameToken].interpolated) return;
		let table = parameters.start;
		while (tokens[table]?.kind === 'type') table++;
		const values = isPunct(tokens[table], '@{')
			? new Map(hashtableEntries(this.source, table).map((entry) => [entry.key, entry] as const))
			: tokens[table]?.kind === 'variable' && table === parameters.end ? this.tables.get(tokens[table].text.toLowerCase()) : undefined;
		const call: CommandCall = { name: tokens[nameToken].text, index: nameToken, line: tokens[nameToken].line, arguments: [] };
		for (const [key, value] of values ?? []) {
			const notes: OperandNotes = { defaulted: false };
			const targets = this.operandTargets(value.start, value.end, notes);
			if (targets) this.followHelper(call, { parameter: key }, targets, value.line, notes.defaulted || this.defaultedOperand(value.start));
		}
	}

	private record(path: string[], own: number, line: number, uses: UseDetail[], valueAcceptsPlain?: true): void {
		this.accesses.push({ path, line, file: this.source.path, via: [], own, uses, ...(valueAcceptsPlain ? { valueAcceptsPlain } : {}) });
	}

	/**
	 * Whether the token sits in the block of an `if`/`elseif` whose condition reads one of `targets`:
	 * `if ($Request.Query.ID) { Get-X -Id $Request.Query.ID }` needs the ID only when it is given.
	 */
	private guardedBy(index: number, targets: Targets): boolean {
		const { tokens, partner } = this.source;
		const wanted = new Set(targets.map((target) => target.join('.').toLowerCase()));
		for (let group = this.source.parent[index]; group >= 0; group = this.source.parent[group]) {
			if (!isPunct(tokens[group], '{')) continue;
			let close = group - 1;
			while (tokens[close]?.kind === 'newline') close--;
			const open = partner[close];
			if (!isPunct(tokens[close], ')') || open < 0 || !isWord(tokens[open - 1], 'if', 'elseif')) continue;
			for (let inner = open + 1; inner < close; inner++) {
				if (tokens[inner].kind !== 'variable') continue;
				const held = this.targetsAt(tokens[inner].text, inner);
				const path = chainPath(parseChain(this.source, inner)).path;
				if (held?.some((target) => wanted.has([...target, ...path].join('.').toLowerCase()))) return true;
			}
		}
		return false;
	}

	/** Records the helper use and, depth permitting, what the helper does with the value. */
	private followHelper(call: CommandCall, argument: CallArgument, targets: Targets, line: number, mayBeDefaulted = false): void {
		const helper = this.analyzer.resolver.find(call.name, this.source.path);
		if (!helper) return;
		const parameter = parameterFor(helper, argument);
		const detail: UseDetail = { use: 'helper', helper: helper.name };
		if (parameter) {
			detail.parameter = parameter.name;
			if (parameter.types.length) detail.parameterTypes = parameter.types;
			if (parameter.mandatory) detail.mandatory = true;
			if (parameter.validateSet) detail.validateSet = parameter.validateSet;
		}
		const uses: UseDetail[] = [detail];
		// `-Users ($A ?? $B)`: either field fills the parameter.
		const oneOf = new Set(targets.map((target) => (target.at(-1) ?? '').toLowerCase())).size > 1;
		// A call made in one branch only (an if/else block, a switch clause) needs the value in that case only.
		const conditional = insideBranch(this.source, call.index);
		if (parameter?.mandatory && !mayBeDefaulted && !this.guardedBy(call.index, targets)) {
			uses.push({ use: 'required', helper: helper.name, parameter: parameter.name, ...(oneOf ? { oneOf: true as const } : {}), ...(conditional ? { conditional: true as const } : {}) });
		}
		for (const target of targets) this.record(target, target.length, line, uses);
		if (!parameter || this.depth >= this.analyzer.maxDepth || this.analyzer.notEntered.has(helper.name.toLowerCase())) return;
		this.analyzer.followedCalls++;
		const inner = this.analyzer.helperAccesses(helper, parameter.name, this.depth + 1);
		for (const target of targets) {
			for (const access of inner) {
				// `-Name ($A ?? $Default)`, or a parameter with a default value: a check inside the helper may be met by the default.
				const uses = mayBeDefaulted || parameter.hasDefault ? access.uses.filter((use) => use.use !== 'required') : access.uses;
				if (!uses.length) continue;
				this.accesses.push({ ...access, uses, path: [...target, ...access.path], own: target.length + access.own, via: [helper.name, ...access.via] });
			}
		}
	}

	private onCommand(index: number): void {
		if (KEYWORDS.has(this.source.tokens[index].text.toLowerCase())) return;
		const helper = this.analyzer.resolver.find(this.source.tokens[index].text, this.source.path);
		const isSwitch = (name: string): boolean => {
			const parameter = helper && parameterFor(helper, { parameter: name });
			return parameter?.types.includes('switch') ?? /^(force|whatif|confirm|compress|ashashtable|raw|recurse|passthru)$/i.test(name);
		};
		const call = parseCommand(this.source, index, isSwitch);
		for (const argument of call.arguments) {
			if (argument.start !== undefined) this.arguments.set(argument.start, { call, argument });
			if (argument.splat) this.onSplat(call, argument.splat);
		}
	}

	/** `Command @Params`: each entry of the literal table is an argument; a tracked object splats its members. */
	private onSplat(call: CommandCall, name: string): void {
		const table = this.tables.get(name.toLowerCase());
		if (table) {
			for (const [key, value] of table) {
				const notes: OperandNotes = { defaulted: false };
				const targets = this.operandTargets(value.start, value.end, notes);
				if (targets) this.followHelper(call, { parameter: key }, targets, value.line, notes.defaulted || this.defaultedOperand(value.start));
			}
			return;
		}
		const targets = this.targetsAt(name, call.index);
		if (!targets) return;
		for (const target of targets) this.record(target, target.length, call.line, [{ use: 'splat', command: call.name }]);
		const helper = this.analyzer.resolver.find(call.name, this.source.path);
		for (const parameter of helper?.parameters ?? []) {
			this.followHelper(call, { parameter: parameter.name }, targets.map((target) => [...target, parameter.name]), call.line);
		}
	}

	/** `'https://.../{0}' -f $a, $b`: the arguments of a URL-like format string. */
	private onFormat(index: number): void {
		const { tokens } = this.source;
		const left = tokens[index - 1];
		const format = left?.kind === 'interpolationEnd' ? tokens[left.owner ?? 0] : left;
		if (format?.kind !== 'string' || !looksLikeUrl(format.text)) return;
		let start = index + 1;
		for (;;) {
			this.urlArguments.add(start);
			const end = operandEnd(this.source, start);
			if (!isPunct(tokens[end + 1], ',')) return;
			start = end + 2;
		}
	}

	/** `$X = ...`, `$X.Key = ...` on a literal table, `$X.Add('Key', ...)`. Returns true for a plain `$X =`. */
	private onAssignment(index: number, chain: Chain): boolean {
		const { tokens } = this.source;
		const name = tokens[index].text.toLowerCase();
		const operator = tokens[chain.end + 1];
		const table = this.tables.get(name);
		if (chain.steps.length === 1 && table && chain.steps[0].kind === 'member' && isPunct(operator, '=')) {
			table.set(chain.steps[0].name, { start: chain.end + 2, end: statementEnd(this.source, chain.end + 2), line: tokens[index].line });
		}
		const step = chain.steps[0];
		if (chain.steps.length === 1 && table && step.kind === 'method' && step.name.toLowerCase() === 'add' && tokens[step.open + 1]?.kind === 'string') {
			const valueStart = step.open + 3;
			if (isPunct(tokens[step.open + 2], ',')) table.set(tokens[step.open + 1].text, { start: valueStart, end: step.close - 1, line: tokens[index].line });
		}
		if (chain.steps.length || !isPunct(operator, '=')) return false;
		let valueStart = chain.end + 2;
		const end = statementEnd(this.source, valueStart);
		while (tokens[valueStart]?.kind === 'type' && isPunct(tokens[valueStart + 1], '@{')) valueStart++;
		if (isPunct(tokens[valueStart], '@{')) {
			const entries = new Map(hashtableEntries(this.source, valueStart).map((entry) => [entry.key, entry] as const));
			this.tables.set(name, entries);
		} else this.tables.delete(name);
		const names = literalValues(this.source, chain.end + 2, end);
		if (names) this.literalLists.set(name, names);
		else this.literalLists.delete(name);
		const notes: OperandNotes = { defaulted: false };
		const targets = this.operandTargets(chain.end + 2, end, notes);
		this.pending.push({ at: end, name, block: this.blockOf(index), targets, defaulted: notes.defaulted });
		// The reads on the right record `assign`; the variable's own uses are recorded where they happen.
		if (targets) this.aliases.push({ from: chain.end + 2, to: end, variable: tokens[index].text });
		return true;
	}

	private onVariable(index: number): void {
		const { tokens } = this.source;
		const previous = tokens[index - 1];
		if (previous && isPunct(previous, '.') && !tokens[index].spaced) return;
		const chain = parseChain(this.source, index);
		const operator = tokens[chain.end + 1];
		if (operator?.kind === 'punct' && ASSIGNMENTS.has(operator.text)) {
			this.onAssignment(index, chain);
			return;
		}
		const targets = this.targetsAt(tokens[index].text, index);
		if (!targets) return;
		const variants = expandDynamicMembers(chain, (variable) => this.namesOf(variable, index));
		for (const variant of variants) this.onAccess(index, variant, targets);
	}

	private onAccess(index: number, chain: Chain, targets: Targets): void {
		const { tokens } = this.source;
		const access = chainPath(chain);
		const classification = classify(this, chain, access);
		const uses = [...classification.uses];
		const line = tokens[index].line;
		// `$Id = $Request.Body.Id ?? $Request.Body.AppId; if (!$Id) { return }` needs one of the two.
		// `$Id = $UserId ?? $Upn; if (!$Id) { throw }` with only `$UserId` tracked: another value may meet the check too.
		const names = new Set(targets.map((target) => (target.at(-1) ?? '').toLowerCase()));
		if (names.size > 1 || this.defaultedOperand(index)) uses.forEach((use, position) => (use.use === 'required' ? (uses[position] = { ...use, oneOf: true }) : undefined));
		const assignedTo = this.aliases.find((alias) => alias.from <= index && index <= alias.to)?.variable;
		if (assignedTo) {
			const readOnly = uses.length === 1 && uses[0].use === 'read';
			if (readOnly) uses.length = 0;
			uses.push({ use: 'assign', variable: assignedTo });
		}
		const paths = targets.map((target) => [...target, ...access.path]);
		if (uses.length) targets.forEach((target, position) => this.record(paths[position], target.length, line, uses, classification.valueAcceptsPlain));
		for (const binding of classification.elementBindings) {
			this.scoped.push({ ...binding, targets: paths.map((path) => [...path, '*']) });
		}
		for (const property of [...(classification.selectedProperties ?? []), ...(classification.expandProperty ? [classification.expandProperty] : [])]) {
			for (const path of paths) this.record([...path, property], path.length, line, [{ use: 'read' }]);
		}
		if (classification.helperArgument) {
			this.followHelper(classification.helperArgument.call, classification.helperArgument.argument, paths, line, this.defaultedOperand(index));
		}
	}

	/** `& $Function @Params`: a command named at run time; its splatted table is handed on whole. */
	private onCallOperator(index: number): void {
		const target = this.source.tokens[index + 1];
		const call = parseCommand(this.source, index + 1, () => false);
		call.name = `& ${target.kind === 'variable' ? '$' : ''}${target.text}`;
		for (const argument of call.arguments) {
			if (argument.start !== undefined) this.arguments.set(argument.start, { call, argument });
			if (argument.splat) this.onSplat(call, argument.splat);
		}
	}

	/**
	 * `... | ForEach-Object { $_ }` over something untracked (`$X.PSObject.Properties`, a command's
	 * output): inside the block `$_` is that pipeline's element, not an outer `$_`.
	 */
	private onPipe(index: number): void {
		const { tokens, partner } = this.source;
		const command = tokens[index + 1];
		if (!command || !(command.kind === 'word' || command.kind === 'punct') || !PIPELINE_LOOPS.has(command.text.toLowerCase())) return;
		let block = index + 2;
		while (tokens[block]?.kind === 'parameter') block++;
		if (!isPunct(tokens[block], '{') || partner[block] <= block) return;
		if (this.scoped.some((binding) => binding.from === block)) return;
		this.scoped.push({ name: '_', from: block, to: partner[block], targets: [] }, { name: 'psitem', from: block, to: partner[block], targets: [] });
	}

	run(): Access[] {
		const { tokens } = this.source;
		for (let index = this.definition.statements; index < this.definition.close; index++) {
			this.applyPending(index);
			const token = tokens[index];
			if (isWord(token, 'foreach')) this.onForeach(index);
			if (token.kind === 'word' && isCommandPosition(this.source, index)) this.onCommand(index);
			else if (isOperator(token, 'f')) this.onFormat(index);
			else if (isPunct(token, '@{')) this.onTable(index);
			else if (isPunct(token, '|')) this.onPipe(index);
			else if (isPunct(token, '&') && ['variable', 'string'].includes(tokens[index + 1]?.kind ?? '')) this.onCallOperator(index);
			else if (token.kind === 'variable') this.onVariable(index);
		}
		return this.accesses;
	}
}
