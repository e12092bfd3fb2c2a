/**
 * Removes secrets from text before it reaches an error, an output item or a log line.
 * Used as a last line of defence: messages are written not to contain secrets in the first place.
 */

const MIN_SECRET_LENGTH = 6;

export function redactSecrets(text: string, secrets: ReadonlyArray<unknown>): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
		result = result.split(secret).join('[redacted]');
		// A secret can also appear URL- or form-encoded (e.g. echoed request bodies).
		const encoded = encodeURIComponent(secret);
		if (encoded !== secret) result = result.split(encoded).join('[redacted]');
	}
	return result;
}
