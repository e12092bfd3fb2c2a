import type { CuratedField, CuratedResource } from './types';

/** Standards: our words for standards templates, baselines, drift, the BPA, the domain analyser and Copilot/AI settings. */

const toggle = (displayName: string, description: string, value = false): CuratedField => ({
	displayName,
	description,
	default: value,
});

const tenantsList = (displayName: string, description: string): CuratedField => ({
	displayName,
	description,
	placeholder: 'e.g. [{"value": "contoso.onmicrosoft.com", "label": "Contoso"}]',
});

export const STANDARD: CuratedResource = {
	AddBPATemplate: {
		name: 'Save BPA Template',
		description: 'Save a Best Practice Analyser report template (its checks and layout); a template with the same name is replaced',
		fields: {
			name: { displayName: 'Name', description: 'Name of the report template', placeholder: 'e.g. MSP Security Checks' },
			style: {
				displayName: 'Layout',
				description: 'How the report is shown',
				default: 'Table',
				options: { Table: { name: 'Table', description: 'One row per tenant' }, Tenant: { name: 'Per Tenant', description: 'One page per tenant' } },
			},
			Fields: {
				displayName: 'Checks',
				description: 'JSON array of checks: name, API (Graph, Exchange or CIPPFunction), URL or Command, ExtractFields, StoreAs and FrontendFields',
				placeholder: 'e.g. [{"name": "SecureDefaults", "API": "Graph", "URL": "https://graph.microsoft.com/beta/policies/identitySecurityDefaultsEnforcementPolicy", "ExtractFields": ["isEnabled"], "StoreAs": "bool", "FrontendFields": [{"name": "Security Defaults", "value": "SecureDefaults.isEnabled", "formatter": "bool"}]}]',
			},
		},
	},
	AddBaseline: {
		name: 'Save Baseline',
		description: 'Create or replace a staged baseline: standards per stage, assigned and excluded tenants, alert destinations',
		fields: {
			templateName: { displayName: 'Name', description: 'Name of the baseline' },
			stages: {
				displayName: 'Stages',
				description: 'JSON array of stages, each with name, logic, conditions and a standards array (names or {standard, variables, remediateEnabled, alertEnabled})',
				placeholder: 'e.g. [{"name": "Pilot", "standards": [{"standard": "DisableBasicAuthSMTP", "remediateEnabled": true}]}]',
			},
			assignedTenants: tenantsList('Assigned To', 'Tenants, tenant group IDs or AllTenants, as text or {value} objects; without any the baseline applies nowhere'),
			excludedTenants: tenantsList('Excluded Tenants', 'Tenants to leave out, as text or {value} objects'),
			GUID: { displayName: 'Baseline ID', description: 'ID of the baseline to replace; leave empty to create a new one' },
			description: { displayName: 'Description', description: 'What the baseline is for' },
			alertEmails: { displayName: 'Alert Email', description: 'Email address(es) for baseline alerts', placeholder: 'e.g. soc@contoso.com' },
			alertWebhookUrl: { displayName: 'Alert Webhook URL', description: 'Webhook that receives baseline alerts' },
		},
	},
	AddStandardsDeploy: {
		name: 'Save Legacy Standards',
		description: 'Store standards for a tenant in the old (v2) format; they only apply after Convert Legacy Standards',
		fields: {
			phishProtection: {
				displayName: 'Phish Protection',
				description: 'JSON object of the phish protection standard; its remediate switch also records the CIPP URL',
				placeholder: 'e.g. {"remediate": true}',
			},
		},
	},
	AddStandardsTemplate: {
		name: 'Save Standards Template',
		description: 'Create or replace a standards (or drift) template: the standards, their actions and the tenants it applies to',
		fields: {
			templateName: { displayName: 'Name', description: 'Name of the template' },
			tenantFilter: tenantsList('Applies To', 'JSON array of {"value", "label"} entries: tenant domains, or AllTenants; add "type": "Group" for a tenant group ID'),
			excludedTenants: tenantsList('Excluded Tenants', 'JSON array of {"value"} entries (add "type": "Group" for tenant groups) to leave out'),
			standards: {
				displayName: 'Standards',
				description: 'JSON object keyed by standard name; each value holds its settings and an action list such as [{"label": "Remediate", "value": "Remediate"}]',
				placeholder: 'e.g. {"DisableBasicAuthSMTP": {"action": [{"label": "Remediate", "value": "Remediate"}, {"label": "Report", "value": "Report"}]}}',
			},
			runManually: toggle('Run Manually Only', 'Whether the template is kept off the 12-hour schedule and runs only when started by hand'),
			description: { displayName: 'Description', description: 'What the template is for' },
			GUID: { displayName: 'Template ID', description: 'ID of the template to replace; leave empty to create a new one' },
			createdAt: { displayName: 'Created At', description: 'Original creation time to keep when replacing a template' },
			type: {
				displayName: 'Template Type',
				description: 'Leave empty for a classic standards template',
				options: { drift: { name: 'Drift Template', description: 'Report and alert on drift instead of applying' } },
			},
			driftAlertEmail: { displayName: 'Drift Alert Email', description: 'Email address that receives new drift alerts' },
			driftAlertWebhook: { displayName: 'Drift Alert Webhook', description: 'Webhook that receives new drift alerts' },
			driftAlertDisableEmail: toggle('Disable Drift Email', 'Whether to send no email for new drift'),
		},
	},
	BestPracticeAnalyser_List: {
		name: 'Get Many BPA Results',
		description: 'Cached results of the last Best Practice Analyser run for every tenant',
		fields: {},
	},
	DomainAnalyser_List: {
		name: 'Get Domain Analyser Results (Raw)',
		description: 'Cached DNS health (MX, SPF, DKIM, DMARC, DNSSEC) of the domains of one tenant or all tenants',
		fields: {},
	},
	ExecBPA: {
		name: 'Run BPA',
		description: 'Queue a Best Practice Analyser run for a tenant or all tenants',
		fields: {},
	},
	ExecBaselineOverride: {
		name: 'Set Baseline Override',
		description: 'Override one baseline standard for one tenant with its own values, or remove the override',
		fields: {
			action: {
				displayName: 'Action',
				description: 'Create or remove the override',
				options: {
					createOverride: { name: 'Create Override', description: 'Use the given values for this tenant' },
					deleteOverride: { name: 'Remove Override', description: 'Fall back to what the baselines apply' },
				},
			},
			standard: { displayName: 'Standard', description: 'Name of the standard (instance) to override' },
			variables: { displayName: 'Values', description: "JSON object of the standard's variables to use for this tenant", placeholder: 'e.g. {"days": 90}' },
		},
	},
	ExecBaselineRun: {
		name: 'Run Baseline',
		description: 'Start a baseline run, comparison or one-off deployment for a tenant, a baseline, or both',
		fields: {
			mode: {
				displayName: 'Mode',
				description: 'What the run does',
				default: 'run',
				options: {
					run: { name: 'Run', description: 'Check and remediate as configured' },
					compare: { name: 'Compare', description: 'Check only, no remediation' },
					oneoff: { name: 'One-Off', description: 'Apply one standard to one tenant now' },
				},
			},
			templateId: { displayName: 'Baseline ID', description: 'Run this baseline; needed when no tenant is given' },
			standard: { displayName: 'Standard', description: 'Run only this standard' },
		},
	},
	ExecBaselineStage: {
		name: 'Advance Baseline Stage',
		description: "Move a tenant to the next stage of a baseline; the stage's standards apply on the next run",
		fields: {
			templateId: { displayName: 'Baseline ID', description: 'ID of the baseline' },
		},
	},
	ExecCopilotSettings: {
		name: 'Set Copilot Setting',
		description: 'Turn a Microsoft 365 Copilot admin setting on or off, or back to not configured',
		fields: {
			settingId: {
				displayName: 'Setting',
				description: 'Copilot setting to change',
				options: {
					'microsoft.copilot.copilotchatpinning': { name: 'Pin Copilot Chat' },
					'microsoft.copilot.blockaccesstoopenfiles': { name: 'Block Copilot Access to Open Content' },
					'microsoft.copilot.imagegeneration': { name: 'Image Generation' },
					'microsoft.copilot.allowwebsearch': { name: 'Web Search' },
					'microsoft.copilot.allowinadmincenters': { name: 'Copilot in Admin Centers' },
				},
			},
			value: {
				displayName: 'Value',
				description: '1 on, 0 off, clear for not configured; web search uses 2 (on everywhere), 1 (off) or 0 (off in work mode)',
				placeholder: 'e.g. 1',
			},
		},
	},
	ExecDomainAnalyser: {
		name: 'Run Domain Analyser',
		description: 'Queue a DNS health analysis of the domains of a tenant, or of all tenants when none is given',
		fields: {},
	},
	ExecDriftClone: {
		name: 'Clone as Drift Template',
		description: 'Create a drift template from an existing standards template',
		fields: {
			id: { displayName: 'Template ID', description: 'ID of the standards template to copy' },
		},
	},
	ExecShadowAISanction: {
		name: 'Sanction AI Tool',
		description: 'Mark AI tools from the Shadow AI catalog as company sanctioned for a tenant, or remove that mark',
		fields: {
			Tools: { displayName: 'Tools', description: 'Names of the AI tools as shown in the Shadow AI report' },
			Tool: { displayName: 'Tool', description: 'Name of a single AI tool (when Tools is empty)', placeholder: 'e.g. ChatGPT' },
			Action: {
				displayName: 'Action',
				description: 'Sanction or unsanction',
				default: 'Sanction',
				options: { Sanction: { name: 'Sanction' }, Unsanction: { name: 'Remove Sanction' } },
			},
		},
	},
	ExecStandardConvert: {
		name: 'Convert Legacy Standards',
		description: 'Turn all legacy (v2) standards into standards templates set to run manually, and delete the legacy entries',
		fields: {},
	},
	ExecStandardTemplateSchedule: {
		name: 'Set Standards Template Schedule',
		description: 'Put a standards template on or off the 12-hour schedule (drift templates are refused)',
		fields: {
			TemplateId: { displayName: 'Template ID', description: 'ID (GUID) of the standards template' },
			runManually: toggle('Run Manually Only', 'Whether to take the template off the schedule; off puts it back on'),
		},
	},
	ExecStandardsRun: {
		name: 'Run Standards Now',
		description: 'Apply standards templates now for a tenant or all tenants, ignoring the rerun protection',
		fields: {
			templateId: { displayName: 'Template ID', description: 'Run only this template (recommended); all templates when empty', promote: true },
		},
	},
	ExecUpdateBaselineDeviation: {
		name: 'Triage Baseline Deviation',
		description: "Accept, deny or clear a baseline deviation (or one property of it), or mark a manual task done",
		fields: {
			action: {
				displayName: 'Action',
				description: 'What to do with the deviation',
				options: {
					Accept: { name: 'Accept', description: 'Tolerate the deviation' },
					Deny: { name: 'Deny', description: 'Remediate or delete on the next run' },
					Clear: { name: 'Clear', description: 'Undo the triage' },
					AcceptPath: { name: 'Accept Property', description: 'Tolerate one property' },
					DenyPath: { name: 'Deny Property', description: "Delete one property's object" },
					ClearPath: { name: 'Clear Property', description: "Undo one property's triage" },
					CompleteTask: { name: 'Complete Manual Task', description: 'Mark a manual task done' },
				},
			},
			standard: { displayName: 'Standard', description: 'Name of the standard (instance)' },
			reason: { displayName: 'Reason', description: 'Why; needed to accept or to triage a property' },
			expires: { displayName: 'Expires', description: 'When the acceptance ends, as unix seconds' },
			remediateOnExpire: toggle('Remediate on Expiry', 'Whether to remediate when the acceptance ends'),
			method: {
				displayName: 'Deny Method',
				description: 'How a denied deviation is handled',
				default: 'remediate',
				options: { remediate: { name: 'Remediate' }, delete: { name: 'Delete', description: 'For object-type standards' } },
			},
			path: { displayName: 'Property Path', description: 'Property the path actions apply to', placeholder: 'e.g. settings.allowedDomains' },
		},
	},
	ExecUpdateDriftDeviation: {
		name: 'Triage Drift Deviations',
		description: 'Accept or deny drift deviations (denying can remediate or delete the policy), or reset all decisions',
		fields: {
			deviations: {
				displayName: 'Deviations',
				description: 'JSON array of {"standardName", "status"}; status Accepted, New, Denied, CustomerSpecific, DeniedRemediate or DeniedDelete',
				placeholder: 'e.g. [{"standardName": "standards.DisableBasicAuthSMTP", "status": "DeniedRemediate"}]',
			},
			reason: { displayName: 'Reason', description: 'Why; also sent as the justification when a policy is deleted' },
			persistentDeny: toggle('Keep Remediating', 'Whether a remediated deviation is also fixed every 12 hours from now on'),
			RemoveDriftCustomization: toggle('Reset All Decisions', "Whether to delete all of the tenant's drift decisions instead"),
		},
	},
	ListAgent365PackageDetail: {
		name: 'Get Agent 365 Package',
		description: 'Full details of one Microsoft Agent 365 or Copilot package, including who may use it',
		fields: {
			id: { displayName: 'Package ID', description: 'ID of the package' },
		},
	},
	ListAgent365Packages: {
		name: 'Get Many Agent 365 Packages',
		description: "Agents and Microsoft 365 apps in the tenant's Copilot catalog (needs a Microsoft Agent 365 licence)",
		fields: {
			Filter: { displayName: 'Filter', description: 'OData filter; replaces the default apps-plus-agents listing', placeholder: "e.g. supportedHosts/any(x:x eq 'Copilot')" },
		},
	},
	ListBPA: {
		name: 'Get BPA Report',
		description: 'Best Practice Analyser results of one report template, for a tenant or all tenants',
		fields: {
			Report: { displayName: 'Report', description: 'Name of the BPA template', placeholder: 'e.g. CIPP Best Practices v1.5 - Table view' },
		},
	},
	ListBPATemplates: {
		name: 'Get Many BPA Templates',
		description: 'Best Practice Analyser report templates',
		fields: {
			RawJson: toggle('Full Template JSON', 'Whether to return each template as stored instead of a summary'),
		},
	},
	ListBaselineAlignment: {
		name: 'Get Baseline Alignment',
		description: "A tenant's baseline alignment, its run history, or the fleet-wide view per standard",
		fields: {
			byStandard: toggle('Fleet View', 'Whether to return the aggregate view across all tenants instead'),
			history: toggle('History', "Whether to return the tenant's run history"),
		},
	},
	ListBaselineStandards: {
		name: 'Get Many Baseline Standards',
		description: 'Standards that can be added to a baseline, with their variables',
		fields: {},
	},
	ListBaselines: {
		name: 'Get Many Baselines',
		description: 'Baselines with their stages and the stage each tenant is in',
		fields: {},
	},
	ListCopilotSettings: {
		name: 'Get Copilot Settings',
		description: 'Microsoft 365 Copilot admin settings of a tenant and their state',
		fields: {},
	},
	ListCopilotUsage: {
		name: 'Get Copilot Usage',
		description: 'Microsoft 365 Copilot adoption per app, daily trend, or last activity per user',
		fields: {
			Type: {
				displayName: 'Report',
				description: 'Which usage report',
				default: 'Adoption',
				options: {
					Adoption: { name: 'Adoption', description: 'Enabled and active users per app' },
					Trend: { name: 'Trend', description: 'Active users per day' },
					UserDetail: { name: 'Per User', description: 'Last activity per app for each user' },
				},
			},
			period: { displayName: 'Period', description: 'Report period', placeholder: 'e.g. D30', default: 'D30' },
		},
	},
	ListDomainAnalyser: {
		name: 'Get Domain Analyser Results',
		description: 'Domain analyser results (SPF, DKIM, DMARC, DNSSEC, MX) for the domains of a tenant or all tenants',
		fields: {},
	},
	ListDomainHealth: {
		name: 'Check Domain Health',
		description: 'Live DNS check of any domain: SPF, DMARC, DKIM, MX, NS, DNSSEC, MTA-STS, HTTPS, autodiscover or WHOIS',
		fields: {
			Action: {
				displayName: 'Check',
				description: 'Which check to run',
				options: {
					ReadSpfRecord: { name: 'SPF Record' },
					ReadDmarcPolicy: { name: 'DMARC Policy' },
					ReadDkimRecord: { name: 'DKIM Record' },
					GetDkimSelectors: { name: 'Saved DKIM Selectors' },
					ReadMXRecord: { name: 'MX Records' },
					ReadNSRecord: { name: 'NS Records' },
					TestDNSSEC: { name: 'DNSSEC' },
					TestMtaSts: { name: 'MTA-STS' },
					TestHttpsCertificate: { name: 'HTTPS Certificate' },
					ReadAutoDiscover: { name: 'Autodiscover' },
					ReadWhoisRecord: { name: 'WHOIS' },
					ListDomainInfo: { name: 'Stored Domain Info', description: "CIPP's stored information about the domain" },
				},
			},
			Domain: { displayName: 'Domain', description: 'Domain to check', placeholder: 'e.g. contoso.com' },
			ExpectedInclude: { displayName: 'Expected SPF Include', description: 'Include the SPF record should contain', placeholder: 'e.g. spf.protection.outlook.com' },
			Record: { displayName: 'SPF Record', description: 'SPF record text to check instead of the published one' },
			Selector: { displayName: 'DKIM Selectors', description: 'Comma-separated selectors; admins and editors also save them for the domain', placeholder: 'e.g. selector1,selector2' },
			Subdomains: { displayName: 'Subdomains', description: 'Comma-separated subdomains to test (default www)' },
			ExpectedTarget: { displayName: 'Expected Autodiscover Target', description: 'Host the autodiscover record should point to', placeholder: 'e.g. autodiscover.outlook.com' },
		},
	},
	ListShadowAI: {
		name: 'Get Shadow AI Report',
		description: 'AI tools found on devices and AI apps consented in Entra ID, with risk and recent use (from cached data)',
		fields: {},
	},
	ListStandards: {
		name: 'Get Many Applied Standards',
		description: 'Legacy standards entries, or the standards the templates apply to a tenant after merging',
		fields: {
			ShowConsolidated: toggle('Merged From Templates', 'Whether to return the merged standards from templates instead of legacy entries'),
		},
	},
	ListStandardsCompare: {
		name: 'Compare Standards',
		description: 'Expected versus current value of each standard, for one tenant or all tenants',
		fields: {
			templateId: { displayName: 'Template ID', description: 'Only standards of this template' },
		},
	},
	ListStandardsCurrentState: {
		name: 'Get Standards Current State',
		description: 'Last recorded state of every standard for a tenant, with expected and current values',
		fields: {},
	},
	ListTenantAlignment: {
		name: 'Get Standards Alignment',
		description: 'Alignment score of each tenant against its templates, or one row per standard',
		fields: {
			granular: toggle('Per Standard', 'Whether to return one row per tenant and standard'),
		},
	},
	ListTenantDrift: {
		name: 'Get Drift',
		description: 'Deviations from the drift templates for a tenant (live check) or for all tenants (cached) when none is given',
		fields: {},
	},
	RemoveBPATemplate: {
		name: 'Delete BPA Template',
		description: 'Delete a Best Practice Analyser report template',
		fields: {
			TemplateName: { displayName: 'Template Name', description: 'Name of the BPA template to delete' },
		},
	},
	RemoveBaseline: {
		name: 'Delete Baseline',
		description: 'Delete a baseline with its stages, rollout state and results',
		fields: {
			ID: { displayName: 'Baseline ID', description: 'ID of the baseline to delete' },
		},
	},
	RemoveStandard: {
		name: 'Delete Legacy Standards',
		description: 'Delete the legacy (v2) standards entry of a tenant',
		fields: {
			ID: { displayName: 'Tenant', description: 'Default domain of the tenant, or AllTenants', placeholder: 'e.g. contoso.onmicrosoft.com' },
		},
	},
	RemoveStandardTemplate: {
		name: 'Delete Standards Template',
		description: 'Delete a standards or drift template with its drift remediation tasks and comparison data',
		fields: {
			ID: { displayName: 'Template ID', description: 'ID (GUID) of the template to delete' },
		},
	},
	listStandardTemplates: {
		name: 'Get Many Standards Templates',
		description: 'Standards and drift templates, or one template',
		fields: {
			id: { displayName: 'Template ID', description: 'Return only this template' },
		},
	},
};
