/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
/**
 * `npm run dev`: builds the package, installs the pinned n8n and Node 24 on first use, starts the
 * sandbox (loopback Entra + CIPP with demo tenants), imports a sandbox credential and the example
 * workflows, and runs n8n with this package loaded. Ctrl-C stops everything.
 */
import { execFileSync, spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { installIntoUserFolder, packPackage } from './e2e/installPackage';
import { REPO, n8nCli } from './e2e/n8nProcess';
import type { N8nInstance } from './e2e/n8nProcess';
import { exampleWorkflows } from './e2e/workflows';
import { startSandbox } from './sandbox/sandbox';

const PORT = Number(process.env.N8N_PORT ?? 5678);

/**
 * Resolves once n8n answers HTTP: `/healthz/readiness` says 200 (start-up finished: database
 * migrated, nodes loaded) and the editor root serves its page. Rejects if n8n exits first.
 */
async function waitForEditor(port: number, n8n: ChildProcess, timeoutMs = 300_000): Promise<number> {
	const started = Date.now();
	let exited = false;
	n8n.once('exit', () => (exited = true));
	let lastNote = started;
	const answers = async (path: string) => {
		try {
			const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5000) });
			await response.arrayBuffer();
			return response.status;
		} catch {
			return 0;
		}
	};
	while (Date.now() - started < timeoutMs) {
		if (exited) throw new Error('n8n exited before its editor answered (see its log above)');
		if ((await answers('/healthz/readiness')) === 200 && (await answers('/')) === 200) return Date.now() - started;
		if (Date.now() - lastNote > 30_000) {
			lastNote = Date.now();
			console.log(`> n8n is still starting (${Math.round((Date.now() - started) / 1000)}s) ...`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n did not answer on http://127.0.0.1:${port}/ within ${timeoutMs / 1000}s`);
}

async function main(): Promise<void> {
	console.log('> building the package');
	execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
	console.log('> making sure the pinned n8n and Node 24 are installed (first time: several minutes)');
	execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], { stdio: 'inherit' });

	const userFolder = join(REPO, '.cache', 'dev-n8n');
	mkdirSync(userFolder, { recursive: true });
	installIntoUserFolder(packPackage(), userFolder);

	// The dev database persists between runs, so its encryption key does too (never committed).
	const keyFile = join(userFolder, 'encryption-key');
	if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString('hex'), { mode: 0o600 });
	const encryptionKey = readFileSync(keyFile, 'utf8').trim();

	const sandbox = await startSandbox({ entra: 5681, cipp: 5682, tickets: 5683 });
	const instance: N8nInstance = { userFolder, encryptionKey, port: PORT, brokerPort: 5679, env: {} };
	const credentials = join(userFolder, 'sandbox-credentials.json');
	const workflows = join(userFolder, 'sandbox-workflows.json');
	writeFileSync(credentials, JSON.stringify([sandbox.credential(), sandbox.webhookCredential()]));
	writeFileSync(workflows, JSON.stringify(exampleWorkflows(sandbox.ticketUrl)));
	console.log('> importing the sandbox credential and the example workflows');
	for (const args of [['import:credentials', `--input=${credentials}`], ['import:workflow', `--input=${workflows}`]]) {
		const result = await n8nCli(instance, args);
		if (result.code !== 0) throw new Error(`${args[0]} failed:\n${result.stderr.slice(-2000)}`);
	}

	console.log('> starting n8n (the editor URL follows once n8n answers; the first start migrates its database)');
	const n8n = spawn('bash', ['-c', 'source scripts/e2e/n8n-env.sh && exec "$N8N_BIN" start'], {
		cwd: REPO,
		stdio: 'inherit',
		detached: true,
		env: {
			...process.env,
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: encryptionKey,
			N8N_PORT: String(PORT),
			N8N_HOST: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
		},
	});
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		try {
			if (n8n.pid) process.kill(-n8n.pid, 'SIGTERM');
		} catch {
			// already stopped
		}
		sandbox.stop().finally(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	n8n.on('exit', stop);

	const waited = await waitForEditor(PORT, n8n);
	console.log('');
	console.log(`  n8n editor:        http://127.0.0.1:${PORT}/  (ready after ${Math.round(waited / 1000)}s; create the owner account on first start)`);
	console.log(`  sandbox CIPP API:  ${sandbox.cipp.url}  (credential "CIPP Sandbox" is ready to use)`);
	console.log(`  ticket desk:       ${sandbox.ticketUrl}  (the "alert to ticket" example posts here)`);
	console.log('  Ctrl-C stops n8n and the sandbox.');
	console.log('');
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
