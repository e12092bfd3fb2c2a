import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { findOperation } from '../catalog';
import type { Operation } from '../catalog';
import { bareOperation } from '../catalog/endpointOperations';
import type { InstanceSpec } from '../catalog/instanceSpec';
import type { HttpMethod } from '../catalog/types';
import {
	CUSTOM_OPERATION,
	CUSTOM_RESOURCE,
	ENDPOINT_FIELDS_PARAM,
	ENDPOINT_PARAM,
	ENDPOINT_PICKER_VERSION,
	INPUT_MODE_PARAM,
} from '../description/sharedProperties';
import { ENDPOINT_NAME } from '../../shared/cipp/transport/cippRequest';
import { DEFAULT_RETRY } from '../../shared/cipp/transport/retryPolicy';
import { buildRequestFrom, readJsonOption } from './buildRequest';
import type { PreparedRequest } from './buildRequest';
import { FieldValueError } from './fieldValues';
import { instanceSpec, operationFor } from './instanceCatalog';
import { mappedEntries, mappedValues } from './mappedFields';
import { ParameterReader } from './parameters';
import type { PreparedItem } from './preparedItem';
import type { RunOptions } from './runOptions';

/**
 * The generic Custom API Call (node version 1.1): an endpoint picked from the connected CIPP, or
 * named by an expression or an AI agent, with its fields entered in n8n's resource mapper or its
 * query and body given as JSON. Fields go through the same request builder as the curated
 * operations, with our facts for endpoints the package knows and the instance's spec for others,
 * so a known endpoint sends what its curated operation would.
 */

/** The instance's spec for one run, read before items are prepared (preparing is synchronous). */
interface RunFacts {
	spec?: InstanceSpec;
	/** Why the spec could not be read (no connection, a refused token): items that needed it fail with it. */
	failure?: Error;
}

const RUN_FACTS = new WeakMap<IExecuteFunctions, RunFacts>();

/** The endpoint name of a resource-locator value (or of plain text, from an older or hand-written workflow). */
export function endpointNameOf(given: unknown): string {
	const value = given !== null && typeof given === 'object' ? (given as { value?: unknown }).value : given;
	return String(value ?? '').trim();
}

/** Whether preparing this item needs the instance's spec: our catalog does not describe all it uses. */
function needsInstanceSpec(params: ParameterReader, itemIndex: number): boolean {
	try {
		const operation = findOperation(endpointNameOf(params.get(ENDPOINT_PARAM, itemIndex, '')));
		if (params.get<string>(INPUT_MODE_PARAM, itemIndex, 'fields') === 'json') {
			return !operation && params.get<string>('method', itemIndex, 'auto') === 'auto';
		}
		if (!operation) return true;
		const mapper = params.get<IDataObject>(ENDPOINT_FIELDS_PARAM, itemIndex, {});
		return mappedValues(operation, mapper.value as IDataObject | null).unknown.length > 0;
	} catch {
		// An expression that fails is reported when the item is prepared.
		return false;
	}
}

/**
 * Reads the connected CIPP's spec (cached per instance) when some item of this run calls an
 * endpoint, or sets a field, that the package's catalog does not describe. Runs before the items
 * are prepared; a failure is kept and reported by the items that needed the spec.
 */
export async function loadEndpointFacts(context: IExecuteFunctions): Promise<void> {
	if (context.getNode().typeVersion < ENDPOINT_PICKER_VERSION) return;
	const params = new ParameterReader(context);
	const count = context.getInputData().length;
	if (count === 0 || params.get<string>('operation', 0, '') !== CUSTOM_OPERATION) return;
	let needed = false;
	for (let itemIndex = 0; itemIndex < count && !needed; itemIndex += 1) needed = needsInstanceSpec(params, itemIndex);
	if (!needed) return;
	try {
		RUN_FACTS.set(context, { spec: await instanceSpec(context) });
	} catch (failure) {
		RUN_FACTS.set(context, { failure: failure as Error });
	}
}

function readEndpointName(params: ParameterReader, itemIndex: number): string {
	const name = endpointNameOf(params.get(ENDPOINT_PARAM, itemIndex, ''));
	if (!ENDPOINT_NAME.test(name)) {
		throw new FieldValueError(
			'Endpoint',
			name === '' ? "'Endpoint' is empty" : `'Endpoint' must be a CIPP endpoint name such as ListUsers, not '${name.slice(0, 80)}'`,
			'Pick an endpoint from the list, or enter a name: letters, digits, _ or $ only. URLs and paths are not allowed: the request always goes to your CIPP API URL.',
		);
	}
	return name;
}

/** The endpoint's operation, or why it cannot be had: the spec failed to load, or nothing describes the name. */
function describedOperation(name: string, facts: RunFacts | undefined, hint: string): Operation {
	const operation = operationFor(name, facts?.spec);
	if (operation) return operation;
	if (facts?.failure) throw facts.failure;
	throw new FieldValueError(
		'Endpoint',
		facts?.spec
			? `Your CIPP's spec has no endpoint ${name}, and neither has this node's catalog`
			: `This node's catalog has no endpoint ${name}, and your CIPP serves no spec to look it up (it does from CIPP 10.10)`,
		hint,
	);
}

function preparedItem(itemIndex: number, operation: Operation, prepared: PreparedRequest, options: RunOptions): PreparedItem {
	const method = operation.endpoint.method;
	return {
		itemIndex,
		operation,
		request: {
			endpoint: operation.value,
			method,
			qs: prepared.qs,
			body: prepared.body,
			itemIndex,
			timeoutMs: options.timeoutMs,
			retry: { ...DEFAULT_RETRY, enabled: options.maxRetryMs > 0, maxWaitMs: options.maxRetryMs },
			isRead: method === 'GET' || operation.isList,
		},
		// The generic call returns everything CIPP sends; All Tenants answers are waited for as usual.
		fetch: { returnAll: true, limit: 0, queueWaitMs: options.queueWaitMs },
		failOnSoftErrors: options.failOnSoftErrors,
		tenantDomain: prepared.tenantDomain,
	};
}

function prepareFromFields(params: ParameterReader, itemIndex: number, name: string, facts: RunFacts | undefined, options: RunOptions): PreparedItem {
	const operation = describedOperation(name, facts, "Check the name, or set 'Input' to JSON and give the method, query and body.");
	const mapper = params.get<IDataObject>(ENDPOINT_FIELDS_PARAM, itemIndex, {});
	const { values, unknown } = mappedValues(operation, mapper.value as IDataObject | null);
	if (unknown.length > 0) {
		if (facts?.failure) throw facts.failure;
		const offered = mappedEntries(operation).map((entry) => entry.id);
		throw new FieldValueError(
			'Fields',
			`${name} has no field ${unknown.map((key) => `'${key}'`).join(', ')}`,
			`Its fields are ${offered.join(', ') || 'none'}. Refresh the field list after changing the endpoint, or send other members with the Extra Body Fields option.`,
		);
	}
	return preparedItem(itemIndex, operation, buildRequestFrom(operation, values, options.entered), options);
}

function prepareFromJson(params: ParameterReader, itemIndex: number, name: string, facts: RunFacts | undefined, options: RunOptions): PreparedItem {
	const chosen = params.get<string>('method', itemIndex, 'auto');
	const method: HttpMethod =
		chosen === 'GET' || chosen === 'POST'
			? chosen
			: describedOperation(name, facts, "Pick GET or POST under 'Method'.").endpoint.method;
	const qs = readJsonOption(params.get('queryJson', itemIndex, '{}'), 'Query Parameters (JSON)');
	const body = method === 'POST' ? readJsonOption(params.get('bodyJson', itemIndex, '{}'), 'Body (JSON)') : undefined;
	return preparedItem(itemIndex, bareOperation(name, method, CUSTOM_RESOURCE), { qs, body }, options);
}

export function prepareEndpointCall(params: ParameterReader, itemIndex: number, options: RunOptions): PreparedItem {
	const name = readEndpointName(params, itemIndex);
	const facts = RUN_FACTS.get(params.context);
	return params.get<string>(INPUT_MODE_PARAM, itemIndex, 'fields') === 'json'
		? prepareFromJson(params, itemIndex, name, facts, options)
		: prepareFromFields(params, itemIndex, name, facts, options);
}
