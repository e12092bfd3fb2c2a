/**
 * What the committed files say about each endpoint's fields, in one vocabulary (HandlerKind): the
 * curated handler facts where they cover the endpoint, else CIPP's spec corrected by the earlier
 * audit. The report compares the analysis with this.
 */
import type {
	HandlerEndpoint,
	HandlerFacts,
	HandlerKind,
	ReleaseCorrection,
	ReleaseSpec,
	SpecEndpoint,
	SpecShape,
} from '../releaseTypes';

/** Where a judgement comes from, for the report's wording. */
export type FactSource = 'facts' | 'spec' | 'corrections';

export interface CommittedField {
	name: string;
	kind: HandlerKind;
	kindFrom: FactSource;
	/** Where the request may carry it. */
	in: Set<'query' | 'body'>;
	required?: boolean;
	/** Required in some branch only, or one of a group. */
	conditional?: boolean;
	values?: string[];
	/** Listed but known not to be read. */
	unused?: boolean;
}

export interface CommittedEndpoint {
	name: string;
	facts?: HandlerEndpoint;
	/** Keyed by lower-case name. */
	fields: Map<string, CommittedField>;
	/** Lower-case names of the tenant key(s): judged separately, never as a field. */
	tenantKeys: Set<string>;
	/** The request carries a template (facts) or arbitrary members (spec passthrough). */
	wholeBodyExpected: boolean;
	/** Lower-case names in some requiredOneOf group. */
	oneOf: Set<string>;
}

/** Query fields are vendored as `{ name, required, shape }`; older data put the shape inline. */
type VendoredQueryField = { name: string; required?: boolean; shape?: SpecShape } & Partial<SpecShape>;

export function kindOfShape(shape: SpecShape | undefined): HandlerKind {
	switch (shape?.type) {
		case 'boolean':
			return 'boolean';
		case 'integer':
		case 'number':
			return 'number';
		case 'labelValue':
			return 'labelValue';
		case 'object':
			return 'object';
		case 'array':
			if (shape.items?.type === 'labelValue') return 'labelValueList';
			return shape.items?.type === 'object' ? 'objectList' : 'list';
		default:
			return shape?.enum?.length ? 'options' : 'string';
	}
}

const CORRECTION_KINDS: Record<ReleaseCorrection['addFields'][number]['kind'], HandlerKind> = {
	string: 'string',
	boolean: 'boolean',
	list: 'list',
	json: 'json',
	labelValue: 'labelValue',
	labelValueOptional: 'labelValue',
};

function locations(value: 'query' | 'body' | 'either'): Set<'query' | 'body'> {
	return new Set(value === 'either' ? ['query', 'body'] : [value]);
}

function bodyProperties(spec: SpecEndpoint | undefined): { properties: Record<string, SpecShape>; required: string[] } {
	const body = spec?.body?.type === 'array' ? spec.body.items : spec?.body;
	return { properties: body?.properties ?? {}, required: body?.required ?? [] };
}

/** The spec's fields, as corrected by the audit. */
function specFields(spec: SpecEndpoint | undefined, correction: ReleaseCorrection | undefined): Map<string, CommittedField> {
	const fields = new Map<string, CommittedField>();
	for (const raw of (spec?.query ?? []) as VendoredQueryField[]) {
		const shape: SpecShape = raw.shape ?? { ...raw, type: raw.type ?? 'string' };
		fields.set(raw.name.toLowerCase(), {
			name: raw.name,
			kind: kindOfShape(shape),
			kindFrom: 'spec',
			in: new Set(['query']),
			...(raw.required ? { required: true } : {}),
			...(shape.enum ? { values: shape.enum } : {}),
		});
	}
	const body = bodyProperties(spec);
	for (const [name, shape] of Object.entries(body.properties)) {
		const known = fields.get(name.toLowerCase());
		if (known) {
			known.in.add('body');
			continue;
		}
		fields.set(name.toLowerCase(), {
			name,
			kind: kindOfShape(shape),
			kindFrom: 'spec',
			in: new Set(['body']),
			...(body.required.includes(name) ? { required: true } : {}),
			...(shape.enum ? { values: shape.enum } : {}),
		});
	}
	if (!correction) return fields;
	for (const added of correction.addFields ?? []) {
		fields.set(added.name.toLowerCase(), {
			name: added.name,
			kind: CORRECTION_KINDS[added.kind] ?? 'string',
			kindFrom: 'corrections',
			in: locations(added.in),
			...(added.required ? { required: true } : {}),
		});
	}
	for (const name of correction.labelValueFix ?? []) {
		const field = fields.get(name.toLowerCase());
		if (field) Object.assign(field, { kind: field.kind === 'list' || field.kind === 'labelValueList' ? 'labelValueList' : 'labelValue', kindFrom: 'corrections' });
	}
	for (const name of Object.keys(correction.shapeFix ?? {})) {
		const field = fields.get(name.toLowerCase());
		if (field) Object.assign(field, { kind: field.kind === 'list' || field.kind === 'objectList' ? 'objectList' : 'object', kindFrom: 'corrections' });
	}
	for (const name of correction.requiredInPractice ?? []) {
		const field = fields.get(name.toLowerCase());
		if (field) field.required = true;
	}
	for (const name of [...(correction.requiredWhen ?? []), ...(correction.requiredOneOf ?? []).flat()]) {
		const field = fields.get(name.toLowerCase());
		if (field) field.conditional = true;
	}
	for (const name of correction.dropFields ?? []) {
		const field = fields.get(name.toLowerCase());
		if (field) field.unused = true;
	}
	if (correction.queryOnly || correction.bodyOnly) {
		for (const field of fields.values()) field.in = new Set([correction.queryOnly ? 'query' : 'body']);
	}
	return fields;
}

/** Curated facts replace the spec's view of the fields they list; spec fields they omit stay as the spec says. */
function factFields(facts: HandlerEndpoint, spec: Map<string, CommittedField>): Map<string, CommittedField> {
	const fields = new Map(spec);
	for (const [name, fact] of Object.entries(facts.fields ?? {})) {
		const fromSpec = spec.get(name.toLowerCase());
		fields.set(name.toLowerCase(), {
			name,
			kind: fact.kind,
			kindFrom: 'facts',
			in: fact.in ? new Set([fact.in]) : (fromSpec?.in ?? new Set(['query', 'body'])),
			...(fact.required !== undefined ? { required: fact.required } : fromSpec?.required ? { required: true } : {}),
			...(fact.requiredWhen || fact.onlyWhen ? { conditional: true } : {}),
			...(fact.values ? { values: fact.values } : {}),
			...(fact.unused ? { unused: true } : {}),
		});
	}
	return fields;
}

export function committedEndpoint(
	name: string,
	spec: ReleaseSpec,
	corrections: Record<string, ReleaseCorrection>,
	facts: HandlerFacts,
): CommittedEndpoint {
	const specEndpoint = spec.endpoints[name];
	const correction = corrections[name];
	const endpointFacts = facts[name];
	const fromSpec = specFields(specEndpoint, correction);
	const fields = endpointFacts ? factFields(endpointFacts, fromSpec) : fromSpec;
	const tenantKeys = new Set(['tenantfilter']);
	if (correction?.tenantKey?.name) tenantKeys.add(correction.tenantKey.name.toLowerCase());
	if (endpointFacts?.tenant?.key) tenantKeys.add(endpointFacts.tenant.key.toLowerCase());
	const groups = [...(endpointFacts?.requiredOneOf ?? []), ...(correction?.requiredOneOf ?? [])];
	const body = specEndpoint?.body?.type === 'array' ? specEndpoint.body.items : specEndpoint?.body;
	return {
		name,
		...(endpointFacts ? { facts: endpointFacts } : {}),
		fields,
		tenantKeys,
		wholeBodyExpected: Boolean(endpointFacts?.template) || body?.passthrough === true,
		oneOf: new Set(groups.flat().map((field) => field.toLowerCase())),
	};
}
