/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * Child process of the benchmark: Return All over a large Graph collection through the engine,
 * printing {records, ms, peakRssMb, pages} as JSON. Run alone so its memory figure is its own.
 */
import { startHarness } from '../../test/harness/fixture';

async function main(): Promise<void> {
	const count = Number(process.argv[2] ?? 100_000);
	const h = await startHarness();
	h.cipp.data.setUserCount('contoso.onmicrosoft.com', count);
	h.cipp.lightLog = true;
	const baseline = process.memoryUsage().rss;
	const started = Date.now();
	const result = await h.runCipp({
		resource: 'cippCore',
		operation: 'ListGraphRequest',
		tenant: { __rl: true, mode: 'domain', value: 'contoso.onmicrosoft.com' },
		Endpoint: 'users',
		returnAll: true,
		additionalFields: { top: 999 },
	});
	const ms = Date.now() - started;
	const peakRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(
		JSON.stringify({
			status: result.status,
			records: result.items.length,
			ms,
			pages: h.cipp.callsTo('ListGraphRequest').length,
			peakRssMb: Math.round(peakRssMb),
			baselineRssMb: Math.round(baseline / 1024 / 1024),
		}),
	);
	await h.close();
}

main().catch((error: Error) => {
	process.stderr.write(String(error.stack));
	process.exit(1);
});
