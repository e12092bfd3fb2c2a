/** What the filters look at in an event, from a notification or a polled row. */
export interface FilteredEvent {
	source: string;
	tenant: string;
	title: string;
}

/** Which events the user wants: by source, tenant and title text. Empty filters let everything through. */
export interface EventFilters {
	sources: string[];
	tenants: string[];
	titleContains: string;
}

export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
	return String(value ?? '')
		.split(/[,;\n]/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

export function matchesFilters(event: FilteredEvent, filters: EventFilters): boolean {
	if (filters.sources.length > 0 && !filters.sources.includes(event.source)) return false;
	if (filters.tenants.length > 0) {
		const tenant = event.tenant.toLowerCase();
		if (!filters.tenants.some((wanted) => wanted.toLowerCase() === tenant)) return false;
	}
	const needle = filters.titleContains.trim().toLowerCase();
	if (needle !== '' && !event.title.toLowerCase().includes(needle)) return false;
	return true;
}
