/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { REPO } from './n8nProcess';

/**
 * Packs the package with `npm pack` and installs the tarball into an n8n user folder the way
 * n8n's community-package installer lays it out: `<folder>/.n8n/nodes/node_modules/<name>`,
 * with devDependencies and peerDependencies removed from its package.json.
 */

export interface PackedPackage {
	tarball: string;
	files: string[];
}

export function packPackage(): PackedPackage {
	const out = mkdtempSync(join(tmpdir(), 'cipp-pack-'));
	const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: REPO, encoding: 'utf8' });
	const [info] = JSON.parse(json) as Array<{ filename: string; files: Array<{ path: string }> }>;
	return { tarball: join(out, info.filename), files: info.files.map((file) => file.path).sort() };
}

export function installIntoUserFolder(pack: PackedPackage, userFolder: string): string {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', 'n8n-nodes-cipp-api');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', pack.tarball, '-C', target, '--strip-components=1']);
	const manifestPath = join(target, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
	delete manifest.devDependencies;
	delete manifest.peerDependencies;
	delete manifest.optionalDependencies;
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	writeFileSync(
		join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-cipp-api': manifest.version } }, null, 2),
	);
	return target;
}
