/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { readFileSync } from 'fs';
import { join } from 'path';
import { NodeHelpers } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { Cipp } from '../nodes/Cipp/Cipp.node';
import { CATALOG_SOURCE, OPERATIONS } from '../nodes/Cipp/catalog';
import { CURATED, CURATED_RESOURCES } from '../nodes/Cipp/catalog/curated';
import { isKnownTag } from '../nodes/Cipp/catalog/resources';
import { generateCatalog } from '../scripts/generate-catalog';
import { loadReleaseWithAdditions } from '../scripts/catalog/releaseAdditions';

/** The generated catalog is current, the curated layer matches it, and the description follows n8n's conventions. */

// The vendored release with the endpoints and fields added from newer releases (data/additions/).
const release = loadReleaseWithAdditions(CATALOG_SOURCE.version);
const description = new Cipp().description;

test('the committed catalog equals a fresh generation from the vendored facts and the curated words', () => {
	const committed = readFileSync(join(__dirname, '..', 'nodes', 'Cipp', 'catalog', 'catalog.generated.json'), 'utf8');
	expect(committed === generateCatalog(CATALOG_SOURCE.version).text).toBe(true);
});

test('the catalog has one operation per endpoint of its release', () => {
	expect([...OPERATIONS.keys()].sort()).toEqual(Object.keys(release.spec.endpoints).sort());
});

test('every corrected field of the audit reaches the catalog', () => {
	for (const [name, entry] of Object.entries(release.corrections)) {
		const operation = OPERATIONS.get(name);
		expect(operation).toBeDefined();
		for (const added of entry.addFields ?? []) {
			if (release.handlers[name]?.fields[added.name]?.unused) continue;
			const known = operation!.fields.some((field) => field.name.toLowerCase() === added.name.toLowerCase()) ||
				operation!.tenant?.key.toLowerCase() === added.name.toLowerCase();
			expect([name, added.name, known]).toEqual([name, added.name, true]);
		}
		// What the handler was read to do overrides the audit's key (e.g. a tenant read but never used).
		const facts = release.handlers[name]?.tenant;
		const expectedKey = facts?.none ? undefined : (facts?.key ?? entry.tenantKey?.name);
		if (entry.tenantKey) expect(operation!.tenant?.key.toLowerCase()).toBe(expectedKey?.toLowerCase());
	}
});

test('ExecOffboardUser carries the 18 offboarding switches the spec omits', () => {
	const fields = OPERATIONS.get('ExecOffboardUser')!.fields;
	const switches = fields.filter((field) => field.kind === 'boolean');
	expect(switches.length).toBeGreaterThanOrEqual(18);
	expect(fields.find((field) => field.name === 'user')).toMatchObject({ labelValue: true, kind: 'list', required: true });
});

test('every curated endpoint and field exists in the catalog', () => {
	for (const [name, curated] of Object.entries(CURATED)) {
		const operation = OPERATIONS.get(name);
		expect([name, operation !== undefined]).toEqual([name, true]);
		for (const field of Object.keys(curated.fields ?? {})) {
			const exists = operation!.fields.some((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
			expect([name, field, exists]).toEqual([name, field, true]);
		}
	}
	expect(Object.keys(CURATED).length).toBeGreaterThanOrEqual(60);
});

test('each endpoint has its words in one curated file only', () => {
	const names = CURATED_RESOURCES.flatMap((resource) => Object.keys(resource));
	expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
});

test('every operation and every field the editor shows is described in our words, not generated text', () => {
	expect([...OPERATIONS.values()].filter((operation) => !operation.curated).map((operation) => operation.value)).toEqual([]);
	const generated: string[] = [];
	const walk = (list: INodeProperties[]) => {
		for (const property of list) {
			if (property.name === 'operation') {
				for (const option of (property.options ?? []) as Array<{ value: string; description?: string }>) {
					if (!option.description || /^Calls /.test(option.description)) generated.push(option.value);
				}
				continue;
			}
			if (/CIPP field '|^Whether to set '/.test(property.description ?? '')) generated.push(property.name);
			if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[]);
		}
	};
	walk(description.properties);
	expect(generated).toEqual([]);
});

test('no field is described only by its own name', () => {
	const letters = (text: unknown) => String(text ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
	const echoes: string[] = [];
	const walk = (list: INodeProperties[]) => {
		for (const property of list) {
			if (['resource', 'operation'].includes(property.name)) continue;
			const help = letters(property.description);
			if (help === letters(property.displayName) || help === letters(property.name)) echoes.push(`${property.name}: ${property.description}`);
			if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[]);
		}
	};
	walk(description.properties);
	expect(echoes).toEqual([]);
});

test('every spec area maps to a named resource', () => {
	for (const operation of OPERATIONS.values()) expect([operation.value, isKnownTag(operation.endpoint.group)]).toEqual([operation.value, true]);
});

test('parameter names are the CIPP field names without characters n8n does not allow', () => {
	for (const operation of OPERATIONS.values()) {
		const params = new Set<string>();
		for (const field of operation.fields) {
			expect(field.param).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
			const stripped = field.name.replace(/[^A-Za-z0-9_]/g, '');
			expect([field.name, field.param === stripped || field.param.startsWith('odata') || field.param.endsWith('Field')]).toEqual([field.name, true]);
			expect(params.has(field.param)).toBe(false);
			params.add(field.param);
		}
	}
});

describe('node description', () => {
	const properties = description.properties;
	const operationProps = properties.filter((p) => p.name === 'operation');

	test('every endpoint is reachable as exactly one operation of one resource', () => {
		const values = operationProps.flatMap((p) => (p.options ?? []).map((o) => (o as { value: string }).value));
		expect(values.filter((value) => value !== 'callEndpoint').sort()).toEqual([...OPERATIONS.keys()].sort());
	});

	test('options are sorted by name and have actions; names are unique per resource', () => {
		for (const property of [properties.find((p) => p.name === 'resource')!, ...operationProps]) {
			// 'Custom API Call' is deliberately last (see description/index.ts).
			const names = (property.options ?? []).map((o) => (o as { name: string }).name).filter((name) => name !== 'Custom API Call');
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			expect(new Set(names).size).toBe(names.length);
		}
		for (const property of operationProps) {
			for (const option of property.options ?? []) expect((option as { action?: string }).action).toBeTruthy();
		}
	});

	test('booleans are described with "Whether", and no description has a raw opening angle bracket', () => {
		const walk = (list: INodeProperties[]) => {
			for (const property of list) {
				if (property.type === 'boolean') expect([property.name, property.description?.startsWith('Whether')]).toEqual([property.name, true]);
				expect(property.description ?? '').not.toMatch(/</);
				if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[]);
			}
		};
		walk(properties);
	});

	test('the tenant is one resource locator named tenant, required where CIPP needs it', () => {
		const tenants = properties.filter((p) => p.name === 'tenant');
		expect(tenants.every((p) => p.type === 'resourceLocator')).toBe(true);
		const required = tenants.find((p) => p.required)!.displayOptions!.show!.operation as string[];
		expect(required).toContain('ListUsers');
		expect(required).toContain('ExecOffboardUser');
	});

	test('no property declares validateType (the node reads parameters with skipValidation)', () => {
		const declaring: string[] = [];
		const walk = (list: unknown[]) => {
			for (const entry of list as Array<INodeProperties & { values?: unknown[] }>) {
				if (entry.validateType !== undefined) declaring.push(entry.name);
				if (Array.isArray(entry.options)) walk(entry.options);
				if (Array.isArray(entry.values)) walk(entry.values);
			}
		};
		walk(properties);
		expect(declaring).toEqual([]);
	});

	test('Return All and Limit are shown for exactly the list operations', () => {
		const returnAll = properties.find((p) => p.name === 'returnAll')!;
		for (const operation of OPERATIONS.values()) {
			const shown = NodeHelpers.displayParameter({ resource: operation.resource, operation: operation.value }, returnAll, null, null);
			expect([operation.value, shown]).toEqual([operation.value, operation.isList]);
		}
	});

	test('a field shown only for some values of another field refers to a parameter on the node for that operation', () => {
		const problems: string[] = [];
		// Conditions may be objects ({_cnd: ...}): compared by value, as the properties come from JSON.
		const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
		const topLevelFor = (name: string, operation: unknown) =>
			properties.some((p) => p.name === name && ((p.displayOptions?.show?.operation as unknown[] | undefined) ?? []).some((entry) => same(entry, operation)));
		for (const property of properties) {
			const operations = (property.displayOptions?.show?.operation as unknown[] | undefined) ?? [];
			const nested = property.name === 'additionalFields' ? ((property.options ?? []) as INodeProperties[]) : [property];
			for (const field of nested) {
				const show = field.displayOptions?.show ?? {};
				// '@version' is n8n's condition on the node's version, not a parameter.
				const conditions = Object.keys(show).filter((key) => !key.startsWith('@') && (property.name === 'additionalFields' || !['operation', 'resource'].includes(key)));
				for (const key of conditions) {
					const name = key.replace(/^\//, '');
					for (const operation of operations) if (!topLevelFor(name, operation)) problems.push(`${JSON.stringify(operation)}.${field.name} -> ${key}`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(properties.some((p) => p.name === 'additionalFields' && (p.options as INodeProperties[]).some((o) => o.displayOptions))).toBe(true);
	});

	test('the node is usable as an AI tool', () => {
		expect(description.usableAsTool).toBe(true);
	});
});
