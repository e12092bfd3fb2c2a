/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * The floor under every n8n node's HTTP figures: the same "get user" calls sent through n8n's own
 * outbound request function (the one `httpRequestWithAuthentication` ends in), from a bare
 * Node 24 process with no workflow, no expression and no node code. Run by run-bench.ts with the
 * pinned runtime's Node; prints one JSON line.
 *
 * Arguments: a JSON object { runtimeDir, url, token, tenant, userIds, parallel }.
 */
import { join } from 'path';

interface ProbeInput {
	runtimeDir: string;
	url: string;
	token: string;
	tenant: string;
	userIds: string[];
	parallel: number;
}

type OutboundRequest = (options: Record<string, unknown>) => Promise<{ statusCode: number }>;

async function main(): Promise<void> {
	const input = JSON.parse(process.argv[2]) as ProbeInput;
	// An internal module of the pinned n8n; the version is fixed by scripts/e2e/ensure-n8n.sh.
	const modulePath = join(input.runtimeDir, 'n8n', 'node_modules', '@n8n', 'backend-network', 'dist', 'http', 'axios', 'request.js');
	const { httpRequest } = (await import(modulePath)) as { httpRequest: OutboundRequest };

	let next = 0;
	let failed = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < input.userIds.length) {
			const userId = input.userIds[next];
			next += 1;
			// The options our transport sends for a GET, with the header n8n's authenticate adds.
			const response = await httpRequest({
				method: 'GET',
				url: `${input.url}/api/ListUsers`,
				qs: { tenantFilter: input.tenant, UserID: userId },
				headers: { Accept: 'application/json', Authorization: `Bearer ${input.token}` },
				encoding: 'text',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: { ignore: true, except: [401] },
				disableFollowRedirect: true,
				timeout: 600_000,
			});
			if (response.statusCode !== 200) failed += 1;
		}
	};
	await Promise.all(Array.from({ length: input.parallel }, worker));
	console.log(JSON.stringify({ ms: performance.now() - started, items: input.userIds.length, failed }));
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
