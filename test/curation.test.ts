/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import type { CuratedResource } from '../nodes/Cipp/catalog/curated/types';
import { loadAdditions, loadReleaseWithAdditions } from '../scripts/catalog/releaseAdditions';
import { compareVersions, loadRelease, releaseDir, vendoredReleases } from '../scripts/catalog/releaseData';
import type { HandlerEndpoint, HandlerFacts, HandlerKind } from '../scripts/catalog/releaseTypes';

/**
 * The handler facts (data/cipp-<version>/handlers/<resource>.json) and our curated words
 * (curated/<resource>.ts) are checked file by file: every name they use exists, every judgement
 * carries its evidence, and every field of a curated endpoint is described.
 * `npx jest test/curation.test.ts -t <resource>` checks one resource.
 */

const version = vendoredReleases().at(-1) ?? '';
const release = loadRelease(version);
/** What the curated words describe: the release with the endpoints and fields of newer ones. */
const withAdditions = loadReleaseWithAdditions(version);
const handlersDir = join(releaseDir(version), 'handlers');
const curatedDir = join(__dirname, '..', 'nodes', 'Cipp', 'catalog', 'curated');

const KINDS: readonly HandlerKind[] = [
	'string', 'number', 'boolean', 'options', 'list', 'labelValue', 'labelValueList', 'object', 'objectList', 'json', 'jsonText',
];
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'with']);

/** Every field name CIPP's spec and the audit know for an endpoint, lower-cased. */
function knownFields(name: string): Set<string> {
	const endpoint = release.spec.endpoints[name];
	const known = new Set<string>();
	for (const field of endpoint?.query ?? []) known.add(field.name.toLowerCase());
	const body = endpoint?.body?.type === 'array' ? endpoint.body.items : endpoint?.body;
	for (const field of Object.keys(body?.properties ?? {})) known.add(field.toLowerCase());
	for (const field of release.corrections[name]?.addFields ?? []) known.add(field.name.toLowerCase());
	return known;
}

function tenantKeyOf(name: string, facts: HandlerEndpoint | undefined): string | undefined {
	return (facts?.tenant?.key ?? release.corrections[name]?.tenantKey?.name)?.toLowerCase();
}

function factsFiles(): string[] {
	return existsSync(handlersDir) ? readdirSync(handlersDir).filter((file) => file.endsWith('.json')).sort() : [];
}

function curatedFiles(): string[] {
	return readdirSync(curatedDir)
		.filter((file) => file.endsWith('.ts') && !['types.ts', 'index.ts'].includes(file))
		.sort();
}

function loadFacts(file: string): HandlerFacts {
	return JSON.parse(readFileSync(join(handlersDir, file), 'utf8')) as HandlerFacts;
}

function loadCurated(file: string): CuratedResource {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(join(curatedDir, file)) as Record<string, CuratedResource>;
	const exported = Object.values(module);
	expect(exported).toHaveLength(1);
	return exported[0];
}

const allFacts = new Map<string, HandlerEndpoint>(Object.entries(withAdditions.handlers));

const factsOrNone = factsFiles().length > 0 ? factsFiles() : ['(none yet)'];
const curatedOrNone = curatedFiles().length > 0 ? curatedFiles() : ['(none yet)'];

describe.each(factsOrNone)('handler facts %s', (file) => {
	const facts = file === '(none yet)' ? {} : loadFacts(file);

	it('names real endpoints and their handler files', () => {
		for (const [name, entry] of Object.entries(facts)) {
			expect({ name, known: name in release.spec.endpoints }).toEqual({ name, known: true });
			expect(entry.handler).toMatch(new RegExp(`(^|/)Invoke-${name.replace(/\$/g, '\\$')}\\.ps1$`, 'i'));
		}
	});

	it('uses only known fields, valid kinds, and gives evidence for every judgement', () => {
		const problems: string[] = [];
		for (const [name, entry] of Object.entries(facts)) {
			const known = knownFields(name);
			const own = new Set(Object.keys(entry.fields).map((field) => field.toLowerCase()));
			for (const [field, fact] of Object.entries(entry.fields)) {
				const where = `${name}.${field}`;
				if (!KINDS.includes(fact.kind)) problems.push(`${where}: kind '${fact.kind}' is not one of ${KINDS.join(', ')}`);
				if (!fact.added && !known.has(field.toLowerCase())) problems.push(`${where}: not in the spec or the audit; mark it "added": true if the handler reads it`);
				if (fact.added && known.has(field.toLowerCase())) problems.push(`${where}: marked added but the spec already lists it`);
				if (fact.kind === 'options' && !(fact.values && fact.values.length > 0)) problems.push(`${where}: options need values`);
				const judged = fact.kind !== 'string' || fact.required !== undefined || fact.unused || fact.added || fact.onlyWhen || fact.requiredWhen || fact.values || fact.in;
				if (judged && !/line \d+|lines \d+|front end|\.ps1|\.jsx?\b/i.test(fact.evidence ?? '')) {
					problems.push(`${where}: evidence must name the line (or the helper/front-end file) that shows it`);
				}
				for (const condition of [fact.onlyWhen, fact.requiredWhen]) {
					for (const other of Object.keys(condition ?? {})) {
						if (!own.has(other.toLowerCase()) && other.toLowerCase() !== tenantKeyOf(name, entry)) problems.push(`${where}: condition names '${other}', which this endpoint's facts do not list`);
					}
				}
			}
			for (const field of known) {
				if (field === tenantKeyOf(name, entry)) continue;
				if (!own.has(field)) problems.push(`${name}: field '${field}' from the spec is missing; list it (kind, or "unused": true)`);
			}
			for (const group of entry.requiredOneOf ?? []) {
				for (const field of group) if (!own.has(field.toLowerCase())) problems.push(`${name}: requiredOneOf names unknown field '${field}'`);
			}
			if (entry.template && !entry.template.evidence) problems.push(`${name}: template needs evidence`);
		}
		expect(problems).toEqual([]);
	});
});

describe.each(curatedOrNone)('curated words %s', (file) => {
	const curated = file === '(none yet)' ? {} : loadCurated(file);

	it('names every operation in Title Case and describes it in our words', () => {
		const problems: string[] = [];
		for (const [name, entry] of Object.entries(curated)) {
			if (!(name in withAdditions.spec.endpoints)) problems.push(`${name}: no such endpoint`);
			const words = entry.name.split(' ');
			words.forEach((word, index) => {
				if (index > 0 && SMALL_WORDS.has(word)) return;
				if (!/^[A-Z0-9(]/.test(word)) problems.push(`${name}: '${entry.name}' is not Title Case ('${word}')`);
			});
			if (!entry.description || /^Calls /.test(entry.description)) problems.push(`${name}: needs a description`);
			if (entry.description.length > 160) problems.push(`${name}: description over 160 characters`);
		}
		expect(problems).toEqual([]);
	});

	it('describes every field the handler reads', () => {
		const problems: string[] = [];
		for (const [name, entry] of Object.entries(curated)) {
			const facts = allFacts.get(name);
			if (!facts) {
				problems.push(`${name}: curated, but no handler facts yet`);
				continue;
			}
			const factFields = new Map(Object.entries(facts.fields).map(([field, fact]) => [field.toLowerCase(), { field, fact }]));
			for (const [field, words] of Object.entries(entry.fields)) {
				const known = factFields.get(field.toLowerCase());
				if (!known) {
					problems.push(`${name}.${field}: not in the handler facts`);
					continue;
				}
				if (words.managed === true) continue;
				if (!words.displayName || !words.description) problems.push(`${name}.${field}: needs displayName and description`);
				if (/^CIPP field/i.test(words.description)) problems.push(`${name}.${field}: describe what the field does`);
				if (known.fact.kind === 'boolean' && !words.description.startsWith('Whether')) problems.push(`${name}.${field}: a switch's description starts with "Whether"`);
				if (words.placeholder && !words.placeholder.startsWith('e.g.')) problems.push(`${name}.${field}: placeholders start with "e.g."`);
				for (const value of Object.keys(words.options ?? {})) {
					if (!(known.fact.values ?? []).includes(value)) problems.push(`${name}.${field}: option '${value}' is not among the facts' values`);
				}
			}
			for (const { field, fact } of factFields.values()) {
				if (fact.unused) continue;
				if (!Object.keys(entry.fields).some((key) => key.toLowerCase() === field.toLowerCase())) {
					problems.push(`${name}.${field}: no words for this field`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('coverage', () => {
	it('lists each endpoint in one facts file only', () => {
		const seen = new Map<string, string>();
		const twice: string[] = [];
		for (const file of factsFiles()) {
			for (const name of Object.keys(loadFacts(file))) {
				if (seen.has(name)) twice.push(`${name} in ${seen.get(name)} and ${file}`);
				seen.set(name, file);
			}
		}
		expect(twice).toEqual([]);
	});
});

describe.each(loadAdditions().map((additions) => [additions.cipp.version, additions] as const))('additions of CIPP %s', (added, additions) => {
	const lines = /lines? \d+/;

	it('are newer than the vendored release and name where they were read', () => {
		expect(compareVersions(added, version)).toBeGreaterThan(0);
		expect(additions.cipp.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
		expect(additions.cipp.handlerRoot).toMatch(/HTTP Functions\/$/);
		expect(additions.scope.length).toBeGreaterThan(0);
	});

	it('give every endpoint its facts, the release that first has it, and evidence with lines', () => {
		const problems: string[] = [];
		for (const [name, entry] of Object.entries(additions.endpoints)) {
			const inBase = name in release.spec.endpoints;
			if (Boolean(entry.extends) !== inBase) problems.push(`${name}: "extends" must say whether CIPP ${version} has it`);
			if (!inBase && !entry.tag) problems.push(`${name}: a new endpoint needs its tag`);
			if (compareVersions(entry.minVersion, version) <= 0 || compareVersions(entry.minVersion, added) > 0) problems.push(`${name}: minVersion ${entry.minVersion} outside (${version}, ${added}]`);
			if (!new RegExp(`(^|/)Invoke-${name}\\.ps1$`).test(entry.handler)) problems.push(`${name}: handler ${entry.handler}`);
			if (!entry.role || !/^[A-Za-z]+\.[\w.]+$/.test(entry.role)) problems.push(`${name}: role`);
			if (!lines.test(entry.evidence)) problems.push(`${name}: endpoint evidence must name lines`);
			if (entry.tenant && !entry.tenant.none && !entry.tenant.key) problems.push(`${name}: tenant without key`);
			if (entry.tenant && !lines.test(entry.tenant.evidence ?? '')) problems.push(`${name}: tenant evidence must name lines`);
			for (const [field, fact] of Object.entries(entry.fields)) {
				if (!KINDS.includes(fact.kind)) problems.push(`${name}.${field}: kind ${fact.kind}`);
				if (fact.kind === 'options' && !fact.values?.length) problems.push(`${name}.${field}: options need values`);
				if (!lines.test(fact.evidence ?? '')) problems.push(`${name}.${field}: evidence must name lines`);
			}
			const own = new Set(Object.keys(entry.fields).map((field) => field.toLowerCase()));
			for (const group of entry.requiredOneOf ?? []) {
				for (const field of group) if (!own.has(field.toLowerCase())) problems.push(`${name}: requiredOneOf names '${field}', which the entry does not list`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('mark what the vendored release lacks with the release that first has it', () => {
		for (const [name, entry] of Object.entries(additions.endpoints)) {
			const merged = withAdditions.handlers[name];
			if (!entry.extends) {
				expect([name, merged?.minVersion]).toEqual([name, entry.minVersion]);
				continue;
			}
			const vendored = release.handlers[name]?.fields ?? {};
			for (const field of Object.keys(entry.fields)) {
				const isNew = !Object.keys(vendored).some((key) => key.toLowerCase() === field.toLowerCase());
				expect([name, field, merged?.fields[field]?.minVersion]).toEqual([name, field, isNew ? entry.minVersion : undefined]);
			}
		}
	});
});
