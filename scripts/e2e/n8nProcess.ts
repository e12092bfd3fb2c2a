/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
import { spawn } from 'child_process';
import { appendFileSync } from 'fs';
import { randomBytes } from 'crypto';
import type { ChildProcess } from 'child_process';
import { join, resolve } from 'path';

/**
 * Runs the pinned n8n (installed by ensure-n8n.sh, environment from n8n-env.sh) with a private
 * user folder: CLI commands, and `n8n start` as a server that is stopped with the whole process group.
 */

export const REPO = resolve(__dirname, '..', '..');
const ENV_FILE = join(REPO, 'scripts', 'e2e', 'n8n-env.sh');

/** A throwaway key per test run; `npm run dev` keeps its own in its user folder. */
const RUN_KEY = randomBytes(24).toString('hex');

export interface N8nInstance {
	userFolder: string;
	/** The runtime installed by ensure-n8n.sh to run (default: the newest supported n8n in .cache/n8n-runtime). */
	runtimeDir?: string;
	/** Encryption key of the instance's database (default: one per process). */
	encryptionKey?: string;
	port: number;
	brokerPort: number;
	env: Record<string, string>;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
	ms: number;
}

function baseEnv(instance: N8nInstance, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		N8N_USER_FOLDER: instance.userFolder,
		N8N_ENCRYPTION_KEY: instance.encryptionKey ?? RUN_KEY,
		N8N_PORT: String(instance.port),
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(instance.brokerPort),
		N8N_LOG_LEVEL: 'info',
		N8N_SECURE_COOKIE: 'false',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		...(instance.runtimeDir ? { N8N_RUNTIME_DIR: instance.runtimeDir } : {}),
		...instance.env,
		...extra,
	};
}

/** `n8n <args>` with the instance's environment; resolves when the command exits. */
export async function n8nCli(instance: N8nInstance, args: string[], extra: Record<string, string> = {}, timeoutMs = 180_000): Promise<CliResult> {
	const started = Date.now();
	return await new Promise((resolvePromise) => {
		const child = spawn('bash', ['-c', `source "${ENV_FILE}" && exec "$N8N_BIN" "$@"`, 'n8n', ...args], {
			env: baseEnv(instance, { N8N_RUNNERS_BROKER_PORT: String(instance.brokerPort + 1), ...extra }),
			cwd: instance.userFolder,
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolvePromise({ code: code ?? -1, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** The IRun JSON that `n8n execute --rawOutput` prints. */
export function parseRun(output: string): RunJson | undefined {
	const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
	const text = output.replace(ansiColour, '');
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line === '{');
	if (start < 0) return undefined;
	for (let end = lines.length; end > start; end -= 1) {
		try {
			return JSON.parse(lines.slice(start, end).join('\n')) as RunJson;
		} catch {
			// keep trimming trailing log lines
		}
	}
	return undefined;
}

export interface RunJson {
	status: string;
	finished: boolean;
	data: {
		resultData: {
			error?: { message: string };
			runData: Record<string, Array<{ executionTime?: number; data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }>> }; error?: { message: string } }>>;
		};
	};
}

export function outputOf(run: RunJson | undefined, node: string, output = 0): Array<Record<string, unknown>> {
	return (run?.data.resultData.runData[node]?.[0]?.data?.main?.[output] ?? []).map((item) => item.json);
}

export async function startServer(instance: N8nInstance, extra: Record<string, string> = {}): Promise<ChildProcess> {
	return await startN8nProcess(instance, { args: ['start'], extra });
}

export interface N8nProcessOptions {
	/** The n8n command and its flags, e.g. ['start'] or ['worker', '--concurrency=10']. */
	args: string[];
	/** Answers 200 once the process is ready (default: the instance's `/healthz/readiness`). */
	readyUrl?: string;
	/** Also append the process's output to this file (its last 20,000 characters are kept for error messages either way). */
	logFile?: string;
	extra?: Record<string, string>;
}

/** Starts a long-running n8n command in its own process group and waits until `readyUrl` answers 200. */
export async function startN8nProcess(instance: N8nInstance, options: N8nProcessOptions): Promise<ChildProcess> {
	const child = spawn('bash', ['-c', `source "${ENV_FILE}" && exec "$N8N_BIN" "$@"`, 'n8n', ...options.args], {
		env: baseEnv(instance, options.extra),
		cwd: instance.userFolder,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-20_000);
		if (options.logFile) appendFileSync(options.logFile, chunk);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const readyUrl = options.readyUrl ?? `http://127.0.0.1:${instance.port}/healthz/readiness`;
	const command = `n8n ${options.args[0]}`;
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${command} exited early:\n${log.slice(-3000)}`);
		try {
			const response = await fetch(readyUrl);
			if (response.ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolveDelay) => setTimeout(resolveDelay, 500));
	}
	await stopServer(child);
	throw new Error(`${command} did not become ready in 180 s:\n${log.slice(-3000)}`);
}

/** Stops a process started in its own group (`n8n start` and its task runners, a worker, a database); SIGKILL after 15 s. */
export async function stopServer(child: ChildProcess | undefined): Promise<void> {
	if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
	const group = -child.pid;
	const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
	try {
		process.kill(group, 'SIGTERM');
	} catch {
		return;
	}
	const timer = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 15_000));
	if ((await Promise.race([exited, timer])) === 'timeout') {
		try {
			process.kill(group, 'SIGKILL');
		} catch {
			// gone in the meantime
		}
	}
}
