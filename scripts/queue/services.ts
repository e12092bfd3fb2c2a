/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (Redis, PostgreSQL) on purpose */
/**
 * The two services a queue-mode n8n needs besides itself, as throwaway loopback instances:
 * Redis (Debian `redis-server`) and a PostgreSQL cluster made with the Debian server's own
 * `initdb`. Both run in their own process group with their data in a temp folder, on free ports.
 */
import { execFileSync, spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync } from 'fs';
import { createConnection, createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { stopServer } from '../e2e/n8nProcess';

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ports are taken below Linux's ephemeral range (32768–60999): a port the kernel hands out for
 * `listen(0)` can be handed out again at once, to the next such call or to an outgoing connection
 * (n8n opens many to PostgreSQL and Redis), before the process meant to use it binds it.
 */
const PORT_RANGE = { from: 20_000, to: 32_000 };
const handedOut = new Set<number>();

async function bindable(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** A loopback port nothing listens on and this run has not handed out before. */
export async function freePort(): Promise<number> {
	return await freePorts(1);
}

/** The first of `count` neighbouring free ports (n8n's task broker uses `port`, its CLI commands `port + 1`). */
export async function freePorts(count: number): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt += 1) {
		const first = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from - count));
		const ports = Array.from({ length: count }, (_, offset) => first + offset);
		if (ports.some((port) => handedOut.has(port))) continue;
		if ((await Promise.all(ports.map(bindable))).every(Boolean)) {
			for (const port of ports) handedOut.add(port);
			return first;
		}
	}
	throw new Error(`no ${count} free neighbouring ports between ${PORT_RANGE.from} and ${PORT_RANGE.to}`);
}

function postgresBinDir(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((version) => existsSync(join(root, version, 'bin', 'postgres')) && existsSync(join(root, version, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? join(root, versions[0], 'bin') : undefined;
}

function onPath(command: string): boolean {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Installs `redis-server` and `postgresql` with apt-get when they are missing (root only).
 * Returns the seconds spent installing (0 when both were there). Debian's policy-rc.d in
 * containers keeps apt from starting the packaged services; they are not used either way.
 */
export function ensureDebianPackages(log: (line: string) => void): number {
	const missing: string[] = [];
	if (!onPath('redis-server')) missing.push('redis-server');
	if (!postgresBinDir() || !onPath('psql')) missing.push('postgresql');
	if (missing.length === 0) return 0;
	if (process.getuid?.() !== 0) throw new Error(`${missing.join(' and ')} missing; install them (apt-get install -y ${missing.join(' ')}) or run as root`);
	const started = Date.now();
	log(`installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
	return (Date.now() - started) / 1000;
}

/** Starts `command` in its own process group, its output appended to `logFile`. */
function spawnInGroup(command: string, args: string[], logFile: string, user?: { uid: number; gid: number }): ChildProcess {
	const out = openSync(logFile, 'a');
	return spawn(command, args, { detached: true, stdio: ['ignore', out, out], ...(user ?? {}) });
}

async function waitUntil(what: string, child: ChildProcess, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited early`);
		if (await ready()) return;
		await sleep(200);
	}
	throw new Error(`${what} not ready in ${timeoutMs / 1000} s`);
}

export interface Service {
	port: number;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Answers true once something at `port` says +PONG to a Redis PING. */
async function redisAnswers(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
		socket.setTimeout(1000, () => socket.destroy());
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('close', () => resolve(false));
	});
}

export interface Redis extends Service {
	/** One Redis command through redis-cli (installed with redis-server), its reply as text. */
	command(...args: string[]): string;
}

export async function startRedis(work: string): Promise<Redis> {
	const port = await freePort();
	const dir = join(work, 'redis');
	mkdirSync(dir, { recursive: true });
	// No persistence: the queue lives only as long as this run.
	const child = spawnInGroup('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], join(work, 'redis.log'));
	await waitUntil('redis-server', child, async () => await redisAnswers(port));
	return {
		port,
		process: child,
		command: (...args) => execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).trim(),
		stop: async () => await stopServer(child),
	};
}

export interface Postgres extends Service {
	user: string;
	database: string;
	/** Rows of a query, each a list of column texts. */
	query(sql: string): string[][];
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user that
 * the Debian package creates; any other user runs it as itself.
 */
function clusterOwner(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgres(work: string): Promise<Postgres> {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
	const owner = clusterOwner();
	// A folder of its own in the temp dir: the run's work folder is private to root.
	const home = mkdtempSync(join(tmpdir(), 'cipp-queue-pg-'));
	const data = join(home, 'data');
	mkdirSync(data);
	if (owner) {
		chownSync(home, owner.uid, owner.gid);
		chownSync(data, owner.uid, owner.gid);
	}
	const user = 'n8n';
	const database = 'n8n';
	execFileSync(join(bin, 'initdb'), ['-D', data, '-U', user, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'], { stdio: 'ignore', ...(owner ?? {}) });
	const port = await freePort();
	// Durability off: a throwaway database for one test run.
	const child = spawnInGroup(
		join(bin, 'postgres'),
		['-D', data, '-p', String(port), '-k', home, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
		join(work, 'postgres.log'),
		owner,
	);
	const psql = (db: string, sql: string) =>
		execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-A', '-t', '-F', '\t', '-c', sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	await waitUntil('postgres', child, async () => {
		try {
			psql('postgres', 'select 1');
			return true;
		} catch {
			return false;
		}
	});
	psql('postgres', `create database ${database}`);
	return {
		port,
		process: child,
		user,
		database,
		query: (sql) =>
			psql(database, sql)
				.split('\n')
				.filter((line) => line !== '')
				.map((line) => line.split('\t')),
		stop: async () => {
			await stopServer(child);
			rmSync(home, { recursive: true, force: true });
		},
	};
}
