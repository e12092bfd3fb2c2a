import type { INodeParameters } from 'n8n-workflow';

import type { Operation, OperationField } from '../../nodes/Cipp/catalog';

/** The smallest parameter set a user could submit for an operation: its required fields only. */

export function sampleValue(field: OperationField): string | number | boolean {
	if (field.format === 'upn') return 'user00001@contoso.onmicrosoft.com';
	if (field.format === 'guid') return '0b6a3c1e-7d4f-4e2a-8b9c-1d2e3f4a5b6c';
	switch (field.kind) {
		case 'boolean':
			return true;
		case 'number':
			return 1;
		case 'options':
			return field.options?.[0]?.value ?? 'value';
		case 'list':
			return 'first@contoso.onmicrosoft.com, second@contoso.onmicrosoft.com';
		case 'json':
		case 'jsonText':
			return '{"sample": true}';
		default:
			return `sample-${field.param}`;
	}
}

export function minimalParameters(operation: Operation, tenant: string): INodeParameters {
	const parameters: INodeParameters = {
		resource: operation.resource,
		operation: operation.value,
		options: { queueWaitSeconds: 0, failOnSoftErrors: false, maxRetrySeconds: 0 },
	};
	if (operation.tenant?.required) parameters.tenant = { __rl: true, mode: 'domain', value: tenant };
	for (const field of operation.fields) {
		if (field.topLevel && !field.managed) parameters[field.param] = sampleValue(field);
	}
	const additional: INodeParameters = {};
	for (const group of operation.requiredOneOf) {
		const field = operation.fields.find((candidate) => candidate.name.toLowerCase() === group[0].toLowerCase());
		if (field && !field.topLevel) additional[field.param] = sampleValue(field);
	}
	if (Object.keys(additional).length > 0) parameters.additionalFields = additional;
	if (operation.isList) parameters.returnAll = true;
	return parameters;
}
