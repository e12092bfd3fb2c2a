/**
 * Access chains: a variable with the members, indexes and method calls glued to it
 * (`$Request.Body.user[0].value`, `$Request.Body.'$select'`, `$X.Split(',')`), and what part of the
 * chain still names the request's own data.
 */
import { isPunct, literalValues, type SourceFile } from './syntax';

export type ChainStep =
	| { kind: 'member'; name: string }
	| { kind: 'element' }
	/** `$a.$name`, `$a[$name]`: `variable` when the name is a plain variable. */
	| { kind: 'dynamic'; variable?: string }
	| { kind: 'method'; name: string; open: number; close: number };

export interface Chain {
	/** Index of the variable token. */
	start: number;
	/** Index of the last token of the chain. */
	end: number;
	variable: string;
	steps: ChainStep[];
}

export function parseChain(source: SourceFile, start: number): Chain {
	const { tokens, partner } = source;
	const chain: Chain = { start, end: start, variable: tokens[start].text, steps: [] };
	for (;;) {
		const dot = tokens[chain.end + 1];
		const name = tokens[chain.end + 2];
		if (dot && !dot.spaced && isPunct(dot, '.') && name && !name.spaced) {
			const call = tokens[chain.end + 3];
			if (name.kind === 'word' && call && !call.spaced && isPunct(call, '(') && partner[chain.end + 3] > 0) {
				chain.steps.push({ kind: 'method', name: name.text, open: chain.end + 3, close: partner[chain.end + 3] });
				chain.end = partner[chain.end + 3];
			} else if (name.kind === 'word' || name.kind === 'number') {
				chain.steps.push({ kind: 'member', name: name.text });
				chain.end += 2;
			} else if (name.kind === 'string' && !name.interpolated) {
				chain.steps.push({ kind: 'member', name: name.text });
				chain.end += 2;
			} else if (name.kind === 'variable' || name.kind === 'string' || isPunct(name, '(')) {
				const variable = name.kind === 'variable' ? name.text : undefined;
				chain.steps.push(variable ? { kind: 'dynamic', variable } : { kind: 'dynamic' });
				chain.end = isPunct(name, '(') ? Math.max(partner[chain.end + 2], chain.end + 2) : chain.end + 2;
				if (name.kind === 'string') while (tokens[chain.end + 1]?.kind === 'interpolationStart') chain.end = partner[chain.end + 1];
			} else return chain;
		} else if (dot && !dot.spaced && isPunct(dot, '[') && partner[chain.end + 1] > chain.end) {
			const close = partner[chain.end + 1];
			const key = literalValues(source, chain.end + 2, close - 1);
			const inner = tokens[chain.end + 2];
			if (key?.length === 1 && inner.kind === 'string') chain.steps.push({ kind: 'member', name: key[0] });
			else if (key?.length === 1 || (isPunct(inner, '-') && tokens[chain.end + 3]?.kind === 'number')) chain.steps.push({ kind: 'element' });
			else if (inner?.kind === 'variable' && close === chain.end + 3) chain.steps.push({ kind: 'dynamic', variable: inner.text });
			else chain.steps.push({ kind: 'dynamic' });
			chain.end = close;
		} else return chain;
	}
}

/**
 * What ends the part of a chain that is the value itself: `.Count`, a method call, a dynamic
 * member, reflection (`.PSObject`, `.Keys`).
 */
export type ChainTail =
	| { kind: 'count' }
	| { kind: 'length' }
	| { kind: 'reflect' }
	| { kind: 'dynamic' }
	| { kind: 'method'; name: string; open: number; close: number; keepsValue: boolean };

export interface ChainPath {
	/** Member names, and `*` for an element (`[0]`). */
	path: string[];
	tail?: ChainTail;
}

/** Methods whose result stands for the value itself: `$X.Trim() -eq 'a'` still compares X. */
const VALUE_KEEPING_METHODS = new Set([
	'trim', 'trimstart', 'trimend', 'tolower', 'toupper', 'tolowerinvariant', 'toupperinvariant', 'tostring',
]);
const REFLECTION_MEMBERS = new Set(['psobject', 'keys', 'values', 'psbase']);

export function chainPath(chain: Chain): ChainPath {
	const path: string[] = [];
	for (const step of chain.steps) {
		if (step.kind === 'element') path.push('*');
		else if (step.kind === 'dynamic') return { path, tail: { kind: 'dynamic' } };
		else if (step.kind === 'method') {
			const name = step.name.toLowerCase();
			return { path, tail: { kind: 'method', name, open: step.open, close: step.close, keepsValue: VALUE_KEEPING_METHODS.has(name) } };
		} else {
			const lower = step.name.toLowerCase();
			if (lower === 'count') return { path, tail: { kind: 'count' } };
			if (lower === 'length') return { path, tail: { kind: 'length' } };
			if (REFLECTION_MEMBERS.has(lower)) return { path, tail: { kind: 'reflect' } };
			path.push(step.name);
		}
	}
	return { path };
}

/**
 * The chain once for each name a dynamic member can take (`$Body.$Key` inside
 * `foreach ($Key in @('a', 'b'))` reads `a` and `b`); `namesOf` gives a variable's literal values.
 */
export function expandDynamicMembers(chain: Chain, namesOf: (variable: string) => string[] | undefined): Chain[] {
	let variants: Chain[] = [{ ...chain, steps: [] }];
	for (const step of chain.steps) {
		const names = step.kind === 'dynamic' && step.variable ? namesOf(step.variable) : undefined;
		if (!names?.length) {
			variants = variants.map((variant) => ({ ...variant, steps: [...variant.steps, step] }));
			continue;
		}
		variants = variants.flatMap((variant) => names.map((name) => ({ ...variant, steps: [...variant.steps, { kind: 'member' as const, name }] })));
	}
	return variants;
}
