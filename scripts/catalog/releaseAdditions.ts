/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * Partial facts of CIPP releases newer than the one vendored in full
 * (nodes/Cipp/catalog/data/additions/cipp-<version>.json): the endpoints and fields the node
 * offers ahead of a full upgrade. They are merged over the vendored release for the generator
 * and the simulator's contract, and every merged endpoint or field carries the release that
 * first has it (`minVersion`), so the node can say which CIPP it needs.
 */
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';

import { DATA_DIR, compareVersions, loadRelease, readJson } from './releaseData';
import type { ReleaseData } from './releaseData';
import type { AddedEndpoint, HandlerEndpoint, HandlerField, HandlerKind, ReleaseAdditions, SpecEndpoint, SpecShape } from './releaseTypes';

export const ADDITIONS_DIR = join(DATA_DIR, 'additions');

/** Every additions file, oldest release first. */
export function loadAdditions(): ReleaseAdditions[] {
	if (!existsSync(ADDITIONS_DIR)) return [];
	return readdirSync(ADDITIONS_DIR)
		.filter((file) => /^cipp-[0-9.]+\.json$/.test(file))
		.map((file) => readJson<ReleaseAdditions | undefined>(join(ADDITIONS_DIR, file), undefined))
		.filter((additions): additions is ReleaseAdditions => additions !== undefined)
		.sort((a, b) => compareVersions(a.cipp.version, b.cipp.version));
}

/** The shape the spec would give a field the handler reads as `kind`. */
function specShapeFor(kind: HandlerKind): SpecShape {
	switch (kind) {
		case 'boolean':
			return { type: 'boolean' };
		case 'number':
			return { type: 'integer' };
		case 'list':
			return { type: 'array', items: { type: 'string' } };
		case 'labelValue':
			return { type: 'labelValue' };
		case 'labelValueList':
			return { type: 'array', items: { type: 'labelValue' } };
		case 'object':
		case 'json':
			return { type: 'object' };
		case 'objectList':
			return { type: 'array', items: { type: 'object' } };
		default:
			return { type: 'string' };
	}
}

/** Puts a field where the handler reads it: the query string or the body of the spec entry. */
function addToSpec(spec: SpecEndpoint, name: string, location: 'query' | 'body', shape: SpecShape, required: boolean): void {
	if (location === 'query') {
		if (!spec.query.some((field) => field.name.toLowerCase() === name.toLowerCase())) {
			spec.query.push(required ? { name, required: true, shape } : { name, shape });
		}
		return;
	}
	const body = (spec.body ??= { type: 'object', properties: {} });
	body.properties = { ...body.properties, [name]: shape };
	if (required) body.required = [...(body.required ?? []), name];
}

/** A spec entry for an endpoint the vendored release lacks, built from the added facts. */
function specFor(name: string, added: AddedEndpoint): SpecEndpoint {
	if (!added.tag) throw new Error(`additions: ${name} is new, so it needs the spec's tag`);
	const spec: SpecEndpoint = { method: added.method, tag: added.tag, role: added.role, query: [] };
	if (added.anyTenant) spec.anyTenant = true;
	const defaultLocation = added.method === 'GET' ? 'query' : 'body';
	const tenant = added.tenant;
	if (tenant?.key && !tenant.none) addToSpec(spec, tenant.key, tenant.in ?? defaultLocation, { type: 'string' }, tenant.required === true);
	for (const [field, fact] of Object.entries(added.fields)) {
		addToSpec(spec, field, fact.in ?? defaultLocation, specShapeFor(fact.kind), fact.required === true);
	}
	return spec;
}

/** The vendored facts of an endpoint with the added ones on top; fields new to it get minVersion. */
function extendFacts(name: string, base: HandlerEndpoint | undefined, spec: SpecEndpoint, added: AddedEndpoint): HandlerEndpoint {
	const known = new Set([
		...spec.query.map((field) => field.name.toLowerCase()),
		...Object.keys(spec.body?.properties ?? {}).map((field) => field.toLowerCase()),
		...Object.keys(base?.fields ?? {}).map((field) => field.toLowerCase()),
	]);
	const fields: Record<string, HandlerField> = { ...(base?.fields ?? {}) };
	const defaultLocation = spec.method === 'GET' ? 'query' : 'body';
	for (const [field, fact] of Object.entries(added.fields)) {
		const existing = Object.keys(fields).find((key) => key.toLowerCase() === field.toLowerCase());
		if (existing) {
			fields[existing] = { ...fields[existing], ...fact };
			continue;
		}
		if (known.has(field.toLowerCase())) throw new Error(`additions: ${name}.${field} is in the spec but not in the vendored facts`);
		fields[field] = { ...fact, minVersion: fact.minVersion ?? added.minVersion };
		addToSpec(spec, field, fact.in ?? defaultLocation, specShapeFor(fact.kind), false);
	}
	const facts: HandlerEndpoint = { ...(base ?? { handler: added.handler }), fields };
	if (added.tenant) facts.tenant = { ...(base?.tenant ?? {}), ...added.tenant };
	if (added.requiredOneOf) facts.requiredOneOf = added.requiredOneOf.map((group) => [...group]);
	return facts;
}

/**
 * The vendored release with the additions of newer releases merged in. Additions of a release
 * that is not newer than the vendored one are ignored: the full facts already cover it.
 */
export function applyAdditions(release: ReleaseData, additions: readonly ReleaseAdditions[]): ReleaseData {
	const spec = { ...release.spec, endpoints: { ...release.spec.endpoints } };
	const handlers = { ...release.handlers };
	const merged: string[] = [...release.additions];
	for (const file of additions) {
		if (compareVersions(file.cipp.version, release.version) <= 0) continue;
		merged.push(file.cipp.version);
		for (const [name, added] of Object.entries(file.endpoints)) {
			const existing = spec.endpoints[name];
			if (added.extends) {
				if (!existing) throw new Error(`additions: ${name} extends an endpoint CIPP ${release.version} does not have`);
				const copy: SpecEndpoint = { ...existing, query: [...existing.query] };
				if (existing.body) copy.body = { ...existing.body, properties: { ...existing.body.properties } };
				spec.endpoints[name] = copy;
				handlers[name] = extendFacts(name, handlers[name], copy, added);
				continue;
			}
			if (existing) throw new Error(`additions: ${name} is already in CIPP ${release.version}; mark it "extends": true`);
			spec.endpoints[name] = specFor(name, added);
			handlers[name] = {
				handler: added.handler,
				method: added.method,
				...(added.tenant ? { tenant: added.tenant } : {}),
				fields: { ...added.fields },
				...(added.requiredOneOf ? { requiredOneOf: added.requiredOneOf.map((group) => [...group]) } : {}),
				evidence: added.evidence,
				minVersion: added.minVersion,
			};
		}
	}
	return { ...release, spec, handlers, additions: merged };
}

/** What the generator and the simulator work from: a vendored release and the newer additions. */
export function loadReleaseWithAdditions(version: string): ReleaseData {
	return applyAdditions(loadRelease(version), loadAdditions());
}
