/**
 * How the node words a CIPP release it needs: operations and fields the vendored release lacks
 * (added from a newer release's handlers) say which release they need, so a user on an older CIPP
 * knows why the call is refused.
 */

/** "Needs CIPP 10.10 or later" for minVersion 10.10.0 (patch releases do not add endpoints). */
export function needsCipp(minVersion: string): string {
	const [major, minor] = minVersion.split('.');
	return `Needs CIPP ${major}.${minor ?? '0'} or later`;
}

/** A description with the release it needs appended, when it needs one. */
export function withMinVersion(description: string, minVersion: string | undefined): string {
	if (!minVersion) return description;
	const text = description.replace(/[.\s]+$/, '');
	return text === '' ? needsCipp(minVersion) : `${text}. ${needsCipp(minVersion)}`;
}
