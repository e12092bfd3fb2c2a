/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- build tooling: runs in Node on a developer machine, never inside n8n */
/**
 * Reads a CIPP-API checkout and writes what every HTTP handler reads from the request, and how, to
 * nodes/Cipp/catalog/data/cipp-<version>/analysis.json:
 *
 *   npx ts-node --transpile-only scripts/catalog/analyzer/cli.ts <cipp-api-checkout> [--version 10.8.2] [--depth 3]
 *     [--enter-plumbing]
 *
 * Helpers are followed `--depth` calls deep; CIPP's plumbing (Graph/Exchange requests, logging,
 * tables: PLUMBING_HELPERS) is recorded as called but not entered unless --enter-plumbing.
 * The output is deterministic (sorted keys, tabs), so re-running on the same checkout changes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join, relative } from 'path';

import { releaseDir, vendoredReleases } from '../releaseData';
import { stableJson } from './analysisTypes';
import { FunctionIndex } from './functionIndex';
import { analyzeCheckout, PLUMBING_HELPERS } from './handlers';

function option(argv: string[], name: string): string | undefined {
	const index = argv.indexOf(name);
	return index >= 0 ? argv[index + 1] : undefined;
}

/** The checked-out commit, read from `.git` without running git; undefined without a repository. */
export function gitCommit(checkout: string): string | undefined {
	const gitDir = join(checkout, '.git');
	if (!existsSync(join(gitDir, 'HEAD'))) return undefined;
	const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
	if (/^[0-9a-f]{40}$/.test(head)) return head;
	const ref = /^ref: (.+)$/.exec(head)?.[1];
	if (!ref) return undefined;
	if (existsSync(join(gitDir, ref))) return readFileSync(join(gitDir, ref), 'utf8').trim();
	const packed = existsSync(join(gitDir, 'packed-refs')) ? readFileSync(join(gitDir, 'packed-refs'), 'utf8') : '';
	return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.split(' ')[0];
}

function main(argv: string[]): number {
	const takesValue = new Set(['--version', '--depth']);
	const checkout = argv.find((argument, index) => !argument.startsWith('--') && !takesValue.has(argv[index - 1]));
	if (!checkout || !existsSync(join(checkout, 'Modules'))) {
		console.error('usage: cli.ts <cipp-api-checkout> [--version <x.y.z>] [--depth <helper levels, default 3>] [--enter-plumbing]');
		return 2;
	}
	const version = option(argv, '--version') ?? vendoredReleases().at(-1);
	if (!version) {
		console.error('no --version given and no vendored release found');
		return 2;
	}
	const depth = Number(option(argv, '--depth') ?? 3);
	const started = Date.now();
	const index = FunctionIndex.forCheckout(checkout);
	const notEntered = argv.includes('--enter-plumbing') ? [] : PLUMBING_HELPERS;
	const { analysis, stats } = analyzeCheckout(index, version, { commit: gitCommit(checkout), maxDepth: depth, notEntered });
	const outputDir = releaseDir(version);
	mkdirSync(outputDir, { recursive: true });
	const outputFile = join(outputDir, 'analysis.json');
	writeFileSync(outputFile, stableJson(analysis));
	const seconds = ((Date.now() - started) / 1000).toFixed(1);

	console.log(`CIPP ${version}${analysis.cipp.commit ? ` (${analysis.cipp.commit.slice(0, 8)})` : ''}: ${stats.handlers} handlers read in ${seconds} s`);
	console.log(`  fields: ${stats.fields}`);
	const kinds = Object.entries(stats.usesByKind).sort(([, left], [, right]) => right - left);
	console.log(`  uses: ${kinds.reduce((sum, [, count]) => sum + count, 0)} (${kinds.map(([kind, count]) => `${kind} ${count}`).join(', ')})`);
	console.log(`  helper calls followed: ${stats.helperCallsFollowed} (${stats.helpersEntered} helpers entered, up to ${depth} levels deep${notEntered.length ? `; ${notEntered.length} plumbing helpers recorded, not entered` : ''})`);
	const unreadable = [...index.failures.keys()].filter((file) => !file.includes('/HTTP Functions/'));
	console.log(`  handlers not parsed: ${stats.failures}${stats.failures ? `: ${Object.entries(analysis.failures ?? {}).map(([file, why]) => `${file} (${why})`).join('; ')}` : ''}`);
	if (unreadable.length) console.log(`  helper files not parsed: ${unreadable.length}: ${unreadable.join(', ')}`);
	console.log(`  wrote ${relative(process.cwd(), outputFile)}`);
	return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
