import { isListEndpoint, operationNameFor } from './naming';
import { resolveField } from './operationFields';
import type { CatalogEndpoint, CatalogField, HttpMethod, Operation, OperationField } from './types';

/**
 * Operations for endpoints reached through the generic Custom API Call, in the shape the curated
 * operations have, so one request builder serves both: an endpoint only a connected CIPP's spec
 * knows, a known operation with the fields a newer CIPP added, and a bare endpoint whose query
 * and body the user gives as JSON.
 */

/** The node-side field for a CIPP field known only from a spec: plain name, its kind's default, on the node when required. */
function plainField(field: CatalogField): OperationField {
	const described = resolveField(field, undefined, false);
	const runtime: OperationField = {
		...field,
		displayName: described.displayName,
		default: described.default,
		topLevel: described.topLevel,
		managed: false,
	};
	if (described.options) runtime.options = described.options.map(({ name, value }) => ({ name, value }));
	return runtime;
}

/** The field moved into the query string, where values travel as text (never as `{value,label}`). */
function inQuery(field: CatalogField): CatalogField {
	const moved: CatalogField = { ...field, in: 'query' };
	delete moved.labelValue;
	return moved;
}

/** An endpoint that only the connected CIPP's spec describes: the spec's fields, kinds and method. */
export function operationFromSpec(endpoint: CatalogEndpoint, resource: string): Operation {
	const { fields, ...head } = endpoint;
	const isList = isListEndpoint(endpoint.name);
	return {
		value: endpoint.name,
		endpoint: head,
		resource,
		name: operationNameFor(endpoint.name),
		fields: fields.map(plainField),
		requiredOneOf: [],
		isList,
		paging: isList ? 'array' : 'none',
		curated: false,
	};
}

/**
 * A known operation with the fields the connected CIPP's spec lists and our facts do not (a newer
 * release added them). Our facts stay as they are; fields the handler is known not to read, and
 * the tenant's key, are not added back.
 */
export function withFieldsFromSpec(operation: Operation, endpoint: CatalogEndpoint | undefined): Operation {
	if (!endpoint) return operation;
	const known = new Set(
		[...operation.fields.map((field) => field.name), ...(operation.endpoint.unread ?? []), operation.tenant?.key ?? '']
			.map((name) => name.toLowerCase()),
	);
	const added = endpoint.fields
		.filter((field) => !known.has(field.name.toLowerCase()))
		// A body cannot travel with a GET, so on a GET operation a new field goes into the query.
		.map((field) => plainField(operation.endpoint.method === 'GET' && field.in === 'body' ? inQuery(field) : field));
	return added.length === 0 ? operation : { ...operation, fields: [...operation.fields, ...added] };
}

/** An endpoint called with a query and body given as JSON: nothing is checked or added. */
export function bareOperation(name: string, method: HttpMethod, resource: string): Operation {
	return {
		value: name,
		endpoint: { name, method, group: '', role: '' },
		resource,
		name,
		fields: [],
		requiredOneOf: [],
		isList: false,
		paging: 'none',
		curated: false,
	};
}
