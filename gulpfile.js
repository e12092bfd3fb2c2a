// tsc does not copy assets: copy icons and codex files next to the compiled nodes and credentials.
const { src, dest, parallel } = require('gulp');

function copyNodeAssets() {
	return src(['nodes/**/*.svg', 'nodes/**/*.png', 'nodes/**/*.node.json'], { encoding: false }).pipe(
		dest('dist/nodes'),
	);
}

function copyCredentialAssets() {
	return src(['credentials/**/*.svg', 'credentials/**/*.png'], { encoding: false }).pipe(
		dest('dist/credentials'),
	);
}

exports['build:assets'] = parallel(copyNodeAssets, copyCredentialAssets);
exports.default = exports['build:assets'];
