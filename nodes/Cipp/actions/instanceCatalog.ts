import { NodeApiError } from 'n8n-workflow';

import { OPERATIONS, findOperation } from '../catalog';
import type { Operation } from '../catalog';
import { operationFromSpec, withFieldsFromSpec } from '../catalog/endpointOperations';
import { readInstanceSpec } from '../catalog/instanceSpec';
import type { InstanceSpec } from '../catalog/instanceSpec';
import type { HttpMethod } from '../catalog/types';
import { CUSTOM_RESOURCE } from '../description/sharedProperties';
import { InstanceCache, perInstance } from '../../shared/cipp/instanceCache';
import { cippRequest } from '../../shared/cipp/transport/cippRequest';
import type { CippContext } from '../../shared/cipp/transport/cippRequest';

/**
 * The endpoints of the connected CIPP: its own OpenAPI spec (ListOpenApiSpec, CIPP 10.10+), read
 * into endpoint facts and kept per instance, or, when it serves none, the package's catalog.
 * An endpoint the package knows keeps our facts; the spec only adds what they lack.
 */

/** Four instances, ten minutes: an editor session rarely spans more, and a CIPP update shows soon. */
export const INSTANCE_SPECS = new InstanceCache<InstanceSpec | undefined>(4, 10 * 60 * 1000);

/** The spec is 1.5-2.3 MB: a minute is ample, and the editor should not wait CIPP's 10 minutes. */
const SPEC_TIMEOUT_MS = 60 * 1000;

/**
 * Answers that mean "no spec to read", after which the catalog serves: 404 (a CIPP older than
 * 10.10, or one without the file), 403 (an API client without CIPP.Core.Read) and a 2xx body
 * that is not JSON. Anything else (no connection, a token refused) is reported.
 */
function meansNoSpec(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const status = Number(error.httpCode);
	return status === 404 || status === 403 || (status >= 200 && status < 300);
}

async function fetchSpec(context: CippContext): Promise<InstanceSpec | undefined> {
	const answer = await cippRequest
		.call(context, { endpoint: 'ListOpenApiSpec', method: 'GET', isRead: true, timeoutMs: SPEC_TIMEOUT_MS })
		.then((response) => ({ document: response.body }), (failure: unknown) => ({ failure }));
	if ('failure' in answer) {
		if (meansNoSpec(answer.failure)) return undefined;
		throw answer.failure;
	}
	let document = answer.document;
	// Served as JSON text inside JSON by some hosts: read once more.
	if (typeof document === 'string') {
		try {
			document = JSON.parse(document) as unknown;
		} catch {
			return undefined;
		}
	}
	return readInstanceSpec(document);
}

/** The connected CIPP's endpoints, or undefined when it serves no spec the node can read. */
export async function instanceSpec(context: CippContext): Promise<InstanceSpec | undefined> {
	return await perInstance(INSTANCE_SPECS, context, async () => await fetchSpec(context));
}

/**
 * The operation for an endpoint name: ours with any fields the connected CIPP adds, or the
 * connected CIPP's own description, or undefined when neither knows the name.
 */
export function operationFor(name: string, spec: InstanceSpec | undefined): Operation | undefined {
	const known = findOperation(name);
	const listed = spec?.endpoints.get(name);
	if (known) return withFieldsFromSpec(known, listed);
	return listed ? operationFromSpec(listed, CUSTOM_RESOURCE) : undefined;
}

export interface EndpointChoice {
	name: string;
	method: HttpMethod;
	/** Our name for it, when the package has it as an operation. */
	operationName?: string;
	group: string;
}

/** The endpoints the picker offers: those of the connected CIPP's spec, or the package's own when it serves none. */
export async function endpointChoices(context: CippContext): Promise<EndpointChoice[]> {
	const spec = await instanceSpec(context);
	if (!spec) {
		return [...OPERATIONS.values()].map((operation) => ({
			name: operation.value,
			method: operation.endpoint.method,
			operationName: operation.name,
			group: operation.endpoint.group,
		}));
	}
	return [...spec.endpoints.values()].map((endpoint) => {
		const known = findOperation(endpoint.name);
		return { name: endpoint.name, method: known?.endpoint.method ?? endpoint.method, operationName: known?.name, group: endpoint.group };
	});
}
