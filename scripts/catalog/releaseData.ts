/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/** Locating and reading the vendored facts of a CIPP release. */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

import type { HandlerFacts, ReleaseCorrections, ReleaseSpec } from './releaseTypes';

export const DATA_DIR = resolve(__dirname, '..', '..', 'nodes', 'Cipp', 'catalog', 'data');

export function releaseDir(version: string): string {
	return join(DATA_DIR, `cipp-${version}`);
}

export function compareVersions(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let index = 0; index < Math.max(left.length, right.length); index++) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/**
 * The releases vendored in full, oldest first: folders `cipp-<version>` with a spec. The partial
 * facts of newer releases live apart, in additions/ (see releaseAdditions.ts).
 */
export function vendoredReleases(): string[] {
	if (!existsSync(DATA_DIR)) return [];
	return readdirSync(DATA_DIR)
		.filter((entry) => entry.startsWith('cipp-') && existsSync(join(DATA_DIR, entry, 'spec.json')))
		.map((entry) => entry.slice('cipp-'.length))
		.sort(compareVersions);
}

export interface ReleaseData {
	version: string;
	spec: ReleaseSpec;
	corrections: ReleaseCorrections;
	/** What the handlers were read to do, merged from handlers/<resource>.json. */
	handlers: HandlerFacts;
	/** Newer releases whose additions were merged in (releaseAdditions.ts), oldest first. */
	additions: string[];
}

export function readJson<T>(file: string, fallback: T): T {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

/** The handler facts of a release, from every file in its handlers/ folder. */
export function loadHandlerFacts(version: string): HandlerFacts {
	const dir = join(releaseDir(version), 'handlers');
	const facts: HandlerFacts = {};
	if (!existsSync(dir)) return facts;
	for (const file of readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
		Object.assign(facts, readJson<HandlerFacts>(join(dir, file), {}));
	}
	return facts;
}

export function loadRelease(version: string): ReleaseData {
	const dir = releaseDir(version);
	const spec = readJson<ReleaseSpec | undefined>(join(dir, 'spec.json'), undefined);
	if (!spec) throw new Error(`No vendored facts for CIPP ${version}: ${join(dir, 'spec.json')} is missing`);
	return {
		version,
		spec,
		corrections: readJson<ReleaseCorrections>(join(dir, 'corrections.json'), {}),
		handlers: loadHandlerFacts(version),
		additions: [],
	};
}
