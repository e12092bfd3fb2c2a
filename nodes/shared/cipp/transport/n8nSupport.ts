import { version as n8nWorkflowVersion } from 'n8n-workflow/package.json';

/**
 * Which n8n this package runs on. The n8n-workflow a node loads is the one of the n8n that runs
 * it (n8n removes our peer dependency on install), and its version tells n8n releases apart:
 * n8n 1.123.x ships n8n-workflow 1.120.x, n8n 2.0.0 ships n8n-workflow 2.0.0. The floors are the
 * oldest releases the compatibility matrix installs and passes (scripts/e2e/compat.ts); older
 * ones are refused with a message instead of failing in some obscure way later.
 */

export const SUPPORTED_N8N = 'n8n 1.123.0 or newer on 1.x, or n8n 2.0.0 or newer';

/** Oldest n8n-workflow per major version, with the n8n release that ships it. */
const FLOORS: Record<number, { workflow: [number, number, number]; n8n: string }> = {
	1: { workflow: [1, 120, 0], n8n: '1.123.0' },
	2: { workflow: [2, 0, 0], n8n: '2.0.0' },
};

function parse(version: string): [number, number, number] | undefined {
	const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
	return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function older(a: [number, number, number], b: [number, number, number]): boolean {
	for (let index = 0; index < 3; index += 1) {
		if (a[index] !== b[index]) return a[index] < b[index];
	}
	return false;
}

export interface Unsupported {
	message: string;
	description: string;
}

/**
 * Why this n8n cannot run the CIPP nodes, or undefined when it can. `hasAuthenticatedRequests`:
 * the node context offers `helpers.httpRequestWithAuthentication`, which every request needs.
 */
export function unsupportedN8n(workflowVersion: string, hasAuthenticatedRequests: boolean): Unsupported | undefined {
	const parsed = parse(workflowVersion);
	const floor = parsed ? FLOORS[parsed[0]] : undefined;
	const tooOld = parsed !== undefined && (parsed[0] < 1 || (floor !== undefined && older(parsed, floor.workflow)));
	if (tooOld) {
		const needed = floor ? `n8n ${floor.n8n} or newer` : SUPPORTED_N8N;
		return {
			message: `This n8n is too old for the CIPP nodes: they need ${needed}`,
			description: `This n8n runs n8n-workflow ${workflowVersion}; n8n-nodes-cipp-api supports ${SUPPORTED_N8N}. Update n8n (older releases do not refresh an expired token and lack APIs the nodes use).`,
		};
	}
	if (!hasAuthenticatedRequests) {
		return {
			message: 'This n8n does not offer authenticated HTTP requests to nodes (helpers.httpRequestWithAuthentication)',
			description: `n8n-nodes-cipp-api supports ${SUPPORTED_N8N}; this n8n (n8n-workflow ${workflowVersion}) is not one of them.`,
		};
	}
	return undefined;
}

let versionVerdict: { value: Unsupported | undefined } | undefined;

/** The verdict for the running n8n: its version once per process, the helper on every call. */
export function runningN8nUnsupported(context: { helpers?: object }): Unsupported | undefined {
	if (!versionVerdict) versionVerdict = { value: unsupportedN8n(n8nWorkflowVersion, true) };
	if (versionVerdict.value) return versionVerdict.value;
	const helpers = (context.helpers ?? {}) as { httpRequestWithAuthentication?: unknown };
	return unsupportedN8n(n8nWorkflowVersion, typeof helpers.httpRequestWithAuthentication === 'function');
}
