/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it packs the package with npm on purpose */
/**
 * n8n's verification scanner (@n8n/scan-community-package), run locally so a regression fails
 * `npm run lint` instead of the verification. It lints what the scanner lints, with the scanner's
 * own configuration and inline `eslint-disable` comments ignored, on
 * - the source: package.json, nodes/ and credentials/;
 * - the packed tarball (every .js and .json it holds), when dist/ has been built.
 * The scanner itself downloads the published package and checks npm provenance; the release
 * workflow covers provenance, so only the lint part runs here.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, resolve } from 'path';

import { ESLint } from 'eslint';
import type { Linter } from 'eslint';

interface ScannerModule {
	SOURCE_FILE_PATTERNS: string[];
	buildScanConfig: () => Promise<Linter.Config[]>;
}

const root = resolve(__dirname, '..', '..');

async function lint(cwd: string, patterns: string[], scanner: ScannerModule) {
	const eslint = new ESLint({
		cwd,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanner.buildScanConfig(),
		errorOnUnmatchedPattern: false,
		ignorePatterns: ['**/node_modules/**', '**/package-lock.json'],
	});
	return await eslint.lintFiles(patterns);
}

function packedCopy(): string | undefined {
	if (!existsSync(join(root, 'dist'))) return undefined;
	const folder = mkdtempSync(join(tmpdir(), 'cipp-scan-'));
	execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = readdirSync(folder).find((entry) => entry.endsWith('.tgz'));
	if (!tarball) throw new Error('npm pack wrote no tarball');
	execFileSync('tar', ['-xzf', tarball, '-C', folder], { cwd: folder });
	return join(folder, 'package');
}

async function main(): Promise<number> {
	// The scanner is an ES module; Node 20.19+ loads it through require.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const scanner = require('@n8n/scan-community-package/scanner/scanner.mjs') as ScannerModule;
	const targets: Array<{ label: string; cwd: string; patterns: string[] }> = [
		{ label: 'source', cwd: root, patterns: scanner.SOURCE_FILE_PATTERNS },
	];
	const packed = packedCopy();
	if (packed) targets.push({ label: 'packed tarball', cwd: packed, patterns: ['**/*.js', '**/*.json'] });
	else console.log('dist/ is not built: the packed tarball is not scanned (run npm run build first)');

	let failures = 0;
	try {
		for (const target of targets) {
			const results = await lint(target.cwd, target.patterns, scanner);
			const found = results.flatMap((result) =>
				result.messages
					.filter((message) => message.severity === 2)
					.map((message) => ({ file: relative(target.cwd, result.filePath), line: message.line, rule: message.ruleId ?? 'parse', text: message.message })),
			);
			for (const entry of found) console.log(`${target.label}: ${entry.file}:${entry.line} ${entry.rule}: ${entry.text}`);
			console.log(`scanner on the ${target.label}: ${results.length} files, ${found.length} errors`);
			failures += found.length;
		}
	} finally {
		if (packed) rmSync(resolve(packed, '..'), { recursive: true, force: true });
	}
	return failures === 0 ? 0 : 1;
}

main().then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	},
);
