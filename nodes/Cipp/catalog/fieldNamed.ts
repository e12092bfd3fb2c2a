import type { OperationField } from './types';

/** The operation's field that carries a CIPP field name (any case: CIPP reads keys that way), if it has one. */
export function fieldNamed<Field extends OperationField>(operation: { fields: readonly Field[] }, name: string): Field | undefined {
	const lower = name.toLowerCase();
	return operation.fields.find((field) => field.name.toLowerCase() === lower);
}
