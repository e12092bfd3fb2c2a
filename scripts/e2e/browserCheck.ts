import type { Sandbox } from '../sandbox/sandbox';
import type { N8nInstance } from './n8nProcess';

/** Placeholder until the editor check lands; see browserCheck implementation. */
export interface BrowserCheckOptions {
	instance: N8nInstance;
	sandbox: Sandbox;
	check: (name: string, body: () => Promise<string | void>) => Promise<void>;
	assert: (condition: unknown, message: string) => asserts condition;
	screenshotsDir: string;
}

export async function runBrowserCheck(options: BrowserCheckOptions): Promise<void> {
	await options.check('editor check in a real browser', async () => {
		throw new Error('not implemented yet');
	});
}
