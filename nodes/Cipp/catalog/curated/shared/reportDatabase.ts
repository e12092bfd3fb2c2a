import type { CuratedField } from '../types';

/**
 * The report database switch, worded once for every list whose handler reads UseReportDB (the
 * curation tests check that each of them uses these words and the notice below). CIPP fills the
 * database each night, so the switch trades freshness for speed and Microsoft quota.
 */
export const USE_REPORT_DB: CuratedField = {
	displayName: 'Use Report Database',
	description:
		"Whether to read CIPP's report database instead of asking Microsoft: fast and spends no Microsoft API quota, but the data can be up to a day old (refreshed nightly)",
	default: false,
	promote: true,
};

/** Shown with those lists: the one-call way to read the whole estate. */
export const REPORT_DB_NOTICE =
	'For estate-wide reads pick All Tenants and turn on Use Report Database: one quick call covers every tenant, with data from the last nightly refresh.';
