/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * What a run started, stopped in reverse order: from the `finally` of the run and from a signal
 * handler (the services and n8n processes run in process groups of their own, so Ctrl-C on the
 * terminal does not reach them). Each step runs once, however the run ends.
 */
export class Teardown {
	private readonly steps: Array<{ name: string; run: () => Promise<void> | void }> = [];

	private running: Promise<void> | undefined;

	add(name: string, run: () => Promise<void> | void): void {
		this.steps.push({ name, run });
	}

	async run(): Promise<void> {
		this.running ??= this.runSteps();
		await this.running;
		this.running = undefined;
	}

	private async runSteps(): Promise<void> {
		for (let step = this.steps.pop(); step; step = this.steps.pop()) {
			try {
				await step.run();
			} catch (error) {
				console.log(`# teardown: ${step.name} failed: ${(error as Error).message}`);
			}
		}
	}

	/** On SIGINT, SIGTERM or SIGHUP: stop everything, then exit with the signal's conventional code. */
	stopOnSignals(): void {
		const codes: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
		for (const [signal, code] of Object.entries(codes)) {
			process.once(signal, () => {
				console.log(`# ${signal}: stopping everything this run started`);
				this.run().finally(() => process.exit(code));
			});
		}
	}
}
