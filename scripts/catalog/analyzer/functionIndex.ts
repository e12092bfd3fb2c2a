/* eslint-disable @n8n/community-nodes/no-restricted-imports -- build tooling: runs in Node on a developer machine, never inside n8n */
/**
 * The functions a CIPP-API checkout defines, found by name. Files are indexed with a cheap text scan
 * and only tokenized when a function in them is needed.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { LexError } from './lexer';
import type { FunctionResolver } from './scan';
import { findFunctions, parseSource, type FunctionDefinition, type SourceFile } from './syntax';

const DEFINITION = /^[ \t]*(?:function|filter)[ \t]+(?:(?:global|script):)?([A-Za-z_][\w-]*)/gim;

export class FunctionIndex implements FunctionResolver {
	/** Lower-case function name → the files that define it, sorted. */
	private readonly definers = new Map<string, string[]>();
	private readonly parsed = new Map<string, { source?: SourceFile; functions: FunctionDefinition[] }>();
	/** Files that could not be tokenized, with the reason. */
	readonly failures = new Map<string, string>();

	/** `files`: paths relative to the checkout (forward slashes); `read` returns a file's text. */
	constructor(readonly files: string[], private readonly read: (file: string) => string) {
		for (const file of [...files].sort()) {
			for (const match of read(file).matchAll(DEFINITION)) {
				const name = match[1].toLowerCase();
				const definers = this.definers.get(name) ?? [];
				if (!definers.includes(file)) definers.push(file);
				this.definers.set(name, definers);
			}
		}
	}

	/** Every `.ps1` below `<root>/Modules`. */
	static forCheckout(root: string): FunctionIndex {
		const files: string[] = [];
		const walk = (relative: string): void => {
			for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
				const path = `${relative}/${entry.name}`;
				if (entry.isDirectory()) walk(path);
				else if (entry.name.toLowerCase().endsWith('.ps1')) files.push(path);
			}
		};
		walk('Modules');
		const cache = new Map<string, string>();
		return new FunctionIndex(files, (file) => {
			const text = cache.get(file) ?? readFileSync(join(root, file), 'utf8');
			cache.set(file, text);
			return text;
		});
	}

	/** An index over in-memory files (tests). */
	static forSources(sources: Record<string, string>): FunctionIndex {
		return new FunctionIndex(Object.keys(sources), (file) => sources[file]);
	}

	/** The functions defined in a file (nested ones included); none if it cannot be tokenized. */
	functionsIn(file: string): FunctionDefinition[] {
		const known = this.parsed.get(file);
		if (known) return known.functions;
		let entry: { source?: SourceFile; functions: FunctionDefinition[] } = { functions: [] };
		try {
			const source = parseSource(file, this.read(file));
			entry = { source, functions: findFunctions(source) };
		} catch (error) {
			// One unreadable file must not stop the run: it is reported, and its functions stay unknown.
			this.failures.set(file, error instanceof LexError ? error.message : `unexpected error: ${String(error)}`);
		}
		this.parsed.set(file, entry);
		return entry.functions;
	}

	find(name: string, from: string): FunctionDefinition | undefined {
		const lower = name.toLowerCase();
		const definers = this.definers.get(lower);
		if (!definers) return undefined;
		const ordered = definers.includes(from) ? [from, ...definers.filter((file) => file !== from)] : definers;
		for (const file of ordered) {
			const found = this.functionsIn(file).find((definition) => definition.name.toLowerCase() === lower);
			if (found) return found;
		}
		return undefined;
	}
}
