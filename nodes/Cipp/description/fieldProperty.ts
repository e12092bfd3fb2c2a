import type { INodeProperties, INodePropertyOptions, NodeParameterValue } from 'n8n-workflow';

import { fieldNamed } from '../catalog/fieldNamed';
import type { DescribedField, DescribedOperation, FieldOption } from '../catalog/types';
import { JSON_KINDS } from '../catalog/operationFields';

/** n8n shows descriptions as HTML: a '<' in our words (e.g. '<Policy Name>_Rule') must stay text. */
export function asHtmlText(text: string): string {
	return text.replace(/</g, '&lt;');
}

/** One CIPP field as an n8n parameter (top-level, or an option inside Additional Fields). */
export function fieldProperty(field: DescribedField, topLevel: boolean): INodeProperties {
	const base = { displayName: field.displayName, name: field.param, description: asHtmlText(field.description), default: field.default };
	const required = topLevel && field.required === true ? { required: true } : {};
	const placeholder = field.placeholder ? { placeholder: field.placeholder } : {};
	if (JSON_KINDS.has(field.kind)) {
		// n8n's JSON editor shows no placeholder, so the example goes into the help text.
		const example = field.placeholder ? ` (${field.placeholder})` : '';
		return { ...base, description: asHtmlText(`${field.description}${example}`), type: 'json', ...required };
	}
	switch (field.kind) {
		case 'boolean':
			return { ...base, type: 'boolean', ...required };
		case 'number':
			return { ...base, type: 'number', ...required, ...placeholder };
		case 'options':
			return { ...base, type: 'options', options: (field.options ?? []).map(optionProperty), ...required };
		case 'list':
			return { ...base, type: 'string', placeholder: field.placeholder ?? 'e.g. value1, value2', ...required };
		default:
			return { ...base, type: 'string', ...required, ...placeholder };
	}
}

function optionProperty(option: FieldOption): INodePropertyOptions {
	return option.description ? { ...option, description: asHtmlText(option.description) } : { ...option };
}

/** How a condition value from the facts (always text) reads in the condition field's own type. */
function typedValue(condition: DescribedField, value: string): NodeParameterValue {
	if (condition.kind === 'boolean') return value.toLowerCase() === 'true';
	if (condition.kind === 'number') return Number(value);
	return value;
}

/**
 * The display rule for a field CIPP reads only when another field has certain values: shown only
 * then, when every condition field is on the node itself (a field inside Additional Fields refers
 * to it from the root, with a leading '/'). Conditions on fields under Additional Fields or on the
 * tenant are checked before sending instead. A field the facts also call required is always shown.
 */
export function displayRule(operation: DescribedOperation, field: DescribedField): Record<string, NodeParameterValue[]> | undefined {
	if (!field.onlyWhen || field.required) return undefined;
	const rule: Record<string, NodeParameterValue[]> = {};
	for (const [name, values] of Object.entries(field.onlyWhen)) {
		const condition = fieldNamed(operation, name);
		if (!condition || !condition.topLevel || condition.managed) return undefined;
		rule[field.topLevel ? condition.param : `/${condition.param}`] = values.map((value) => typedValue(condition, value));
	}
	return rule;
}
