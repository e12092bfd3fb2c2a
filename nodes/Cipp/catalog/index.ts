import { CURATED } from './curated';
import { GENERATED_ENDPOINTS } from './endpoints.generated';
import { operationNameFor, sentenceCase } from './naming';
import { resolveField, wordsFor } from './operationFields';
import type { OperationField } from './operationFields';
import { resourceForTag } from './resources';
import type { CatalogEndpoint, CatalogTenant } from './types';

export type { FieldOption, OperationField } from './operationFields';

/**
 * The catalog the node works from: the generated facts (endpoints.generated.ts, from the vendored
 * spec, audit corrections and handler facts) with our curated words (curated/<resource>.ts) on
 * top. The words only name and explain; every kind, flag and condition comes from the facts.
 * Built once at load time; everything else looks operations up here.
 */

export interface Operation {
	value: string;
	endpoint: CatalogEndpoint;
	resource: string;
	name: string;
	description: string;
	action: string;
	fields: OperationField[];
	tenant?: CatalogTenant;
	/** Groups of CIPP field names of which at least one must be set (and not false). */
	requiredOneOf: string[][];
	/** CIPP stores or forwards the whole body: the user gives it as a JSON template with these members. */
	template?: { requires: string[] };
	/** Offers Return All / Limit. */
	isList: boolean;
	paging: 'graph' | 'array' | 'none';
	/** Named and described in our words (curated/<resource>.ts). */
	curated: boolean;
}

/** CIPP's list endpoints: their names start with List (or list); they offer Return All / Limit. */
export const LIST_PREFIXES = ['List', 'list'] as const;

function buildOperation(endpoint: CatalogEndpoint): Operation {
	const curated = CURATED[endpoint.name];
	const name = curated?.name ?? operationNameFor(endpoint.name);
	const isList = LIST_PREFIXES.some((prefix) => endpoint.name.startsWith(prefix));
	const operation: Operation = {
		value: endpoint.name,
		endpoint,
		resource: curated?.resource ?? resourceForTag(endpoint.group),
		name,
		description:
			curated?.description ?? `Calls ${endpoint.method} /api/${endpoint.name} (CIPP permission ${endpoint.role || 'none'})`,
		action: sentenceCase(name),
		fields: endpoint.fields.map((field) => resolveField(field, wordsFor(curated?.fields, field.name), curated !== undefined)),
		requiredOneOf: endpoint.requiredOneOf ?? [],
		isList,
		paging: curated?.paging ?? (isList ? 'array' : 'none'),
		curated: curated !== undefined,
	};
	if (endpoint.tenant) operation.tenant = endpoint.tenant;
	if (endpoint.template) operation.template = endpoint.template;
	return operation;
}

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
	GENERATED_ENDPOINTS.map((endpoint) => [endpoint.name, buildOperation(endpoint)]),
);

export function findOperation(value: string): Operation | undefined {
	return OPERATIONS.get(value);
}

/** The operation's field that carries a CIPP field name (any case), if it has one. */
export function fieldNamed(operation: Operation, name: string): OperationField | undefined {
	const lower = name.toLowerCase();
	return operation.fields.find((field) => field.name.toLowerCase() === lower);
}
