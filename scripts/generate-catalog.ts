/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- build tooling: runs in Node on a developer machine, never inside n8n */
/**
 * Writes nodes/Cipp/catalog/catalog.generated.json: the vendored facts of a CIPP release
 * (nodes/Cipp/catalog/data/cipp-<version>/: spec facts, the audit's corrections, handler facts)
 * and the additions of newer releases (data/additions/), with our curated words on top, and the
 * node's parameters built from them.
 *
 *   npm run generate                      the newest vendored release
 *   npm run generate -- --release 10.8.2  a given one
 *   npm run generate -- --check           exit 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';

import { resolveOperation, runtimeOperation } from '../nodes/Cipp/catalog/resolveOperations';
import { buildProperties, buildSubtitle } from '../nodes/Cipp/description';
import { buildCatalog } from './catalog/buildCatalog';
import { loadReleaseWithAdditions } from './catalog/releaseAdditions';
import { vendoredReleases } from './catalog/releaseData';
import { renderCatalog } from './catalog/renderCatalog';

const OUTPUT = resolve(__dirname, '..', 'nodes', 'Cipp', 'catalog', 'catalog.generated.json');

/** The generated catalog for a release, as the file's text. */
export function generateCatalog(version: string): { text: string; endpoints: number; additions: string[] } {
	const release = loadReleaseWithAdditions(version);
	const operations = buildCatalog(release, release.handlers).map(resolveOperation);
	const properties = buildProperties(operations);
	const source = release.additions.length > 0 ? { ...release.spec.cipp, additions: release.additions } : release.spec.cipp;
	const text = renderCatalog(source, operations.map(runtimeOperation), properties, buildSubtitle(operations));
	return { text, endpoints: operations.length, additions: release.additions };
}

function main(argv: string[]): number {
	const check = argv.includes('--check');
	const releaseIndex = argv.indexOf('--release');
	const version = releaseIndex >= 0 ? argv[releaseIndex + 1] : vendoredReleases().at(-1);
	if (!version) {
		console.error('No vendored CIPP release in nodes/Cipp/catalog/data/ (see CONTRIBUTING.md, "Upgrade to a new CIPP release")');
		return 2;
	}
	const { text, endpoints, additions } = generateCatalog(version);
	const from = `CIPP ${version}${additions.length > 0 ? ` with additions of ${additions.join(', ')}` : ''}`;
	if (check) {
		if (readFileSync(OUTPUT, 'utf8') !== text) {
			console.error(`${OUTPUT} is out of date: run npm run generate`);
			return 1;
		}
		console.log(`catalog up to date (${from}, ${endpoints} endpoints)`);
		return 0;
	}
	writeFileSync(OUTPUT, text);
	console.log(`wrote ${endpoints} endpoints of ${from} to ${OUTPUT}`);
	return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
