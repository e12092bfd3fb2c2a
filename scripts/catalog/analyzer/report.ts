/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- build tooling: runs in Node on a developer machine, never inside n8n */
/**
 * Compares the committed analysis (analysis.json) with the committed facts (spec, corrections,
 * handler facts) and prints one line per disagreement. Reads committed files only: no CIPP checkout.
 *
 *   npx ts-node --transpile-only scripts/catalog/analyzer/report.ts [--version 10.8.2] [--strict]
 *     [--endpoint <Name>] [--category <category>] [--counts]
 *
 * A disagreement the facts accept (`analyzerExceptions: { "<id>": "<reason>" }` on the endpoint) is
 * listed separately. Exit code 1 only with --strict and unaccepted disagreements left.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { loadRelease, releaseDir, vendoredReleases } from '../releaseData';
import type { HandlerFacts, ReleaseCorrections, ReleaseSpec } from '../releaseTypes';
import type { Analysis } from './analysisTypes';
import { committedEndpoint } from './committedFacts';
import { endpointDisagreements, type Category, type Disagreement } from './reportRules';

export interface AcceptedDisagreement extends Disagreement {
	reason: string;
}

export interface Report {
	open: Disagreement[];
	accepted: AcceptedDisagreement[];
	/** Exceptions that match no disagreement any more: `Endpoint` and id. */
	stale: Array<{ endpoint: string; id: string }>;
	/** Spec endpoints the analysis has no handler for. */
	missingHandlers: string[];
}

export function buildReport(analysis: Analysis, spec: ReleaseSpec, corrections: ReleaseCorrections, facts: HandlerFacts): Report {
	const report: Report = { open: [], accepted: [], stale: [], missingHandlers: [] };
	for (const name of Object.keys(spec.endpoints).sort()) if (!analysis.endpoints[name]) report.missingHandlers.push(name);
	for (const name of Object.keys(analysis.endpoints).sort()) {
		const committed = committedEndpoint(name, spec, corrections, facts);
		const exceptions = facts[name]?.analyzerExceptions ?? {};
		const found = endpointDisagreements(name, analysis.endpoints[name], committed);
		for (const disagreement of found) {
			const reason = exceptions[disagreement.id];
			if (reason) report.accepted.push({ ...disagreement, reason });
			else report.open.push(disagreement);
		}
		const ids = new Set(found.map((disagreement) => disagreement.id));
		for (const id of Object.keys(exceptions).sort()) if (!ids.has(id)) report.stale.push({ endpoint: name, id });
	}
	return report;
}

/** `ExecFoo.Bar: handler tests ... [Bar:kind]`; endpoint-level ones read `ExecFoo: handler ...`. */
export function formatDisagreement(disagreement: Disagreement): string {
	const separator = disagreement.id.includes(':') ? '.' : ': ';
	return `${disagreement.endpoint}${separator}${disagreement.message}  [${disagreement.id}]`;
}

/** Every `handlers/*.json`; a file that does not parse (being written) is skipped with a warning. */
export function loadHandlerFacts(version: string, warn: (message: string) => void): HandlerFacts {
	const dir = join(releaseDir(version), 'handlers');
	const facts: HandlerFacts = {};
	if (!existsSync(dir)) return facts;
	for (const file of readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
		try {
			Object.assign(facts, JSON.parse(readFileSync(join(dir, file), 'utf8')) as HandlerFacts);
		} catch (error) {
			warn(`skipped handlers/${file}: ${(error as Error).message}`);
		}
	}
	return facts;
}

function option(argv: string[], name: string): string | undefined {
	const index = argv.indexOf(name);
	return index >= 0 ? argv[index + 1] : undefined;
}

function countByCategory(disagreements: Disagreement[]): string {
	const counts = new Map<Category, number>();
	for (const disagreement of disagreements) counts.set(disagreement.category, (counts.get(disagreement.category) ?? 0) + 1);
	return [...counts.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([category, count]) => `${category} ${count}`).join(', ') || 'none';
}

function main(argv: string[]): number {
	const version = option(argv, '--version') ?? vendoredReleases().at(-1);
	if (!version) {
		console.error('no --version given and no vendored release found');
		return 2;
	}
	const analysisFile = join(releaseDir(version), 'analysis.json');
	if (!existsSync(analysisFile)) {
		console.error(`${analysisFile} is missing: run scripts/catalog/analyzer/cli.ts on a CIPP-API checkout first`);
		return 2;
	}
	const analysis = JSON.parse(readFileSync(analysisFile, 'utf8')) as Analysis;
	const { spec, corrections } = loadRelease(version);
	const facts = loadHandlerFacts(version, (message) => console.error(`warning: ${message}`));
	const report = buildReport(analysis, spec, corrections, facts);
	const endpoint = option(argv, '--endpoint');
	const category = option(argv, '--category');
	const keep = (disagreement: Disagreement): boolean =>
		(!endpoint || disagreement.endpoint === endpoint) && (!category || disagreement.category === category);
	const open = report.open.filter(keep);
	const accepted = report.accepted.filter(keep);

	if (!argv.includes('--counts')) {
		for (const disagreement of open) console.log(formatDisagreement(disagreement));
		if (accepted.length) {
			console.log(`\naccepted (${accepted.length}):`);
			for (const disagreement of accepted) console.log(`${formatDisagreement(disagreement)} — ${disagreement.reason}`);
		}
		if (report.stale.length) {
			console.log(`\nexceptions that match nothing (${report.stale.length}):`);
			for (const stale of report.stale) console.log(`${stale.endpoint}: ${stale.id}`);
		}
		if (report.missingHandlers.length) console.log(`\nspec endpoints without a handler in the analysis: ${report.missingHandlers.join(', ')}`);
		console.log('');
	}
	const covered = Object.keys(analysis.endpoints).filter((name) => facts[name]).length;
	console.log(`CIPP ${version}: ${Object.keys(analysis.endpoints).length} endpoints analysed, ${covered} covered by handler facts`);
	console.log(`disagreements: ${open.length} open (${countByCategory(open)})`);
	console.log(`accepted: ${accepted.length} (${countByCategory(accepted)}); stale exceptions: ${report.stale.length}`);
	return argv.includes('--strict') && open.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
