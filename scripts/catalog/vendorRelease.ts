/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * Vendors the facts of one CIPP release into nodes/Cipp/catalog/data/cipp-<version>/, so the
 * generator, the simulator and the tests never need CIPP's spec or the audit at run time.
 *
 *   npx ts-node scripts/catalog/vendorRelease.ts <openapi.json> [corrections.json] --version 10.8.2 \
 *     [--repository KelvinTegelaar/CIPP-API] [--commit <sha>] [--shapes <folder of recorded response shapes>]
 *
 * Only facts are kept: endpoint and field names, methods, tags, roles, locations, types and nesting,
 * required flags, enumerations, tenant keys, and where the audit found each difference (file and
 * lines). Descriptions, summaries and the audit's notes are left behind; the few facts a note
 * carries (an added field's kind, the sub-properties a shape fix names) are turned into fields.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

import { releaseDir } from './releaseData';
import { shapeOf } from '../../nodes/Cipp/catalog/specShape';
import type { ReleaseCorrection, ReleaseCorrections, ReleaseSpec, SpecEndpoint } from './releaseTypes';
import type { CorrectionEntry, CorrectionField, OpenApiSpec, ParameterObject } from './specTypes';

function argument(argv: string[], name: string): string | undefined {
	const index = argv.indexOf(name);
	return index >= 0 ? argv[index + 1] : undefined;
}

function resolveParameter(spec: OpenApiSpec, parameter: ParameterObject): ParameterObject {
	if (!parameter.$ref) return parameter;
	return spec.components?.parameters?.[parameter.$ref.split('/').pop() ?? ''] ?? parameter;
}

export function vendorSpec(spec: OpenApiSpec): Record<string, SpecEndpoint> {
	const endpoints: Record<string, SpecEndpoint> = {};
	for (const [path, operations] of Object.entries(spec.paths)) {
		const name = path.replace(/^\/api\//, '');
		for (const [method, operation] of Object.entries(operations)) {
			const upper = method.toUpperCase();
			if (upper !== 'GET' && upper !== 'POST') continue;
			const entry: SpecEndpoint = {
				method: upper,
				tag: operation.tags?.[0] ?? 'Other',
				role: operation['x-cipp-role'] ?? '',
				query: [],
			};
			if (operation['x-cipp-any-tenant']) entry.anyTenant = true;
			for (const raw of operation.parameters ?? []) {
				const parameter = resolveParameter(spec, raw);
				if (!parameter.name) continue;
				entry.query.push({ name: parameter.name, ...(parameter.required ? { required: true as const } : {}), shape: shapeOf(parameter.schema) });
			}
			const body = operation.requestBody?.content?.['application/json']?.schema;
			if (body) entry.body = shapeOf(body);
			if (operation['x-cipp-reads-via']?.length) entry.readsVia = [...operation['x-cipp-reads-via']];
			endpoints[name] = entry;
		}
	}
	return Object.fromEntries(Object.entries(endpoints).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The kind an added field has, from the flags and the first words of the audit's note. */
function addedKind(field: CorrectionField): ReleaseCorrection['addFields'][number]['kind'] {
	const note = (field.note ?? '').toLowerCase();
	if (note.startsWith('boolean')) return 'boolean';
	if (note.includes('accepts a plain value')) return field.labelValue ? 'labelValueOptional' : 'string';
	if (field.labelValue) return 'labelValue';
	if (note.includes('array of') && note.includes('strings')) return 'list';
	if (note.includes('sub-properties read') || note.includes('array') || note.includes('an object')) return 'json';
	return 'string';
}

const HANDLER_DIR = 'Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/';

/** File and line numbers of an audit entry's evidence. */
function evidenceOf(text: string): ReleaseCorrection['evidence'] {
	const file = /^(\S[^:]*\.ps1)/.exec(text)?.[1] ?? '';
	const lines = new Set<number>();
	for (const match of text.matchAll(/lines? (\d+)(?:\s*-\s*(\d+))?/g)) {
		lines.add(Number(match[1]));
		if (match[2]) lines.add(Number(match[2]));
	}
	return { file: file.startsWith(HANDLER_DIR) ? file.slice(HANDLER_DIR.length) : file, lines: [...lines].sort((a, b) => a - b) };
}

export function vendorCorrections(corrections: Record<string, CorrectionEntry | string>): ReleaseCorrections {
	const result: ReleaseCorrections = {};
	for (const [name, raw] of Object.entries(corrections).sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (typeof raw !== 'object') continue;
		const entry: ReleaseCorrection = {
			method: raw.method,
			specMethod: raw.specMethod,
			addFields: (raw.addFields ?? []).map((field) => ({
				name: field.name,
				in: field.in,
				kind: addedKind(field),
				...(field.requiredInPractice ? { required: true } : {}),
			})),
			evidence: evidenceOf((raw as CorrectionEntry & { evidence?: string }).evidence ?? ''),
		};
		if (raw.bodyOnly) entry.bodyOnly = true;
		if (raw.queryOnly) entry.queryOnly = true;
		if (raw.labelValueFix) entry.labelValueFix = Object.keys(raw.labelValueFix).filter((key) => raw.labelValueFix?.[key]);
		if (raw.shapeFix) {
			entry.shapeFix = {};
			for (const [field, note] of Object.entries(raw.shapeFix)) {
				const members = /sub-properties ([A-Za-z0-9_., ]+?)(?:,? which| \(|$)/.exec(note)?.[1];
				entry.shapeFix[field] = members ? members.split(',').map((member) => member.trim()).filter(Boolean) : [];
			}
		}
		if (raw.requiredInPractice?.length) entry.requiredInPractice = [...raw.requiredInPractice];
		if (raw.requiredOneOf?.length) entry.requiredOneOf = raw.requiredOneOf.map((group) => [...group]);
		if (raw.requiredWhen) entry.requiredWhen = Object.keys(raw.requiredWhen);
		if (raw.dropFields?.length) entry.dropFields = [...raw.dropFields];
		if (raw.tenantKey) entry.tenantKey = { ...raw.tenantKey };
		if (entry.addFields.length === 0) delete (entry as Partial<ReleaseCorrection>).addFields;
		result[name] = entry;
	}
	return result;
}

/** Recorded response shapes (field name -> type), keyed by endpoint; the recording metadata is left out. */
function vendorShapes(folder: string): Record<string, unknown> {
	const shapes: Record<string, unknown> = {};
	for (const file of readdirSync(folder).filter((entry) => entry.endsWith('.json')).sort()) {
		const recorded = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { shape?: unknown };
		if (recorded.shape !== undefined) shapes[file.replace(/\.json$/, '')] = recorded.shape;
	}
	return shapes;
}

function main(argv: string[]): number {
	const version = argument(argv, '--version');
	const files = argv.filter((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
	if (!version || files.length < 1) {
		console.error('usage: vendorRelease <openapi.json> [corrections.json] --version <x.y.z> [--repository owner/name] [--commit sha]');
		return 2;
	}
	const spec = JSON.parse(readFileSync(resolve(files[0]), 'utf8')) as OpenApiSpec;
	const dir = releaseDir(version);
	mkdirSync(dir, { recursive: true });
	const endpoints = vendorSpec(spec);
	const facts: ReleaseSpec = {
		cipp: {
			version,
			repository: argument(argv, '--repository') ?? 'KelvinTegelaar/CIPP-API',
			...(argument(argv, '--commit') ? { commit: argument(argv, '--commit') } : {}),
		},
		endpoints,
	};
	writeFileSync(join(dir, 'spec.json'), `${JSON.stringify(facts, null, '\t')}\n`);
	let corrected = 0;
	if (files[1]) {
		const corrections = vendorCorrections(JSON.parse(readFileSync(resolve(files[1]), 'utf8')));
		corrected = Object.keys(corrections).length;
		writeFileSync(join(dir, 'corrections.json'), `${JSON.stringify(corrections, null, '\t')}\n`);
	}
	const shapesFolder = argument(argv, '--shapes');
	if (shapesFolder && existsSync(shapesFolder)) {
		writeFileSync(join(dir, 'responses.json'), `${JSON.stringify(vendorShapes(shapesFolder), null, '\t')}\n`);
	}
	console.log(`vendored ${Object.keys(endpoints).length} endpoints and ${corrected} corrections into ${dir}`);
	return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
