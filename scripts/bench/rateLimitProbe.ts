/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * Pacing against CIPP's rate limit, in-process through the engine: N items (one request each) at
 * concurrency k against the simulator enforcing the limit, printing {items, ms, physicalMs, ratio,
 * refused, failed} as JSON. The physical limit is what no client can beat: the last of
 * ceil(N / limit) windows starts (ceil(N / limit) - 1) windows in.
 *
 *   npx ts-node --transpile-only scripts/bench/rateLimitProbe.ts [items=1000] [k=10] [latencyMs=200]
 *   RATE_LIMIT=100/10 BATCH=1 CLOCK_ALIGNED=1 for other settings ($batch items, CIPP windows on the clock)
 */
import { startHarness } from '../../test/harness/fixture';

async function main(): Promise<void> {
	// As the benchmark runs its probes: quiet, and no tightening of ~/.n8n/config's permissions.
	process.env.N8N_LOG_LEVEL ??= 'silent';
	process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS ??= 'false';
	const items = Number(process.argv[2] ?? 1000);
	const parallel = Number(process.argv[3] ?? 10);
	const latencyMs = Number(process.argv[4] ?? 200);
	const [requests, seconds] = (process.env.RATE_LIMIT ?? '100/10').split('/').map(Number);
	const batch = process.env.BATCH === '1';
	const tenant = 'contoso.onmicrosoft.com';
	const h = await startHarness();
	h.cipp.data.setUserCount(tenant, Math.min(items, 5000));
	h.cipp.lightLog = true;
	h.cipp.latencyMs = latencyMs;
	h.cipp.rateLimit = { requests, windowMs: seconds * 1000, batchCountsEach: true, alignedToClock: process.env.CLOCK_ALIGNED === '1' };
	h.credential({ rateLimitRequests: requests, rateLimitWindowSeconds: seconds });
	const upns = Array.from({ length: items }, (_, index) => ({ upn: `user${String((index % 5000) + 1).padStart(5, '0')}@${tenant}` }));
	const started = Date.now();
	const result = await h.runCipp(
		{
			resource: 'user',
			operation: 'ListUsers',
			tenant: { __rl: true, mode: 'domain', value: tenant },
			returnAll: true,
			additionalFields: { UserID: '={{ $json.upn }}' },
			options: { parallelRequests: parallel, batchRequests: batch, maxRetrySeconds: 120 },
		},
		{ items: upns, settings: { onError: 'continueRegularOutput' } },
	);
	const ms = Date.now() - started;
	const weight = batch ? Math.ceil(items / 20) * 20 : items;
	const physicalMs = (Math.ceil(weight / requests) - 1) * seconds * 1000;
	process.stdout.write(
		`${JSON.stringify({
			items,
			parallel,
			latencyMs,
			batch,
			ms,
			physicalMs,
			ratio: physicalMs > 0 ? Number((ms / physicalMs).toFixed(3)) : null,
			refused: h.cipp.rateWindows.refused,
			failed: result.items.filter((item) => item.json.error !== undefined).length,
		})}\n`,
	);
	await h.close();
}

main().catch((error: Error) => {
	process.stderr.write(String(error.stack));
	process.exit(1);
});
