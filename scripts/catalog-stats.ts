/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
/**
 * Prints the CIPP node's coverage and footprint: operations, distinct endpoints covered out of
 * the spec's, description size, and load time (require + instantiate the built node; median of
 * 5 fresh Node processes). Run after `npm run build`: `npm run stats`.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

import { CATALOG_SOURCE } from '../nodes/Cipp/catalog';
import { loadReleaseWithAdditions } from './catalog/releaseAdditions';

const root = resolve(__dirname, '..');
const builtNode = join(root, 'dist', 'nodes', 'Cipp', 'Cipp.node.js');

export interface CatalogStats {
	operations: number;
	endpointsCovered: number;
	endpointsInSpec: number;
	descriptionBytes: number;
	bytesPerOperation: number;
	loadTimesMs: number[];
	loadMedianMs: number;
	/** CPU time of the same require + instantiate (all threads; time spent waiting for a busy CPU is not in it). */
	loadCpuMedianMs: number;
	n8nWorkflowMedianMs: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

export function catalogStats(): CatalogStats {
	if (!existsSync(builtNode)) throw new Error('dist/ is missing: run npm run build first');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Cipp } = require(builtNode) as { Cipp: new () => { description: { properties: Array<{ name: string; options?: Array<{ value?: unknown }> }> } } };
	const description = new Cipp().description;
	const operationValues = description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) => (property.options ?? []).map((option) => String(option.value)));
	const specEndpoints = new Set(Object.keys(loadReleaseWithAdditions(CATALOG_SOURCE.version).spec.endpoints));
	const covered = new Set(operationValues.filter((value) => specEndpoints.has(value)));
	const bytes = Buffer.byteLength(JSON.stringify(description));

	// n8n has n8n-workflow loaded before it loads any community node, so it is loaded first and
	// timed apart: the figure is what this package adds to n8n's start-up.
	const probe = [
		'let t=process.hrtime.bigint();',
		"require('n8n-workflow');",
		'const w=Number(process.hrtime.bigint()-t)/1e6;',
		't=process.hrtime.bigint();const c=process.cpuUsage();',
		`const {Cipp}=require(${JSON.stringify(builtNode)});new Cipp();`,
		'const u=process.cpuUsage(c);',
		'process.stdout.write(JSON.stringify([Number(process.hrtime.bigint()-t)/1e6,w,(u.user+u.system)/1e3]));',
	].join('');
	const loadTimesMs: number[] = [];
	const workflowTimesMs: number[] = [];
	const cpuTimesMs: number[] = [];
	for (let run = 0; run < 5; run += 1) {
		const [own, workflow, cpu] = JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: root }).toString()) as [number, number, number];
		loadTimesMs.push(own);
		workflowTimesMs.push(workflow);
		cpuTimesMs.push(cpu);
	}
	return {
		operations: operationValues.length,
		endpointsCovered: covered.size,
		endpointsInSpec: specEndpoints.size,
		descriptionBytes: bytes,
		bytesPerOperation: Math.round(bytes / operationValues.length),
		loadTimesMs,
		loadMedianMs: median(loadTimesMs),
		loadCpuMedianMs: median(cpuTimesMs),
		n8nWorkflowMedianMs: median(workflowTimesMs),
	};
}

if (require.main === module) {
	const stats = catalogStats();
	console.log(`operations:                 ${stats.operations} (${stats.operations - stats.endpointsCovered} not tied to one endpoint: Custom API Call)`);
	console.log(`distinct endpoints covered: ${stats.endpointsCovered} / ${stats.endpointsInSpec}`);
	console.log(`description size:           ${stats.descriptionBytes} bytes (${(stats.descriptionBytes / 1024).toFixed(0)} KiB)`);
	console.log(`bytes per operation:        ${stats.bytesPerOperation}`);
	console.log(`load time (median of 5):    ${stats.loadMedianMs.toFixed(1)} ms  [${stats.loadTimesMs.map((t) => t.toFixed(1)).join(', ')}] require + instantiate`);
	console.log(`  CPU time (median of 5):   ${stats.loadCpuMedianMs.toFixed(1)} ms  (all threads: V8 compiles and collects garbage alongside; waiting for a busy CPU is not counted)`);
	console.log(`  (n8n-workflow itself, loaded first as in n8n: ${stats.n8nWorkflowMedianMs.toFixed(0)} ms, not counted)`);
}
