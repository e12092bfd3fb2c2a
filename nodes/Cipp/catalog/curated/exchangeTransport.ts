import type { CuratedField, CuratedOption, CuratedResource } from './types';

/** Exchange transport: our words for mail flow rules, connectors and connection filter operations. */

type Kind = 'list' | 'switch' | 'text' | 'choice';
interface Condition {
	label: string;
	/** Completes "Applies to …" / "Does not apply to …". */
	what: string;
	kind: Kind;
	placeholder?: string;
	options?: Record<string, string | CuratedOption>;
}

const scope = { InOrganization: 'Inside the Organization', NotInOrganization: 'Outside the Organization' };
const sclOptions: Record<string, string> = { '-1': '-1 (Bypass Spam Filtering)' };
for (let level = 0; level <= 9; level++) sclOptions[String(level)] = String(level);

const CONDITIONS: Record<string, Condition> = {
	From: { label: 'Sender Is', what: 'messages sent by these senders (addresses or user principal names)', kind: 'list', placeholder: 'e.g. jane@contoso.com' },
	FromScope: { label: 'Sender Location', what: 'messages whose sender is in this location', kind: 'choice', options: scope },
	FromMemberOf: { label: 'Sender Is Member Of', what: 'messages sent by members of these groups', kind: 'list', placeholder: 'e.g. finance@contoso.com' },
	SentTo: { label: 'Recipient Is', what: 'messages sent to these recipients', kind: 'list', placeholder: 'e.g. jane@contoso.com' },
	SentToScope: {
		label: 'Recipient Location',
		what: 'messages whose recipient is in this location',
		kind: 'choice',
		options: { ...scope, ExternalPartner: 'External Partner', ExternalNonPartner: 'External Non-Partner' },
	},
	SentToMemberOf: { label: 'Recipient Is Member Of', what: 'messages sent to members of these groups', kind: 'list' },
	SubjectContainsWords: { label: 'Subject Contains Words', what: 'messages whose subject contains any of these words', kind: 'list' },
	SubjectMatchesPatterns: { label: 'Subject Matches Patterns', what: 'messages whose subject matches any of these regular expressions', kind: 'list' },
	SubjectOrBodyContainsWords: { label: 'Subject or Body Contains Words', what: 'messages whose subject or body contains any of these words', kind: 'list' },
	SubjectOrBodyMatchesPatterns: {
		label: 'Subject or Body Matches Patterns',
		what: 'messages whose subject or body matches any of these regular expressions',
		kind: 'list',
	},
	FromAddressContainsWords: { label: 'Sender Address Contains Words', what: 'messages whose sender address contains any of these words', kind: 'list' },
	FromAddressMatchesPatterns: {
		label: 'Sender Address Matches Patterns',
		what: 'messages whose sender address matches any of these regular expressions',
		kind: 'list',
	},
	AttachmentContainsWords: { label: 'Attachment Contains Words', what: 'messages with an attachment whose content contains any of these words', kind: 'list' },
	AttachmentMatchesPatterns: {
		label: 'Attachment Matches Patterns',
		what: 'messages with an attachment whose content matches any of these regular expressions',
		kind: 'list',
	},
	AttachmentNameMatchesPatterns: {
		label: 'Attachment Name Matches Patterns',
		what: 'messages with an attachment whose file name matches any of these regular expressions',
		kind: 'list',
	},
	AttachmentPropertyContainsWords: {
		label: 'Attachment Properties Contain Words',
		what: 'messages with an attachment whose properties contain any of these words',
		kind: 'list',
	},
	AttachmentExtensionMatchesWords: {
		label: 'Attachment Extension Is',
		what: 'messages with an attachment of any of these file extensions',
		kind: 'list',
		placeholder: 'e.g. exe',
	},
	AttachmentHasExecutableContent: { label: 'Attachment Is Executable', what: 'messages with an executable attachment', kind: 'switch' },
	AttachmentIsPasswordProtected: { label: 'Attachment Is Password Protected', what: 'messages with a password-protected attachment', kind: 'switch' },
	AttachmentIsUnsupported: { label: 'Attachment Type Is Unsupported', what: 'messages with an attachment that Exchange cannot inspect', kind: 'switch' },
	AttachmentProcessingLimitExceeded: {
		label: 'Attachment Scan Incomplete',
		what: 'messages whose attachments could not be fully scanned',
		kind: 'switch',
	},
	AttachmentSizeOver: { label: 'Attachment Larger Than', what: 'messages with an attachment larger than this size', kind: 'text', placeholder: 'e.g. 10 MB' },
	MessageSizeOver: { label: 'Message Larger Than', what: 'messages larger than this size', kind: 'text', placeholder: 'e.g. 25 MB' },
	SCLOver: { label: 'SCL At Least', what: 'messages whose spam confidence level is at or above this value', kind: 'choice', options: sclOptions },
	WithImportance: { label: 'Importance Is', what: 'messages with this importance', kind: 'choice', options: { Low: 'Low', Normal: 'Normal', High: 'High' } },
	MessageTypeMatches: {
		label: 'Message Type Is',
		what: 'messages of this type',
		kind: 'choice',
		options: {
			OOF: 'Automatic Reply',
			AutoForward: 'Auto-Forward',
			Encrypted: 'Encrypted',
			Calendaring: 'Calendaring',
			PermissionControlled: 'Permission Controlled',
			Voicemail: 'Voicemail',
			Signed: 'Signed',
			ApprovalRequest: 'Approval Request',
			ReadReceipt: 'Read Receipt',
		},
	},
	SenderDomainIs: { label: 'Sender Domain Is', what: 'messages from these sender domains', kind: 'list', placeholder: 'e.g. contoso.com' },
	RecipientDomainIs: { label: 'Recipient Domain Is', what: 'messages to these recipient domains', kind: 'list', placeholder: 'e.g. fabrikam.com' },
	RecipientAddressContainsWords: {
		label: 'Recipient Address Contains Words',
		what: 'messages whose recipient address contains any of these words',
		kind: 'list',
	},
	RecipientAddressMatchesPatterns: {
		label: 'Recipient Address Matches Patterns',
		what: 'messages whose recipient address matches any of these regular expressions',
		kind: 'list',
	},
	AnyOfRecipientAddressContainsWords: {
		label: 'Any Recipient Address Contains Words',
		what: 'messages where any recipient address contains any of these words',
		kind: 'list',
	},
	AnyOfRecipientAddressMatchesPatterns: {
		label: 'Any Recipient Address Matches Patterns',
		what: 'messages where any recipient address matches any of these regular expressions',
		kind: 'list',
	},
	AnyOfToHeader: { label: 'To Header Contains', what: 'messages whose To header includes any of these recipients', kind: 'list' },
	AnyOfToHeaderMemberOf: { label: 'To Header Has Member Of', what: 'messages whose To header includes a member of these groups', kind: 'list' },
	AnyOfCcHeader: { label: 'Cc Header Contains', what: 'messages whose Cc header includes any of these recipients', kind: 'list' },
	AnyOfCcHeaderMemberOf: { label: 'Cc Header Has Member Of', what: 'messages whose Cc header includes a member of these groups', kind: 'list' },
	AnyOfToCcHeader: { label: 'To or Cc Header Contains', what: 'messages whose To or Cc header includes any of these recipients', kind: 'list' },
	AnyOfToCcHeaderMemberOf: {
		label: 'To or Cc Header Has Member Of',
		what: 'messages whose To or Cc header includes a member of these groups',
		kind: 'list',
	},
	HeaderContainsWords: {
		label: 'Header Contains Words',
		what: 'messages whose header (named in the matching Header Name field) contains any of these words',
		kind: 'list',
	},
	HeaderContainsWordsMessageHeader: { label: 'Header Contains Words: Header Name', what: '', kind: 'text', placeholder: 'e.g. X-Mailer' },
	HeaderMatchesPatterns: {
		label: 'Header Matches Patterns',
		what: 'messages whose header (named in the matching Header Name field) matches any of these regular expressions',
		kind: 'list',
	},
	HeaderMatchesPatternsMessageHeader: { label: 'Header Matches Patterns: Header Name', what: '', kind: 'text', placeholder: 'e.g. X-Mailer' },
	SenderIpRanges: { label: 'Sender IP In Range', what: 'messages sent from these IP addresses or CIDR ranges', kind: 'list', placeholder: 'e.g. 10.0.0.0/24' },
};

/** Each condition field and its ExceptIf twin. */
function conditionFields(): Record<string, CuratedField> {
	const fields: Record<string, CuratedField> = {};
	for (const [name, condition] of Object.entries(CONDITIONS)) {
		for (const except of [false, true]) {
			const key = except ? `ExceptIf${name}` : name;
			const label = except ? `Except If ${condition.label}` : condition.label;
			let description: string;
			if (name.endsWith('MessageHeader')) {
				const words = name.startsWith('HeaderContains') ? 'words' : 'patterns';
				description = `Name of the message header checked for the ${except ? 'exception' : 'condition'} ${words}; needed for them to apply`;
			} else if (condition.kind === 'switch') {
				description = except ? `Whether to exclude ${condition.what}` : `Whether the rule applies to ${condition.what}`;
			} else {
				description = except ? `Does not apply to ${condition.what}` : `Applies to ${condition.what}`;
			}
			const field: CuratedField = { displayName: label, description };
			if (condition.placeholder) field.placeholder = condition.placeholder;
			if (condition.options) field.options = condition.options;
			if (condition.kind === 'switch') field.default = false;
			fields[key] = field;
		}
	}
	return fields;
}

const ACTIONS: Record<string, CuratedField> = {
	DeleteMessage: { displayName: 'Delete Message', description: 'Whether to delete the message without notifying anyone', default: false },
	Quarantine: { displayName: 'Quarantine Message', description: 'Whether to deliver the message to the hosted quarantine', default: false },
	RedirectMessageTo: { displayName: 'Redirect To', description: 'Recipients the message is redirected to instead', placeholder: 'e.g. review@contoso.com' },
	RouteMessageOutboundConnector: { displayName: 'Route via Connector', description: 'Name of the outbound connector that delivers the message' },
	BlindCopyTo: { displayName: 'Add Bcc Recipients', description: 'Recipients added to the Bcc line' },
	CopyTo: { displayName: 'Add Cc Recipients', description: 'Recipients added to the Cc line' },
	ModerateMessageByUser: { displayName: 'Forward for Approval To', description: 'Moderators who must approve the message' },
	ModerateMessageByManager: {
		displayName: 'Forward for Approval to Manager',
		description: "Whether the sender's manager must approve the message",
		default: false,
	},
	RejectMessageReasonText: { displayName: 'Reject With Explanation', description: 'Rejects the message and returns this text to the sender' },
	RejectMessageEnhancedStatusCode: { displayName: 'Reject Status Code', description: 'Enhanced status code of the rejection', placeholder: 'e.g. 5.7.1' },
	PrependSubject: { displayName: 'Prepend Subject', description: 'Text added before the subject', placeholder: 'e.g. [External] ' },
	SetSCL: { displayName: 'Set SCL', description: 'Spam confidence level given to the message', options: sclOptions },
	SetHeaderName: { displayName: 'Set Header Name', description: 'Header to add or change; needs Set Header Value', placeholder: 'e.g. X-Processed-By' },
	SetHeaderValue: { displayName: 'Set Header Value', description: 'Value of the header; needs Set Header Name' },
	RemoveHeader: { displayName: 'Remove Header', description: 'Header to remove from the message' },
	ApplyClassification: { displayName: 'Apply Classification', description: 'Message classification applied to the message' },
	ApplyHtmlDisclaimerText: { displayName: 'Disclaimer Text', description: 'HTML or text disclaimer added to the message' },
	ApplyHtmlDisclaimerLocation: {
		displayName: 'Disclaimer Location',
		description: 'Where the disclaimer goes; used only with Disclaimer Text',
		options: { Append: 'Bottom (Append)', Prepend: 'Top (Prepend)' },
	},
	ApplyHtmlDisclaimerFallbackAction: {
		displayName: 'Disclaimer Fallback',
		description: 'What happens when the disclaimer cannot be inserted; used only with Disclaimer Text',
		options: { Wrap: 'Wrap Message', Ignore: 'Ignore and Send', Reject: 'Reject Message' },
	},
	GenerateIncidentReport: { displayName: 'Incident Report Recipient', description: 'Address that receives an incident report', placeholder: 'e.g. security@contoso.com' },
	IncidentReportContent: {
		displayName: 'Incident Report Content',
		description: 'Message properties included in the incident report; used only with an incident report recipient',
		options: {
			Sender: 'Sender',
			Recipients: 'Recipients',
			Subject: 'Subject',
			CC: 'Cc',
			BCC: 'Bcc',
			Severity: 'Severity',
			RuleDetections: 'Rule Detections',
			FalsePositive: 'False Positive',
			IdMatch: 'ID Match',
			AttachOriginalMail: 'Attach Original Mail',
		},
	},
	GenerateNotification: { displayName: 'Notify Sender With', description: 'Notification text sent to the sender' },
	ApplyOME: { displayName: 'Apply Message Encryption', description: 'Whether to encrypt the message with Office 365 Message Encryption', default: false },
};

const stateOptions = { Enabled: 'Enabled', Disabled: 'Disabled' };
const connectorType = {
	Inbound: { name: 'Inbound', description: 'Connector for mail coming into Microsoft 365' },
	Outbound: { name: 'Outbound', description: 'Connector for mail leaving Microsoft 365' },
};
const templateGuid: CuratedField = {
	displayName: 'Template ID',
	description: 'GUID of the stored template',
	placeholder: 'e.g. 3f2b8c1e-0d4a-4e5b-9c6d-7a8b9c0d1e2f',
};

export const EXCHANGE_TRANSPORT: CuratedResource = {
	// --- Transport rules ---
	AddEditTransportRule: {
		name: 'Create or Update Transport Rule',
		description: 'Create a mail flow rule, or update one when a rule ID is given, with any conditions, exceptions and actions',
		fields: {
			Name: { displayName: 'Name', description: 'Name of the rule; on an update a different name renames it', placeholder: 'e.g. Block Executables' },
			ruleId: {
				displayName: 'Rule ID',
				description: 'Identity or GUID of the rule to update; leave empty to create a new rule',
			},
			State: {
				displayName: 'State',
				description: 'Whether the rule is on; when updating, leaving this empty disables the rule',
				options: stateOptions,
				promote: true,
			},
			Enabled: {
				displayName: 'Only Switch On or Off',
				description: 'When updating, only turn the rule on or off with this value and ignore every other change',
				options: stateOptions,
			},
			Priority: { displayName: 'Priority', description: 'Order in which the rule runs (0 runs first)', placeholder: 'e.g. 0' },
			Comments: { displayName: 'Comments', description: 'Free-text comment stored with the rule' },
			Mode: {
				displayName: 'Mode',
				description: 'Whether the rule acts on messages or only audits them',
				options: { Enforce: 'Enforce', AuditAndNotify: 'Test With Policy Tips', Audit: 'Test Without Policy Tips' },
			},
			SetAuditSeverity: {
				displayName: 'Audit Severity',
				description: 'Severity written to the message trace audit',
				options: { Low: 'Low', Medium: 'Medium', High: 'High', DoNotAudit: 'Do Not Audit' },
			},
			SenderAddressLocation: {
				displayName: 'Sender Address Location',
				description: 'Where sender conditions look for the address',
				options: { Header: 'Header', Envelope: 'Envelope', HeaderOrEnvelope: 'Header or Envelope' },
			},
			StopRuleProcessing: { displayName: 'Stop Processing More Rules', description: 'Whether later rules are skipped for matching messages', default: false },
			ActivationDate: { displayName: 'Activation Date', description: 'Date and time the rule starts to act', placeholder: 'e.g. 2025-01-31T08:00:00Z' },
			ExpiryDate: { displayName: 'Expiry Date', description: 'Date and time the rule stops acting', placeholder: 'e.g. 2025-12-31T23:59:59Z' },
			...conditionFields(),
			...ACTIONS,
		},
	},
	AddTransportRule: {
		name: 'Deploy Transport Rule',
		description: 'Create a mail flow rule in one or more tenants, or update the rule of the same name, from its JSON definition',
		fields: {
			PowerShellCommand: {
				displayName: 'Rule Definition (JSON)',
				description: 'New-TransportRule parameters as JSON, for example a saved template',
				placeholder: 'e.g. {"name": "Block Executables", "AttachmentHasExecutableContent": true, "DeleteMessage": true}',
			},
		},
	},
	AddTransportTemplate: {
		name: 'Create Transport Rule Template',
		description: 'Save a mail flow rule (for example one from Get Many Transport Rules) as a CIPP template',
		fields: {
			PowerShellCommand: {
				displayName: 'Rule Definition (JSON)',
				description: 'Transport rule parameters as JSON; when empty, the rule settings sent in the request are stored',
			},
			name: { displayName: 'Name', description: 'Rule name, also the template name', placeholder: 'e.g. Block Executables' },
		},
	},
	EditTransportRule: {
		name: 'Enable or Disable Transport Rule',
		description: 'Turn a mail flow rule on or off',
		fields: {
			guid: { displayName: 'Rule ID', description: 'GUID or name of the transport rule' },
			state: { displayName: 'State', description: 'Whether to turn the rule on or off', options: { enable: 'Enable', disable: 'Disable' } },
		},
	},
	ListTransportRules: {
		name: 'Get Many Transport Rules',
		description: 'Mail flow rules of a tenant, or one rule by ID; all tenants are read from a cache that CIPP fills in the background',
		fields: { id: { displayName: 'Rule ID', description: 'Return only the rule with this GUID or name' } },
	},
	ListTransportRulesTemplates: {
		name: 'Get Many Transport Rule Templates',
		description: 'Transport rule templates stored in CIPP, including the built-in ones',
		fields: {
			ID: { displayName: 'Template ID', description: 'Return only the template with this ID' },
			noJson: { displayName: 'Names Only', description: 'Whether to return only the name and ID of each template', default: false },
		},
	},
	RemoveTransportRule: {
		name: 'Delete Transport Rule',
		description: 'Delete a mail flow rule',
		fields: { guid: { displayName: 'Rule ID', description: 'GUID or name of the transport rule' } },
	},
	RemoveTransportRuleTemplate: {
		name: 'Delete Transport Rule Template',
		description: 'Delete a stored transport rule template',
		fields: { ID: { displayName: 'Template ID', description: 'ID of the stored template (a GUID, or a file name for built-in templates)' } },
	},

	// --- Connectors ---
	AddExConnector: {
		name: 'Deploy Connector',
		description: 'Create an inbound or outbound connector in one or more tenants from its JSON definition',
		fields: {
			PowerShellCommand: {
				displayName: 'Connector Definition (JSON)',
				description: 'Connector parameters as JSON with cippConnectorType set to Inbound or Outbound, for example a saved template',
				placeholder: 'e.g. {"name": "Smart Host", "cippConnectorType": "Outbound", "SmartHosts": ["relay.contoso.com"], "UseMXRecord": false}',
			},
		},
	},
	AddExConnectorTemplate: {
		name: 'Create Connector Template',
		description: 'Save a connector (for example one from Get Many Connectors) as a CIPP template',
		fields: {
			cippconnectortype: { displayName: 'Direction', description: 'Whether the connector is inbound or outbound', options: connectorType },
			name: { displayName: 'Name', description: 'Connector name, also the template name', placeholder: 'e.g. Smart Host' },
		},
	},
	EditExConnector: {
		name: 'Enable or Disable Connector',
		description: 'Turn an inbound or outbound connector on or off',
		fields: {
			GUID: { displayName: 'Connector ID', description: 'GUID or name of the connector' },
			State: { displayName: 'State', description: 'Whether to turn the connector on or off', options: { Enable: 'Enable', Disable: 'Disable' } },
			Type: { displayName: 'Direction', description: 'Whether the connector is inbound or outbound', options: connectorType },
		},
	},
	ListExchangeConnectors: {
		name: 'Get Many Connectors',
		description: 'Inbound and outbound connectors of a tenant, each marked with its direction',
		fields: {},
	},
	ListExConnectorTemplates: {
		name: 'Get Many Connector Templates',
		description: 'Connector templates stored in CIPP, each with its direction',
		fields: {},
	},
	RemoveExConnector: {
		name: 'Delete Connector',
		description: 'Delete an inbound or outbound connector',
		fields: {
			GUID: { displayName: 'Connector ID', description: 'GUID or name of the connector' },
			Type: { displayName: 'Direction', description: 'Whether the connector is inbound or outbound', options: connectorType },
		},
	},
	RemoveExConnectorTemplate: {
		name: 'Delete Connector Template',
		description: 'Delete a stored connector template',
		fields: { ID: templateGuid },
	},

	// --- Connection filter ---
	AddConnectionFilter: {
		name: 'Deploy Connection Filter Settings',
		description: 'Apply connection filter settings (IP allow and block lists) to the named policy in one or more tenants',
		fields: {
			PowerShellCommand: {
				displayName: 'Settings (JSON)',
				description: 'Connection filter settings as JSON; name is the policy to change, usually Default',
				placeholder: 'e.g. {"name": "Default", "IPAllowList": ["203.0.113.10"], "EnableSafeList": false}',
			},
		},
	},
	AddConnectionFilterTemplate: {
		name: 'Create Connection Filter Template',
		description: 'Save connection filter settings as a CIPP template, from JSON or from the fields given',
		fields: {
			PowerShellCommand: {
				displayName: 'Settings (JSON)',
				description: 'Connection filter settings as JSON; when empty, the fields below are stored',
			},
			name: { displayName: 'Name', description: 'Policy to change when deployed (usually Default), also the template name', placeholder: 'e.g. Default' },
			EnableSafeList: { displayName: 'Enable Safe List', description: "Whether to trust Microsoft's list of safe senders", default: false },
			IPAllowList: { displayName: 'IP Allow List', description: 'IP addresses or ranges whose mail is always accepted', placeholder: 'e.g. 203.0.113.10' },
			IPBlockList: { displayName: 'IP Block List', description: 'IP addresses or ranges whose mail is always blocked', placeholder: 'e.g. 198.51.100.0/24' },
		},
	},
};
