import type { CatalogEndpoint, CatalogField, FieldKind } from '../../nodes/Cipp/catalog/types';
import type { HandlerEndpoint, HandlerField, HandlerKind, HandlerTenant } from './releaseTypes';

/**
 * The last layer of the catalog: what the handler code was read to do. It overrides the spec and
 * the audit wherever it speaks (kinds, required flags, allowed values, locations, the tenant).
 */

const KIND_OF: Record<HandlerKind, { kind: FieldKind; labelValue?: true }> = {
	string: { kind: 'string' },
	number: { kind: 'number' },
	boolean: { kind: 'boolean' },
	options: { kind: 'options' },
	list: { kind: 'list' },
	labelValue: { kind: 'string', labelValue: true },
	labelValueList: { kind: 'list', labelValue: true },
	object: { kind: 'object' },
	objectList: { kind: 'objectList' },
	json: { kind: 'json' },
	jsonText: { kind: 'jsonText' },
};

function applyField(field: CatalogField, fact: HandlerField): void {
	if (fact.in) field.in = fact.in;
	const { kind, labelValue } = KIND_OF[fact.kind];
	// A labelValue field with a closed list of values is a pick-list whose choice travels as {value}.
	field.kind = labelValue && kind === 'string' && fact.values?.length ? 'options' : kind;
	if (labelValue && field.in === 'body') field.labelValue = true;
	else delete field.labelValue;
	if (fact.required === true) field.required = true;
	if (fact.required === false) delete field.required;
	if (fact.values?.length) field.values = [...fact.values];
	else if (field.kind !== 'options' && field.kind !== 'string') delete field.values;
	if (fact.onlyWhen) field.onlyWhen = fact.onlyWhen;
	if (fact.requiredWhen) field.requiredWhen = fact.requiredWhen;
	if (fact.format) field.format = fact.format;
	// A query string carries text, where 'false' passes a truthiness test: an off switch is left out.
	const omit = fact.kind === 'boolean' && (field.in === 'query' ? fact.whenOff !== 'send' : fact.whenOff === 'omit');
	if (omit) field.omitWhenOff = true;
	else delete field.omitWhenOff;
	if (fact.minVersion) field.minVersion = fact.minVersion;
}

function applyTenant(endpoint: CatalogEndpoint, tenant: HandlerTenant): void {
	if (tenant.none) {
		// The spec's tenant field is one the handler never reads.
		if (endpoint.tenant) endpoint.unread = [...(endpoint.unread ?? []), endpoint.tenant.key];
		delete endpoint.tenant;
		return;
	}
	const current = endpoint.tenant ?? {
		key: tenant.key ?? 'tenantFilter',
		in: tenant.in ?? (endpoint.method === 'GET' ? 'query' : 'body'),
		shape: 'string',
		required: true,
		allTenants: false,
	};
	const next = { ...current };
	if (tenant.key) next.key = tenant.key;
	if (tenant.in) next.in = tenant.in;
	if (tenant.shape) next.shape = tenant.shape;
	if (tenant.required !== undefined) next.required = tenant.required;
	if (tenant.allTenants !== undefined) next.allTenants = tenant.allTenants;
	if (tenant.format) next.format = tenant.format;
	// A query string cannot carry an object.
	if (next.in === 'query' && next.shape !== 'string' && next.shape !== 'stringList') {
		next.shape = next.shape.endsWith('List') ? 'stringList' : 'string';
	}
	endpoint.tenant = next;
	endpoint.fields = endpoint.fields.filter((field) => field.name.toLowerCase() !== next.key.toLowerCase());
}

export function applyHandlerFacts(endpoint: CatalogEndpoint, facts: HandlerEndpoint): void {
	if (facts.method) endpoint.method = facts.method;
	if (facts.minVersion) endpoint.minVersion = facts.minVersion;
	if (facts.tenant) applyTenant(endpoint, facts.tenant);
	const tenantKey = endpoint.tenant?.key.toLowerCase();
	const defaultLocation = endpoint.method === 'GET' ? 'query' : 'body';
	for (const [name, fact] of Object.entries(facts.fields)) {
		if (name.toLowerCase() === tenantKey) continue;
		const index = endpoint.fields.findIndex((field) => field.name.toLowerCase() === name.toLowerCase());
		if (fact.unused) {
			if (index >= 0) endpoint.fields.splice(index, 1);
			endpoint.unread = [...(endpoint.unread ?? []), name];
			continue;
		}
		let field = endpoint.fields[index];
		if (!field) {
			field = { name, param: name, in: fact.in ?? defaultLocation, kind: 'string' };
			endpoint.fields.push(field);
		}
		applyField(field, fact);
	}
	if (facts.requiredOneOf) endpoint.requiredOneOf = facts.requiredOneOf.map((group) => [...group]);
	if (facts.template) {
		endpoint.template = { requires: [...facts.template.requires] };
		endpoint.passthrough = true;
	}
}
