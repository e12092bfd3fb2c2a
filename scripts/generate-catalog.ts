/**
 * Reads a CIPP OpenAPI spec (and, optionally, the corrections audit) and writes
 * nodes/Cipp/catalog/endpoints.generated.ts: one catalog entry per endpoint.
 *
 *   npm run generate
 *   ts-node scripts/generate-catalog.ts <openapi.json> [corrections.json] [--check]
 *
 * With --check it writes nothing and exits 1 when the committed file differs from a fresh
 * generation. Only facts are carried over (names, methods, locations, types, required flags,
 * roles); the spec's prose is not.
 */
import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';

import { buildCatalog, renderCatalog } from './catalog/buildCatalog';
import type { CorrectionsFile, OpenApiSpec } from './catalog/specTypes';

const OUTPUT = resolve(__dirname, '..', 'nodes', 'Cipp', 'catalog', 'endpoints.generated.ts');

function main(argv: string[]): number {
	const check = argv.includes('--check');
	const files = argv.filter((arg) => !arg.startsWith('--'));
	if (files.length < 1) {
		console.error('usage: generate-catalog <openapi.json> [corrections.json] [--check]');
		return 2;
	}
	const spec = JSON.parse(readFileSync(files[0], 'utf8')) as OpenApiSpec;
	const corrections = files[1]
		? (JSON.parse(readFileSync(files[1], 'utf8')) as CorrectionsFile)
		: undefined;
	const catalog = buildCatalog(spec, corrections);
	const text = renderCatalog(catalog, spec);
	if (check) {
		const current = readFileSync(OUTPUT, 'utf8');
		if (current !== text) {
			console.error(`${OUTPUT} is out of date: run npm run generate`);
			return 1;
		}
		console.log(`catalog up to date (${catalog.length} endpoints)`);
		return 0;
	}
	writeFileSync(OUTPUT, text);
	console.log(`wrote ${catalog.length} endpoints to ${OUTPUT}`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
