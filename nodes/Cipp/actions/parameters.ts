import type { IExecuteFunctions, NodeParameterValueType } from 'n8n-workflow';

/**
 * Reads node parameters for many items cheaply. n8n resolves each getNodeParameter call against
 * the node's whole description (this node has thousands of properties), so a value that holds no
 * expression, and is therefore the same for every item, is read once per run. Values with
 * expressions are still resolved by n8n for each item.
 */

function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

export class ParameterReader {
	private readonly constant = new Map<string, unknown>();

	constructor(private readonly context: IExecuteFunctions) {}

	get<T>(name: string, itemIndex: number, fallback?: T): T {
		if (this.constant.has(name)) return this.constant.get(name) as T;
		const raw = this.context.getNode().parameters[name];
		const value = this.context.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType) as T;
		if (!hasExpression(raw)) this.constant.set(name, value);
		return value;
	}
}
