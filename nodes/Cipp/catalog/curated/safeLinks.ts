import type { CuratedField, CuratedResource } from './types';

/** Safe Links: our words for Defender for Office 365 Safe Links policies, rules and templates. */

const sw = (displayName: string, description: string): CuratedField => ({ displayName, description, default: false });

/** Policy settings, shared by the live policy operations and the templates. */
const POLICY: Record<string, CuratedField> = {
	EnableSafeLinksForEmail: sw('Protect Email', 'Whether links in email messages are checked'),
	EnableSafeLinksForTeams: sw('Protect Teams', 'Whether links in Teams chats and channels are checked'),
	EnableSafeLinksForOffice: sw('Protect Office Apps', 'Whether links in Office desktop, web and mobile apps are checked'),
	TrackClicks: sw('Track Clicks', 'Whether clicks on links are recorded'),
	AllowClickThrough: sw('Allow Click Through', 'Whether users may continue to the original URL from the warning page'),
	ScanUrls: sw('Scan URLs in Real Time', 'Whether links are scanned in real time before the user is sent on'),
	EnableForInternalSenders: sw('Apply to Internal Senders', 'Whether messages between internal users are also checked'),
	DeliverMessageAfterScan: sw('Deliver After Scan', 'Whether messages are held until link scanning is complete'),
	DisableUrlRewrite: sw('Do Not Rewrite URLs', 'Whether links in messages are left unwrapped (checked only at click time through the API)'),
	EnableOrganizationBranding: sw('Organization Branding', "Whether warning pages show the organisation's branding"),
	DoNotRewriteUrls: {
		displayName: 'URLs Not to Rewrite',
		description: 'URLs that are never rewritten or checked',
		placeholder: 'e.g. https://intranet.contoso.com/*',
	},
	AdminDisplayName: { displayName: 'Policy Description', description: 'Description of the Safe Links policy' },
	CustomNotificationText: { displayName: 'Custom Notification Text', description: 'Text shown to users on the warning page' },
};

/** Rule settings: who the policy applies to. */
const RULE: Record<string, CuratedField> = {
	Priority: { displayName: 'Priority', description: 'Order in which the rule is evaluated (0 is first)', placeholder: 'e.g. 0' },
	Comments: { displayName: 'Rule Comments', description: 'Comment stored with the rule' },
	SentTo: { displayName: 'Recipients', description: 'Recipients the policy applies to', placeholder: 'e.g. jane@contoso.com' },
	SentToMemberOf: { displayName: 'Member of Groups', description: 'Groups whose members the policy applies to' },
	RecipientDomainIs: { displayName: 'Recipient Domains', description: 'Recipient domains the policy applies to', placeholder: 'e.g. contoso.com' },
	ExceptIfSentTo: { displayName: 'Excluded Recipients', description: 'Recipients the policy does not apply to' },
	ExceptIfSentToMemberOf: { displayName: 'Excluded Groups', description: 'Groups whose members the policy does not apply to' },
	ExceptIfRecipientDomainIs: { displayName: 'Excluded Domains', description: 'Recipient domains the policy does not apply to' },
};

const liveState = (when: string): CuratedField => ({
	displayName: 'Rule Enabled',
	description: `Whether the rule is turned on; ${when}`,
	default: true,
});

const TEMPLATE: Record<string, CuratedField> = {
	TemplateName: { displayName: 'Template Name', description: 'Name shown in the template list', placeholder: 'e.g. Standard Safe Links' },
	TemplateDescription: { displayName: 'Template Description', description: 'Description of the template; also the rule comment when deployed' },
	PolicyName: { displayName: 'Policy Name', description: 'Name of the Safe Links policy to create when deployed', placeholder: 'e.g. Standard Safe Links' },
	RuleName: { displayName: 'Rule Name', description: 'Name of the rule to create when deployed; <Policy Name>_Rule when empty' },
	State: {
		displayName: 'Rule State',
		description: 'Whether the deployed rule is turned on or off',
		options: { Enabled: 'Enabled', Disabled: 'Disabled' },
	},
	...POLICY,
	...RULE,
	Comments: { displayName: 'Rule Comments', description: 'Stored with the template; deployment uses the template description as the rule comment' },
};

export const SAFE_LINKS: CuratedResource = {
	ExecNewSafeLinksPolicy: {
		name: 'Create Safe Links Policy',
		description: 'Create a Safe Links policy and the rule that applies it; needs Defender for Office 365',
		fields: {
			PolicyName: { displayName: 'Policy Name', description: 'Name of the new Safe Links policy', placeholder: 'e.g. Standard Safe Links' },
			RuleName: { displayName: 'Rule Name', description: 'Name of the new rule', placeholder: 'e.g. Standard Safe Links Rule' },
			...POLICY,
			...RULE,
			State: liveState('off creates the rule disabled'),
		},
	},
	EditSafeLinksPolicy: {
		name: 'Update Safe Links Policy',
		description: 'Change settings of a Safe Links policy and its rule, or turn the rule on or off; only the fields given are changed',
		fields: {
			PolicyName: { displayName: 'Policy Name', description: 'Safe Links policy to change; needed for policy settings' },
			RuleName: { displayName: 'Rule Name', description: 'Rule to change; needed for rule settings and Rule Enabled' },
			...POLICY,
			...RULE,
			State: liveState('off disables it'),
		},
	},
	ExecDeleteSafeLinksPolicy: {
		name: 'Delete Safe Links Policy',
		description: 'Delete a Safe Links rule and/or policy; give both names to remove the whole configuration',
		fields: {
			RuleName: { displayName: 'Rule Name', description: 'Rule to delete' },
			PolicyName: { displayName: 'Policy Name', description: 'Policy to delete' },
		},
	},
	ListSafeLinksPolicy: {
		name: 'Get Many Safe Links Policies',
		description: 'Safe Links policies with their rules, including built-in ones and policies or rules missing their counterpart',
		fields: {},
	},
	ListSafeLinksPolicyDetails: {
		name: 'Get Safe Links Policy',
		description: 'Full settings of a Safe Links policy and/or its rule',
		fields: {
			PolicyName: { displayName: 'Policy Name', description: 'Policy to read' },
			RuleName: { displayName: 'Rule Name', description: 'Rule to read' },
		},
	},
	AddSafeLinksPolicyFromTemplate: {
		name: 'Deploy Safe Links Templates',
		description: 'Create the Safe Links policies and rules of one or more templates in one or more tenants; existing names are skipped',
		fields: {
			TemplateList: {
				displayName: 'Templates',
				description: 'Objects whose value is a whole template as returned by Get Many Safe Links Templates',
				placeholder: 'e.g. [{"value": {"PolicyName": "Standard Safe Links", "EnableSafeLinksForEmail": true}}]',
			},
		},
	},
	AddSafeLinksPolicyTemplate: {
		name: 'Create Safe Links Template From Policy',
		description: 'Save a Safe Links configuration (for example a row of Get Many Safe Links Policies) as a CIPP template',
		fields: {
			Name: { displayName: 'Name', description: 'Policy name from the list row; must be present but is not stored' },
			Description: { displayName: 'Description', description: 'Used as the policy description when Policy Description is empty' },
			...TEMPLATE,
		},
	},
	CreateSafeLinksPolicyTemplate: {
		name: 'Create Safe Links Template',
		description: 'Save Safe Links policy and rule settings as a new CIPP template',
		fields: TEMPLATE,
	},
	EditSafeLinksPolicyTemplate: {
		name: 'Update Safe Links Template',
		description: 'Replace a stored Safe Links template; fields left out are cleared',
		fields: {
			ID: { displayName: 'Template ID', description: 'ID of the stored template (a GUID, or a file name for built-in templates)' },
			...TEMPLATE,
		},
	},
	ListSafeLinksPolicyTemplates: {
		name: 'Get Many Safe Links Templates',
		description: 'Safe Links templates stored in CIPP, including the built-in ones',
		fields: {},
	},
	ListSafeLinksPolicyTemplateDetails: {
		name: 'Get Safe Links Template',
		description: 'One stored Safe Links template',
		fields: { ID: { displayName: 'Template ID', description: 'ID of the stored template' } },
	},
	RemoveSafeLinksPolicyTemplate: {
		name: 'Delete Safe Links Template',
		description: 'Delete a stored Safe Links template',
		fields: { ID: { displayName: 'Template ID', description: 'ID of the stored template' } },
	},
};
