import type { IDataObject, INodeParameters, ResourceMapperField, ResourceMapperValue } from 'n8n-workflow';

import type { Operation } from '../../nodes/Cipp/catalog';
import { TEMPLATE_PARAM } from '../../nodes/Cipp/description/sharedProperties';
import type { Harness } from './fixture';

/**
 * Helpers for Custom API Call at node version 1.1: its parameters, the fields the editor loads
 * into the resource mapper, and the mapper's value for a curated operation's parameters (what a
 * user who fills the same fields in the mapper enters).
 */

export const PICKER_VERSION = 1.1;
export const CIPP_NODE = 'n8n-nodes-cipp-api.cipp';

/** The resource mapper's parameter value; field values may be objects or lists where an expression gave them. */
export function mapperValue(value: IDataObject | null, schema: ResourceMapperField[] = []): ResourceMapperValue {
	return { mappingMode: 'defineBelow', value: value as ResourceMapperValue['value'], matchingColumns: [], schema, attemptToConvertTypes: false, convertFieldsToString: false };
}

/** Parameters of a version 1.1 Custom API Call with the endpoint picked from the list. */
export function pickerCall(endpoint: string, parameters: INodeParameters = {}): INodeParameters {
	return {
		resource: 'customApi',
		operation: 'callEndpoint',
		endpoint: { __rl: true, mode: 'list', value: endpoint },
		...parameters,
	};
}

export async function mapperFields(h: Harness, endpoint: string, mode: 'list' | 'name' = 'list'): Promise<{ fields: ResourceMapperField[]; notice?: string }> {
	const result = await h.runner.resourceMapping(CIPP_NODE, 'getEndpointFields', { ...pickerCall(endpoint), endpoint: { __rl: true, mode, value: endpoint } }, 'endpointFields', { typeVersion: PICKER_VERSION });
	return { fields: result.fields, notice: result.emptyFieldsNotice };
}

/** Every endpoint the picker lists, page by page, for a search text. */
export async function listedEndpoints(h: Harness, filter?: string, credentialId?: string): Promise<Array<{ name: string; value: string; description?: string }>> {
	const all: Array<{ name: string; value: string; description?: string }> = [];
	let token: string | undefined;
	do {
		const page = await h.runner.listSearch(CIPP_NODE, 'searchEndpoints', pickerCall(''), filter, token, { credentialId, typeVersion: PICKER_VERSION });
		all.push(...page.results.map((entry) => ({ name: entry.name, value: String(entry.value), description: entry.description })));
		token = page.paginationToken;
	} while (token !== undefined);
	return all;
}

/**
 * The mapper value a user enters for the same input as a curated operation's parameters: the
 * tenant under its key, the template, every field on the node (at its starting value when not
 * given, as the mapper shows it) and the Additional Fields that were added.
 */
export function mapperValueFor(operation: Operation, parameters: INodeParameters): IDataObject {
	const value: IDataObject = {};
	const tenant = parameters.tenant as { value?: string } | undefined;
	if (operation.tenant && tenant?.value) value[operation.tenant.key] = tenant.value;
	if (operation.template && parameters[TEMPLATE_PARAM] !== undefined) value[TEMPLATE_PARAM] = parameters[TEMPLATE_PARAM] as string;
	const additional = (parameters.additionalFields ?? {}) as IDataObject;
	for (const field of operation.fields) {
		if (field.managed) continue;
		if (field.topLevel) {
			const given = parameters[field.param] as IDataObject[string] | undefined;
			// The mapper leaves an empty text empty (null), as it starts with no value.
			value[field.name] = given !== undefined ? given : field.default === '' ? null : field.default;
		} else if (field.param in additional) {
			value[field.name] = additional[field.param];
		}
	}
	return value;
}
