import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from './parameters';

/** The run options every item reads (the node's Options collection). */

export interface RunOptions {
	failOnSoftErrors: boolean;
	timeoutMs: number;
	maxRetryMs: number;
	queueWaitMs: number;
	parallel: number;
	batch: boolean;
	/** The options as entered, for the extra body and query fields. */
	entered: IDataObject;
}

export function readOptions(params: ParameterReader, itemIndex: number): RunOptions {
	const entered = params.get<IDataObject>('options', itemIndex, {});
	const number = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
	return {
		failOnSoftErrors: entered.failOnSoftErrors !== false,
		timeoutMs: Math.max(1, number(entered.timeoutSeconds, 600)) * 1000,
		maxRetryMs: number(entered.maxRetrySeconds, 60) * 1000,
		queueWaitMs: number(entered.queueWaitSeconds, 120) * 1000,
		parallel: Math.min(50, Math.max(1, Math.floor(number(entered.parallelRequests, 1)))),
		batch: entered.batchRequests === true,
		entered,
	};
}
