import type { FieldType, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { endpointNameOf } from '../actions/endpointCall';
import { instanceSpec, operationFor } from '../actions/instanceCatalog';
import { mappedEntries } from '../actions/mappedFields';
import type { MappedEntry } from '../actions/mappedFields';
import type { FieldKind } from '../catalog/types';
import { ENDPOINT_PARAM } from '../description/sharedProperties';
import { ENDPOINT_NAME } from '../../shared/cipp/transport/cippRequest';

/**
 * The fields of the endpoint picked in Custom API Call, for n8n's resource mapper: our facts for
 * an endpoint the package knows (with what the connected CIPP's spec adds), the spec's types for
 * others. Required fields and those our operation shows on the node are shown; the rest can be
 * added, and start from the value the operation's own field starts from.
 */

/**
 * The editor's input for each kind. Lists are text ("a, b" or a JSON array). JSON that may take
 * several forms is text too, so the editor refuses none that the node accepts: a list of objects
 * may be given as one object, and some JSON is an object or an array.
 */
const FIELD_TYPES: Record<FieldKind, FieldType> = {
	string: 'string',
	number: 'number',
	boolean: 'boolean',
	options: 'options',
	list: 'string',
	object: 'object',
	objectList: 'string',
	json: 'string',
	jsonText: 'string',
};

function mapperField(entry: MappedEntry): ResourceMapperField {
	const base = { id: entry.id, displayName: entry.displayName, required: entry.required, defaultMatch: false, canBeUsedToMatch: false, display: true, readOnly: false };
	if (entry.role === 'tenant') return { ...base, type: 'string', removed: false };
	if (entry.role === 'template') return { ...base, type: 'object', removed: false };
	const { field } = entry;
	const mapped: ResourceMapperField = { ...base, type: FIELD_TYPES[field.kind], removed: !field.topLevel };
	if (field.kind === 'options') mapped.options = (field.options ?? []).map(({ name, value }) => ({ name, value }));
	// An empty text would read as "entered"; only a real starting value is given.
	if (field.default !== '') mapped.defaultValue = field.default;
	return mapped;
}

export async function getEndpointFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	// The value as entered: both modes carry the name itself (nothing to extract from a URL).
	const name = endpointNameOf(this.getCurrentNodeParameter(ENDPOINT_PARAM));
	if (!ENDPOINT_NAME.test(name)) return { fields: [], emptyFieldsNotice: 'Pick an endpoint to see its fields.' };
	const spec = await instanceSpec(this);
	const operation = operationFor(name, spec);
	if (!operation) {
		const where = spec ? "your CIPP's spec" : "this node's catalog (your CIPP serves no spec before 10.10)";
		return { fields: [], emptyFieldsNotice: `${name} is not in ${where}. Check the name, or set 'Input' to JSON.` };
	}
	const fields = mappedEntries(operation).map(mapperField);
	return fields.length > 0 ? { fields } : { fields, emptyFieldsNotice: `${name} takes no fields.` };
}
