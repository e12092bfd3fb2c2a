import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

/** Spam filter and quarantine: our words for anti-spam, quarantine and Tenant Allow/Block List operations. */

const permission = (displayName: string, what: string): CuratedField => ({
	displayName,
	description: `Whether recipients may ${what} quarantined messages`,
	default: false,
});

const releaseOptions = {
	Release: { name: 'Release', description: 'Recipients may release messages themselves' },
	RequestRelease: { name: 'Request Release', description: 'Recipients may only ask an admin to release messages' },
};

const listTypeOptions = {
	Sender: 'Sender',
	Url: 'URL or IPv4',
	FileHash: 'File Hash',
	IP: 'IPv6',
};

const listMethodOptions = {
	Allow: 'Allow',
	Block: 'Block',
};

const onOffOptions = {
	Enable: 'Enable',
	Disable: 'Disable',
};

const templateIdField: CuratedField = {
	displayName: 'Template ID',
	description: 'GUID of the stored template',
	placeholder: 'e.g. 3f2b8c1e-0d4a-4e5b-9c6d-7a8b9c0d1e2f',
};

const allowBlockTemplateFields: Record<string, CuratedField> = {
	templateName: { displayName: 'Template Name', description: 'Name shown in the template list', placeholder: 'e.g. Blocked Phishing Domains' },
	entries: {
		displayName: 'Entries',
		description: 'Senders, URLs, file hashes or IP addresses, separated by commas or semicolons',
		placeholder: 'e.g. bad@contoso.com, *.phish.example',
	},
	listType: { displayName: 'List Type', description: 'Kind of entries in the list', options: listTypeOptions },
	listMethod: { displayName: 'List Method', description: 'Whether the entries are allowed or blocked', options: listMethodOptions },
	notes: { displayName: 'Notes', description: 'Note stored with the entries' },
	NoExpiration: { displayName: 'No Expiration', description: 'Whether the entries never expire', default: false },
	RemoveAfter: {
		displayName: 'Remove After 45 Days',
		description: 'Whether allow entries are removed 45 days after their last use (ignored when No Expiration is on)',
		default: false,
	},
};

const quarantinePermissions: Record<string, CuratedField> = {
	ReleaseActionPreference: {
		displayName: 'Release Action',
		description: 'Whether recipients may release messages or only request their release',
		options: releaseOptions,
	},
	Delete: permission('Can Delete', 'delete'),
	Preview: permission('Can Preview', 'preview'),
	BlockSender: permission('Can Block Sender', 'block the senders of'),
	AllowSender: permission('Can Allow Sender', 'allow the senders of'),
	QuarantineNotification: {
		displayName: 'Quarantine Notification',
		description: 'Whether recipients get quarantine notification emails',
		default: false,
	},
	IncludeMessagesFromBlockedSenderAddress: {
		displayName: 'Notify for Blocked Senders',
		description: 'Whether notifications also cover messages from blocked sender addresses',
		default: false,
	},
};

export const SPAM_FILTER: CuratedResource = {
	// --- Quarantine policies ---
	AddQuarantinePolicy: {
		name: 'Create Quarantine Policy',
		description: 'Create a custom quarantine policy with the chosen recipient permissions in one or more tenants',
		fields: {
			Name: { displayName: 'Name', description: 'Name of the new quarantine policy', placeholder: 'e.g. Limited Access' },
			...quarantinePermissions,
		},
	},
	EditQuarantinePolicy: {
		name: 'Update Quarantine Policy',
		description: "Rewrite a custom quarantine policy's recipient permissions, or change the tenant-wide notification settings",
		fields: {
			Type: {
				displayName: 'Policy Type',
				description: 'Whether to edit a custom policy or the global notification settings',
				default: 'QuarantinePolicy',
				options: {
					QuarantinePolicy: { name: 'Custom Policy', description: 'Change the permissions of one quarantine policy' },
					GlobalQuarantinePolicy: { name: 'Global Settings', description: 'Change notification frequency, sender address and branding' },
				},
			},
			Identity: {
				displayName: 'Identity',
				description: 'GUID or name of the quarantine policy (the global policy for Global Settings)',
				placeholder: 'e.g. Limited Access',
			},
			Name: { displayName: 'Name', description: 'Policy name shown in the result message' },
			Action: {
				displayName: 'Action',
				description: 'Update the policy (default) or create a new one with this name',
				options: {
					Set: { name: 'Set', description: 'Update the existing policy' },
					Edit: { name: 'Edit', description: 'Same as Set' },
					Update: { name: 'Update', description: 'Same as Set' },
					New: { name: 'New', description: 'Create a new policy named after Identity' },
					Add: { name: 'Add', description: 'Same as New' },
					Create: { name: 'Create', description: 'Same as New' },
				},
			},
			...quarantinePermissions,
			EndUserSpamNotificationFrequency: {
				displayName: 'Notification Frequency',
				description: 'How often quarantine notifications are sent',
				options: { PT4H: 'Every 4 Hours', P1D: 'Daily', P7D: 'Weekly' },
			},
			EndUserSpamNotificationCustomFromAddress: {
				displayName: 'Notification Sender Address',
				description: 'Mailbox address notifications are sent from; empty uses the default sender',
				placeholder: 'e.g. quarantine@contoso.com',
			},
			OrganizationBrandingEnabled: {
				displayName: 'Organization Branding',
				description: "Whether notifications use the organisation's branding",
				default: false,
			},
		},
	},
	ListQuarantinePolicy: {
		name: 'Get Many Quarantine Policies',
		description: 'Quarantine policies of a tenant with their permissions, or the global quarantine settings',
		fields: {
			Type: {
				displayName: 'Policy Type',
				description: 'Custom policies (default) or the global quarantine settings',
				options: { QuarantinePolicy: 'Custom Policies', GlobalQuarantinePolicy: 'Global Settings' },
			},
		},
	},
	RemoveQuarantinePolicy: {
		name: 'Delete Quarantine Policy',
		description: 'Delete a custom quarantine policy, even if protection policies still use it',
		fields: {
			Identity: { displayName: 'Identity', description: 'GUID or name of the quarantine policy', placeholder: 'e.g. Limited Access' },
			Name: { displayName: 'Name', description: 'Policy name; used instead of Identity only for the all-zero GUID' },
		},
	},

	// --- Quarantined messages ---
	ListMailQuarantine: {
		name: 'Get Many Quarantined Messages',
		description: 'Messages held in quarantine; for all tenants the data comes from a cache that CIPP fills in the background',
		fields: {
			manualPagination: {
				displayName: 'One Page per Request',
				description: 'Whether to return a single page of 1000 messages and the next page number instead of everything',
				default: false,
			},
			nextLink: { displayName: 'Page', description: 'Page number to fetch when One Page per Request is on', placeholder: 'e.g. 2' },
		},
	},
	ListMailQuarantineMessage: {
		name: 'Get Quarantined Message Content',
		description: 'Full content of one quarantined message as EML text',
		fields: {
			Identity: { displayName: 'Message Identity', description: 'Identity of the quarantined message, as returned by Get Many Quarantined Messages' },
		},
	},
	ExecQuarantineManagement: {
		name: 'Release, Deny or Delete Quarantined Message',
		description: 'Release, deny release of, or delete a quarantined message; optionally allow its sender in the anti-spam policy',
		fields: {
			Identity: { displayName: 'Message Identity', description: 'Identity of the quarantined message, as returned by Get Many Quarantined Messages' },
			Type: {
				displayName: 'Action',
				description: 'What to do with the message',
				options: {
					Release: { name: 'Release', description: 'Deliver the message to all its recipients' },
					Deny: { name: 'Deny', description: 'Deny a pending release request' },
					Delete: { name: 'Delete', description: 'Delete the message from quarantine' },
				},
			},
			AllowSender: {
				displayName: 'Allow Sender',
				description: "Whether to also add the sender to the allowed senders of the message's anti-spam policy",
				default: false,
			},
			SenderAddress: { displayName: 'Sender Address', description: 'Sender to allow; looked up from the message when empty' },
			PolicyName: { displayName: 'Anti-Spam Policy', description: 'Anti-spam policy that gets the allowed sender; looked up from the message when empty' },
			RecipientAddress: {
				displayName: 'Recipients',
				description: 'Recipients whose release requests are denied, separated by commas or semicolons',
				placeholder: 'e.g. jane@contoso.com',
			},
		},
	},

	// --- Anti-spam policies ---
	AddSpamFilter: {
		name: 'Deploy Spam Filter Policy',
		description: 'Create an anti-spam policy and a rule covering all accepted domains in one or more tenants',
		fields: {
			PowerShellCommand: {
				displayName: 'Policy Definition (JSON)',
				description: 'New-HostedContentFilterPolicy parameters as JSON, for example a saved template; its name also names the rule',
				placeholder: 'e.g. {"name": "Strict Spam", "BulkThreshold": 5, "SpamAction": "Quarantine"}',
			},
			Priority: { displayName: 'Rule Priority', description: 'Priority of the new anti-spam rule (0 is highest)', placeholder: 'e.g. 0' },
		},
	},
	AddSpamFilterTemplate: {
		name: 'Create Spam Filter Template',
		description: 'Save anti-spam policy settings as a CIPP template, from JSON or from the fields of the request',
		fields: {
			PowerShellCommand: {
				displayName: 'Policy Definition (JSON)',
				description: 'Anti-spam policy settings as JSON; when empty, the policy settings sent in the request are stored',
			},
			name: { displayName: 'Name', description: 'Policy name, also the template name', placeholder: 'e.g. Strict Spam' },
		},
	},
	EditSpamFilter: {
		name: 'Enable or Disable Spam Filter Rule',
		description: 'Turn the rule of an anti-spam policy on or off',
		fields: {
			name: { displayName: 'Rule Name', description: 'Name of the anti-spam rule', placeholder: 'e.g. Strict Spam' },
			state: { displayName: 'State', description: 'Whether to turn the rule on or off', options: { enable: 'Enable', disable: 'Disable' } },
		},
	},
	ListSpamfilter: {
		name: 'Get Many Spam Filter Policies',
		description: 'Anti-spam policies of a tenant with the state and priority of their rule',
		fields: {},
	},
	ListSpamFilterTemplates: {
		name: 'Get Many Spam Filter Templates',
		description: 'Anti-spam policy templates stored in CIPP',
		fields: {},
	},
	RemoveSpamfilter: {
		name: 'Delete Spam Filter Policy',
		description: 'Delete an anti-spam rule and the policy of the same name',
		fields: { name: { displayName: 'Name', description: 'Name of the anti-spam policy and its rule', placeholder: 'e.g. Strict Spam' } },
	},
	RemoveSpamfilterTemplate: {
		name: 'Delete Spam Filter Template',
		description: 'Delete a stored anti-spam policy template',
		fields: { ID: templateIdField },
	},

	// --- Other protection rules ---
	EditAntiPhishingFilter: {
		name: 'Enable or Disable Anti-Phishing Rule',
		description: 'Turn an anti-phishing rule on or off',
		fields: {
			RuleName: { displayName: 'Rule Name', description: 'Name of the anti-phishing rule' },
			State: { displayName: 'State', description: 'Whether to turn the rule on or off', options: onOffOptions },
		},
	},
	EditMalwareFilter: {
		name: 'Enable or Disable Malware Filter Rule',
		description: 'Turn an anti-malware rule on or off',
		fields: {
			RuleName: { displayName: 'Rule Name', description: 'Name of the anti-malware rule' },
			State: { displayName: 'State', description: 'Whether to turn the rule on or off', options: onOffOptions },
		},
	},
	EditSafeAttachmentsFilter: {
		name: 'Enable or Disable Safe Attachments Rule',
		description: 'Turn a Safe Attachments rule on or off; needs Defender for Office 365',
		fields: {
			RuleName: { displayName: 'Rule Name', description: 'Name of the Safe Attachments rule' },
			State: { displayName: 'State', description: 'Whether to turn the rule on or off', options: onOffOptions },
		},
	},

	// --- Connection filter ---
	ListConnectionFilter: {
		name: 'Get Many Connection Filter Policies',
		description: 'Connection filter policies of a tenant with their IP allow and block lists',
		fields: {},
	},
	ListConnectionFilterTemplates: {
		name: 'Get Many Connection Filter Templates',
		description: 'Connection filter templates stored in CIPP',
		fields: {},
	},
	RemoveConnectionfilterTemplate: {
		name: 'Delete Connection Filter Template',
		description: 'Delete a stored connection filter template',
		fields: { ID: templateIdField },
	},

	// --- Tenant Allow/Block List ---
	AddTenantAllowBlockList: {
		name: 'Add Allow/Block List Entries',
		description: 'Add senders, URLs, file hashes or IP addresses to the Tenant Allow/Block List of one or more tenants',
		fields: {
			entries: allowBlockTemplateFields.entries,
			listType: allowBlockTemplateFields.listType,
			listMethod: allowBlockTemplateFields.listMethod,
			notes: allowBlockTemplateFields.notes,
			NoExpiration: allowBlockTemplateFields.NoExpiration,
			RemoveAfter: allowBlockTemplateFields.RemoveAfter,
		},
	},
	ListTenantAllowBlockList: {
		name: 'Get Many Allow/Block List Entries',
		description: 'Entries of the Tenant Allow/Block List; all tenants are served from the reporting database',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
	RemoveTenantAllowBlockList: {
		name: 'Remove Allow/Block List Entries',
		description: 'Remove entries from the Tenant Allow/Block List',
		fields: {
			Entries: { displayName: 'Entries', description: 'Values of the entries to remove', placeholder: 'e.g. bad@contoso.com' },
			ListType: { displayName: 'List Type', description: 'Kind of entries to remove', options: listTypeOptions },
		},
	},
	AddTenantAllowBlockListTemplate: {
		name: 'Create Allow/Block List Template',
		description: 'Save Tenant Allow/Block List entries as a CIPP template for the allow/block list standard',
		fields: allowBlockTemplateFields,
	},
	EditTenantAllowBlockListTemplate: {
		name: 'Update Allow/Block List Template',
		description: 'Replace a stored Tenant Allow/Block List template; fields left out are cleared',
		fields: {
			GUID: templateIdField,
			...allowBlockTemplateFields,
		},
	},
	ListTenantAllowBlockListTemplates: {
		name: 'Get Many Allow/Block List Templates',
		description: 'Tenant Allow/Block List templates stored in CIPP',
		fields: { ID: { displayName: 'Template ID', description: 'Return only the template with this GUID' } },
	},
	RemoveTenantAllowBlockListTemplate: {
		name: 'Delete Allow/Block List Template',
		description: 'Delete a stored Tenant Allow/Block List template',
		fields: { ID: templateIdField },
	},
};
