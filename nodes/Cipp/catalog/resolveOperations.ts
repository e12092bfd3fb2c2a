import { CURATED } from './curated';
import { isListEndpoint, operationNameFor, sentenceCase } from './naming';
import { resolveField, wordsFor } from './operationFields';
import { resourceForTag } from './resources';
import type { CatalogEndpoint, DescribedOperation, Operation } from './types';
import { withMinVersion } from './versions';

/**
 * The operations the node offers: each endpoint's facts with our curated words (curated/<resource>.ts)
 * on top. The words only name and explain; every kind, flag and condition comes from the facts.
 * Runs when the catalog is generated (`npm run generate`); the node loads the result.
 */

export function resolveOperation(endpoint: CatalogEndpoint): DescribedOperation {
	const curated = CURATED[endpoint.name];
	const name = curated?.name ?? operationNameFor(endpoint.name);
	const isList = isListEndpoint(endpoint.name);
	const { fields, ...head } = endpoint;
	const operation: DescribedOperation = {
		value: endpoint.name,
		endpoint: head,
		resource: curated?.resource ?? resourceForTag(endpoint.group),
		name,
		description: withMinVersion(
			curated?.description ?? `Calls ${endpoint.method} /api/${endpoint.name} (CIPP permission ${endpoint.role || 'none'})`,
			endpoint.minVersion,
		),
		action: sentenceCase(name),
		fields: fields.map((field) => resolveField(field, wordsFor(curated?.fields, field.name), curated !== undefined)),
		requiredOneOf: endpoint.requiredOneOf ?? [],
		isList,
		paging: curated?.paging ?? (isList ? 'array' : 'none'),
		curated: curated !== undefined,
	};
	if (endpoint.tenant) operation.tenant = endpoint.tenant;
	if (endpoint.template) operation.template = endpoint.template;
	if (curated?.notice) operation.notice = curated.notice;
	return operation;
}

/** A copy without the given keys. */
function without<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
	const copy: Partial<T> = { ...value };
	for (const key of keys) delete copy[key];
	return copy as Omit<T, K>;
}

/** What the node needs at run time: the words only the editor shows are left out. */
export function runtimeOperation(described: DescribedOperation): Operation {
	return {
		...without(described, ['description', 'action', 'notice', 'fields']),
		fields: described.fields.map((field) => {
			const runtime = without(field, ['description', 'placeholder']);
			return field.options ? { ...runtime, options: field.options.map(({ name, value }) => ({ name, value })) } : runtime;
		}),
	};
}
