import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { isCancelled } from '../../shared/cipp/transport/cancellation';
import { FieldValueError } from './fieldValues';

/**
 * What each input item produced, however the items were run (one by one, in parallel, or in
 * $batch calls). Output keeps input order and pairs every output item with its input. With
 * continue-on-fail each failed item yields exactly one error item; without it the run fails with
 * the error of the earliest failed item, as a sequential run would.
 */

type NodeError = NodeApiError | NodeOperationError;

export function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeError {
	if (error instanceof FieldValueError) {
		return new NodeOperationError(context.getNode(), error.message, { description: error.hint, itemIndex });
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function errorItem(error: NodeError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

export class ItemOutcomes {
	readonly continueOnFail: boolean;

	private readonly results: INodeExecutionData[][];

	private earliestFailure: { error: NodeError; itemIndex: number } | undefined;

	constructor(
		private readonly context: IExecuteFunctions,
		itemCount: number,
	) {
		this.continueOnFail = context.continueOnFail();
		this.results = new Array(itemCount);
	}

	succeeded(itemIndex: number, items: IDataObject[]): void {
		this.results[itemIndex] = items.map((json) => ({ json, pairedItem: { item: itemIndex } }));
	}

	failed(itemIndex: number, error: unknown): void {
		const nodeError = asNodeError(this.context, error, itemIndex);
		if (this.continueOnFail) this.results[itemIndex] = [errorItem(nodeError, itemIndex)];
		else if (this.earliestFailure === undefined || itemIndex < this.earliestFailure.itemIndex) {
			this.earliestFailure = { error: nodeError, itemIndex };
		}
	}

	/** Runs `work` for one item and records what it gave or threw. */
	async record(itemIndex: number, work: () => Promise<IDataObject[]>): Promise<void> {
		try {
			this.succeeded(itemIndex, await work());
		} catch (error) {
			this.failed(itemIndex, error);
		}
	}

	/** No new item starts once an item failed (continue-on-fail off) or the execution was stopped. */
	get stopped(): boolean {
		return (!this.continueOnFail && this.earliestFailure !== undefined) || isCancelled(this.context);
	}

	/** The output items in input order, or the earliest failure. */
	output(): INodeExecutionData[] {
		if (this.earliestFailure) throw this.earliestFailure.error;
		return this.results.flat();
	}
}
