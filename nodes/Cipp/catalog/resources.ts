/**
 * CIPP's areas (the spec's tags) grouped into resources with names an MSP engineer recognises.
 * Every tag must map to a resource; a test checks that no endpoint is left without one.
 */

export interface ResourceInfo {
	value: string;
	name: string;
	description: string;
}

export const RESOURCES: readonly ResourceInfo[] = [
	{ value: 'alert', name: 'Alert', description: 'Audit-log and scripted alerts, alert queue, webhooks' },
	{ value: 'application', name: 'Application', description: 'Enterprise apps, consent and app approval templates' },
	{ value: 'autopilot', name: 'Autopilot', description: 'Windows Autopilot devices, profiles and enrollment' },
	{ value: 'cippCore', name: 'CIPP Core', description: 'Graph proxy, queues, logbook, cache and search' },
	{ value: 'cippSettings', name: 'CIPP Settings', description: 'Settings, setup, API clients, roles and MCP' },
	{ value: 'compliance', name: 'Compliance', description: 'DLP, retention, sensitivity labels and sensitive info types' },
	{ value: 'conditionalAccess', name: 'Conditional Access', description: 'Policies, templates, named locations' },
	{ value: 'contact', name: 'Contact', description: 'Mail contacts and contact templates' },
	{ value: 'device', name: 'Device', description: 'Managed and Entra devices, compliance reports' },
	{ value: 'domain', name: 'Domain', description: 'Tenant domains' },
	{ value: 'exchangeTransport', name: 'Exchange Transport', description: 'Transport rules and connectors' },
	{ value: 'gdap', name: 'GDAP', description: 'Partner relationships, invites and role mappings' },
	{ value: 'group', name: 'Group', description: 'Microsoft 365, security and distribution groups' },
	{ value: 'identityReport', name: 'Identity Report', description: 'MFA, sign-ins, inactive accounts, roles' },
	{ value: 'integration', name: 'Integration', description: 'PSA/RMM extensions and mappings' },
	{ value: 'intuneApp', name: 'Intune App', description: 'App deployment, templates and queue' },
	{ value: 'intunePolicy', name: 'Intune Policy', description: 'Configuration, compliance, scripts and templates' },
	{ value: 'mailbox', name: 'Mailbox', description: 'Mailboxes, permissions, forwarding, rules, trace' },
	{ value: 'report', name: 'Report', description: 'Licenses, OAuth apps, secure score, service health' },
	{ value: 'resourceMailbox', name: 'Room and Equipment', description: 'Room and equipment mailboxes, room lists' },
	{ value: 'safeLinks', name: 'Safe Links', description: 'Safe Links policies and templates' },
	{ value: 'scheduler', name: 'Scheduler', description: 'CIPP scheduled tasks' },
	{ value: 'security', name: 'Security', description: 'Defender incidents, alerts and onboarding' },
	{ value: 'sharePointTeams', name: 'SharePoint and Teams', description: 'Sites, OneDrive, Teams and voice' },
	{ value: 'spamFilter', name: 'Spam Filter and Quarantine', description: 'Anti-spam, quarantine, allow/block lists' },
	{ value: 'standard', name: 'Standard', description: 'Standards, drift, baselines, BPA, domain health' },
	{ value: 'tenant', name: 'Tenant', description: 'Tenants, onboarding, offboarding, tests' },
	{ value: 'tool', name: 'Tool', description: 'Breach lookup, scripts, GitHub, report builder' },
	{ value: 'user', name: 'User', description: 'Entra ID users: create, edit, offboard, MFA, passwords' },
];

const TAG_TO_RESOURCE: Record<string, string> = {
	'CIPP > Core': 'cippCore',
	'CIPP > Extensions': 'integration',
	'CIPP > MCP': 'cippSettings',
	'CIPP > Scheduler': 'scheduler',
	'CIPP > Settings': 'cippSettings',
	'CIPP > Setup': 'cippSettings',
	'Email-Exchange > Administration': 'mailbox',
	'Email-Exchange > Administration > Contacts': 'contact',
	'Email-Exchange > Administration > Mailbox Retention': 'mailbox',
	'Email-Exchange > Reports': 'mailbox',
	'Email-Exchange > Resources': 'resourceMailbox',
	'Email-Exchange > Spamfilter': 'spamFilter',
	'Email-Exchange > Tools': 'mailbox',
	'Email-Exchange > Transport': 'exchangeTransport',
	'Endpoint > Applications': 'intuneApp',
	'Endpoint > Autopilot': 'autopilot',
	'Endpoint > MEM': 'intunePolicy',
	'Endpoint > Reports': 'device',
	'Identity > Administration > Devices': 'device',
	'Identity > Administration > Groups': 'group',
	'Identity > Administration > Roles': 'identityReport',
	'Identity > Administration > Users': 'user',
	'Identity > Reports': 'identityReport',
	'Security > Compliance-DLP': 'compliance',
	'Security > Compliance-Retention': 'compliance',
	'Security > Compliance-SIT': 'compliance',
	'Security > Compliance-SensitivityLabel': 'compliance',
	'Security > Defender': 'security',
	'Security > Incidents': 'security',
	'Security > Safe-Links-Policy': 'safeLinks',
	'Teams-Sharepoint': 'sharePointTeams',
	'Tenant > Administration > Alerts': 'alert',
	'Tenant > Administration > Application Approval': 'application',
	'Tenant > Administration > Domains': 'domain',
	'Tenant > Administration > Tenant': 'tenant',
	'Tenant > Conditional': 'conditionalAccess',
	'Tenant > GDAP': 'gdap',
	'Tenant > Reports': 'report',
	'Tenant > Standards': 'standard',
	'Tenant > Tests': 'tenant',
	'Tenant > Tools': 'tool',
	'Tools > Breach-Lookup': 'tool',
	'Tools > Custom-Scripts': 'tool',
	'Tools > GitHub': 'tool',
	'Tools > Report-Builder': 'tool',
};

/** The resource for a spec tag; unknown tags (a newer CIPP) land in CIPP Core. */
export function resourceForTag(tag: string): string {
	return TAG_TO_RESOURCE[tag] ?? 'cippCore';
}

export function isKnownTag(tag: string): boolean {
	return tag in TAG_TO_RESOURCE;
}
