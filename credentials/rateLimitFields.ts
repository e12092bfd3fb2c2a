import type { ICredentialDataDecryptedObject, INodeProperties } from 'n8n-workflow';

/**
 * The CIPP API credential's rate-limit settings: the fields, their defaults (CIPP's documented
 * limit) and how a saved credential is read. Credentials saved before these fields existed lack
 * them and get the defaults.
 */

export type BatchCounting = 'each' | 'one';

export interface RateLimitFields {
	/** Requests per window; 0 turns pacing off. */
	requests: number;
	windowSeconds: number;
	batchCounting: BatchCounting;
}

export const RATE_LIMIT_DEFAULTS: RateLimitFields = { requests: 100, windowSeconds: 10, batchCounting: 'each' };

export const rateLimitProperties: INodeProperties[] = [
	{
		displayName: 'Rate Limit (Requests per Window)',
		name: 'rateLimitRequests',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: RATE_LIMIT_DEFAULTS.requests,
		description:
			"Most requests n8n sends with this API client per window. CIPP allows 100 per 10 seconds per API client and refuses more with HTTP 429. Every CIPP node, trigger and tenant list in this n8n process shares the budget. If several n8n processes (queue-mode workers) or other tools use the same API client, divide the limit between them, e.g. 50 each for two workers. 0 turns pacing off.",
	},
	{
		displayName: 'Rate Limit Window (Seconds)',
		name: 'rateLimitWindowSeconds',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: RATE_LIMIT_DEFAULTS.windowSeconds,
		description: "Length of the rate-limit window. CIPP's is 10 seconds.",
	},
	{
		displayName: 'Count a Batch Call As',
		name: 'batchCounting',
		type: 'options',
		default: RATE_LIMIT_DEFAULTS.batchCounting,
		options: [
			{
				name: 'Each Request in It',
				value: 'each',
				description: 'A $batch call of 20 items uses 20 of the budget (safe: CIPP does not say how it counts)',
			},
			{
				name: 'One Request',
				value: 'one',
				description: 'A $batch call uses 1 of the budget, whatever it carries',
			},
		],
		description:
			"How a call through CIPP's $batch route (the node's Batch Requests option, up to 20 items per call) counts against the rate limit",
	},
];

function numberOr(value: unknown, fallback: number, smallest: number): number {
	const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= smallest ? parsed : fallback;
}

export function readRateLimitFields(data: ICredentialDataDecryptedObject): RateLimitFields {
	return {
		requests: Math.floor(numberOr(data.rateLimitRequests, RATE_LIMIT_DEFAULTS.requests, 0)),
		windowSeconds: numberOr(data.rateLimitWindowSeconds, RATE_LIMIT_DEFAULTS.windowSeconds, 0.001),
		batchCounting: data.batchCounting === 'one' ? 'one' : 'each',
	};
}
