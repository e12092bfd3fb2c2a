/**
 * The CIPP features that send notifications, as the standardized schema names them in `source`
 * (and as the legacy bodies are recognised in normalizeNotification). The "Sources" filter offers
 * exactly these.
 */
export const NOTIFICATION_SOURCES: ReadonlyArray<{ name: string; description: string }> = [
	{ name: 'Alert', description: 'Scripted alerts and alert results' },
	{ name: 'Audit Log Alert', description: 'Audit-log events that matched an alert rule' },
	{ name: 'Baselines', description: 'Baseline deployment results' },
	{ name: 'Drift', description: 'Drift from a standards template' },
	{ name: 'Logbook Notification', description: "Entries of CIPP's logbook" },
	{ name: 'Scheduled Task', description: 'Results of scheduled tasks' },
	{ name: 'Standards Notification', description: 'Standards that were applied or failed' },
	{ name: 'Test', description: "The test message of 'Send Test Notification'" },
];
