import type { INodeProperties } from 'n8n-workflow';

import type { OperationField } from '../catalog';

/** One CIPP field as an n8n parameter (top-level, or an option inside Additional Fields). */
export function fieldProperty(field: OperationField, topLevel: boolean): INodeProperties {
	const base = {
		displayName: field.displayName,
		name: field.param,
		description: field.description,
	};
	const required = topLevel && field.required === true ? { required: true } : {};
	const placeholder = field.placeholder ? { placeholder: field.placeholder } : {};
	switch (field.kind) {
		case 'boolean':
			return { ...base, type: 'boolean', default: field.default === true, ...required };
		case 'number':
			return { ...base, type: 'number', default: typeof field.default === 'number' ? field.default : 0, ...required };
		case 'options': {
			const options = (field.options ?? []).map((option) => ({ ...option }));
			const fallback = options[0]?.value ?? '';
			return {
				...base,
				type: 'options',
				options,
				default: typeof field.default === 'string' ? field.default : fallback,
				...required,
			};
		}
		case 'json':
		case 'jsonText':
			return { ...base, type: 'json', default: typeof field.default === 'string' ? field.default : '', ...required, ...placeholder };
		case 'list':
			return {
				...base,
				type: 'string',
				default: typeof field.default === 'string' ? field.default : '',
				placeholder: field.placeholder ?? 'e.g. value1, value2',
				...required,
			};
		default:
			return {
				...base,
				type: 'string',
				default: field.default === undefined ? '' : String(field.default),
				...required,
				...placeholder,
			};
	}
}
