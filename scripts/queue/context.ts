/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * What every queue-mode case gets: the deployment, the sandbox, the check/assert pair of the
 * e2e suite's style, a place to put figures, and small readers of the sandbox's records
 * (token grants per API client, CIPP requests since a point, 429 answers).
 */
import type { Sandbox } from '../sandbox/sandbox';
import type { SimRequest } from '../../test/harness/cippSimulator';
import type { QueueDeployment } from './deployment';

export type Check = (name: string, body: () => Promise<string | void>) => Promise<void>;
export type Assert = (condition: unknown, message: string) => asserts condition;

export interface QueueContext {
	deployment: QueueDeployment;
	box: Sandbox;
	check: Check;
	assert: Assert;
	/** Records a case's figures; they are printed with its check and again in the closing summary. */
	figures(caseName: string, values: Record<string, string | number>): void;
}

export const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(read: () => T, done: (value: T) => boolean, timeoutMs: number, everyMs = 250): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = read();
	while (!done(value) && Date.now() < deadline) {
		await sleep(everyMs);
		value = read();
	}
	return value;
}

export interface Answer {
	status: number;
	body: unknown;
	ms: number;
	/** When the answer arrived (epoch ms). */
	at: number;
}

/** POSTs JSON and reads the answer; a connection failure becomes status 0 with the error as body. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
	const started = Date.now();
	try {
		const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// not JSON: keep the text
		}
		return { status: response.status, body: parsed, ms: Date.now() - started, at: Date.now() };
	} catch (error) {
		return { status: 0, body: (error as Error).message, ms: Date.now() - started, at: Date.now() };
	}
}

/** Successful token grants the sandbox's Entra issued to one API client. */
export function grantsFor(box: Sandbox, clientId: string): number {
	return box.entra.tokenRequests.filter((request) => request.form.client_id === clientId && request.status === 200).length;
}

/** A mark in the CIPP simulator's request log; `since(mark)` reads what came after it. */
export function requestMark(box: Sandbox): number {
	return box.cipp.requests.length;
}

export function since(box: Sandbox, mark: number): SimRequest[] {
	return box.cipp.requests.slice(mark);
}

/**
 * 429 answers in a slice of the request log. The rate limiter records each request it refuses
 * there with status 429, as the simulator's concurrency limit does.
 */
export function tooManyRequests(requests: SimRequest[]): number {
	return requests.filter((request) => request.status === 429).length;
}

/** A value as JSON, cut to `length` characters, for messages. */
export function brief(value: unknown, length = 300): string {
	return String(JSON.stringify(value)).slice(0, length);
}

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Counts of `values`, e.g. executions per worker: { 'worker-1': 11, 'worker-2': 9 }. */
export function tally(values: string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
	return counts;
}

export function describeTally(counts: Record<string, number>): string {
	const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
	return entries.length === 0 ? 'none' : entries.map(([key, count]) => `${key} ${count}`).join(', ');
}
