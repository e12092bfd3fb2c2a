/**
 * Runs `task(0)` … `task(count - 1)` with at most `limit` running at once, in index order, and
 * starts no new task once `stop()` is true. Every caller that runs work in parallel uses it, so
 * "how many at once" and "when to stop taking work" have one definition.
 */
export async function runPool(
	limit: number,
	count: number,
	task: (index: number) => Promise<void>,
	stop: () => boolean,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count && !stop()) {
			const index = next;
			next += 1;
			await task(index);
		}
	};
	const workers = Math.max(1, Math.min(limit, count));
	await Promise.all(Array.from({ length: workers }, async () => await worker()));
}
