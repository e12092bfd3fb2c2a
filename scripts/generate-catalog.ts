/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- build tooling: runs in Node on a developer machine, never inside n8n */
/**
 * Writes nodes/Cipp/catalog/endpoints.generated.ts from the vendored facts of a CIPP release
 * (nodes/Cipp/catalog/data/cipp-<version>/: spec facts, the audit's corrections, handler facts).
 *
 *   npm run generate                      the newest vendored release
 *   npm run generate -- --release 10.8.2  a given one
 *   npm run generate -- --check           exit 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';

import { buildCatalog } from './catalog/buildCatalog';
import { loadRelease, vendoredReleases } from './catalog/releaseData';
import { renderCatalog } from './catalog/renderCatalog';

const OUTPUT = resolve(__dirname, '..', 'nodes', 'Cipp', 'catalog', 'endpoints.generated.ts');

function main(argv: string[]): number {
	const check = argv.includes('--check');
	const releaseIndex = argv.indexOf('--release');
	const version = releaseIndex >= 0 ? argv[releaseIndex + 1] : vendoredReleases().at(-1);
	if (!version) {
		console.error('No vendored CIPP release in nodes/Cipp/catalog/data/ (see CONTRIBUTING.md, "Upgrade to a new CIPP release")');
		return 2;
	}
	const release = loadRelease(version);
	const catalog = buildCatalog(release, release.handlers);
	const text = renderCatalog(catalog, release.spec.cipp);
	if (check) {
		if (readFileSync(OUTPUT, 'utf8') !== text) {
			console.error(`${OUTPUT} is out of date: run npm run generate`);
			return 1;
		}
		console.log(`catalog up to date (CIPP ${version}, ${catalog.length} endpoints)`);
		return 0;
	}
	writeFileSync(OUTPUT, text);
	console.log(`wrote ${catalog.length} endpoints of CIPP ${version} to ${OUTPUT}`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
