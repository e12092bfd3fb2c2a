import type { IExecuteFunctions, INode, NodeParameterValueType } from 'n8n-workflow';

/**
 * Reads node parameters for many items cheaply. Three costs of n8n's getNodeParameter are avoided:
 * - a value without an expression is the same for every item, so it is read once per run;
 * - `getNode()` deep-copies the whole node on each call, so the node is copied once per run;
 * - after resolving, n8n looks for a `validateType` on the property by testing the display rules
 *   of every property with that name (645 `additionalFields` collections here). No property of
 *   this node declares `validateType`, so that scan can never change a value; it is skipped.
 * Values with expressions are still resolved by n8n, for each item.
 */

function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

export class ParameterReader {
	private readonly constant = new Map<string, unknown>();

	private readonly node: INode;

	constructor(readonly context: IExecuteFunctions) {
		this.node = context.getNode();
	}

	/** The version of the node in the workflow (saved workflows keep the version they were built with). */
	get typeVersion(): number {
		return this.node.typeVersion;
	}

	get<T>(name: string, itemIndex: number, fallback?: T): T {
		if (this.constant.has(name)) return this.constant.get(name) as T;
		const value = this.context.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType, {
			skipValidation: true,
		}) as T;
		if (!hasExpression(this.node.parameters[name])) this.constant.set(name, value);
		return value;
	}
}
