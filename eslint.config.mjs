// n8n's own community-node lint rules, exactly as `n8n-node lint` applies them
// (@n8n/node-cli/eslint), to everything we ship: nodes/, credentials/ and package.json.
import { config } from '@n8n/node-cli/eslint';

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', '*.js', 'test/**/*.js'] },
	...config,
	{
		// Tests, benchmarks and build scripts run on the developer machine or in CI, never inside
		// n8n: they start loopback servers, use timers, read process.env and print progress. The
		// Cloud-only "restricted globals/imports" and no-console rules do not apply to them, and the
		// benchmark and end-to-end scripts must start processes (n8n, node) to measure them. Harness
		// code is not a node, so node error classes do not apply to what it throws.
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'@n8n/community-nodes/require-node-api-error': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'no-console': 'off',
		},
	},
];
