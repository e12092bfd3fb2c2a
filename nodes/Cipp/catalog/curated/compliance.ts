import type { CuratedField, CuratedResource } from './types';

/** Purview compliance: our words for DLP, retention, sensitive information type and sensitivity label operations. */

const deployJson = (what: string, example: string): CuratedField => ({
	displayName: `${what} Definition (JSON)`,
	description: `The ${what.toLowerCase()} as a JSON object of cmdlet parameters, for example a saved template's JSON`,
	placeholder: example,
});

const templateJson = (what: string): CuratedField => ({
	displayName: 'Definition (JSON)',
	description: `${what} as a JSON object; when left empty, the other fields of the request are stored instead`,
});

const identity = (what: string, example: string): CuratedField => ({
	displayName: 'Identity',
	description: `Name or GUID of the ${what}`,
	placeholder: `e.g. ${example}`,
});

const nameFallback = (what: string): CuratedField => ({
	displayName: 'Name',
	description: `Name of the ${what}; used only when Identity is empty`,
});

const cmdletParameters = (cmdlet: string): CuratedField => ({
	displayName: 'Parameters',
	description: `JSON object whose members are passed to ${cmdlet} as parameters (Identity is ignored)`,
	placeholder: 'e.g. {"Comment": "Updated by n8n"}',
});

const templateId: CuratedField = {
	displayName: 'Template ID',
	description: 'GUID of the stored template',
	placeholder: 'e.g. 3f2b8c1e-0d4a-4e5b-9c6d-7a8b9c0d1e2f',
};

const templateFilter: CuratedField = {
	displayName: 'Template ID',
	description: 'Return only the template with this GUID',
};

const stateOptions = {
	enable: { name: 'Enable', description: 'Turn the policy on' },
	disable: { name: 'Disable', description: 'Turn the policy off' },
};

const comment: CuratedField = { displayName: 'Comment', description: 'Comment stored with the template and shown in the template list' };
const commentsAlias: CuratedField = { displayName: 'Comments', description: 'Alternative spelling of Comment, used only when Comment is empty' };

export const COMPLIANCE: CuratedResource = {
	// --- DLP ---
	AddDlpCompliancePolicy: {
		name: 'Deploy DLP Policy',
		description: 'Create a DLP policy and its rules in one or more tenants, or update the policy of the same name; built-in policies are skipped',
		fields: {
			PowerShellCommand: deployJson('Policy', 'e.g. {"Name": "Block Credit Card Data", "Mode": "Enable", "ExchangeLocation": "All", "RuleParams": {"BlockAccess": true}}'),
		},
	},
	AddDlpCompliancePolicyTemplate: {
		name: 'Create DLP Policy Template',
		description: 'Save a DLP policy (for example one returned by Get Many DLP Policies) and its rules as a reusable CIPP template',
		fields: {
			PowerShellCommand: templateJson('The DLP policy'),
			Name: { displayName: 'Name', description: 'Policy name; also the template name', placeholder: 'e.g. Block Credit Card Data' },
			Mode: {
				displayName: 'Mode',
				description: 'How the policy runs once deployed',
				options: {
					Enable: 'Enable',
					TestWithNotifications: 'Test With Notifications',
					TestWithoutNotifications: 'Test Without Notifications',
					Disable: 'Disable',
				},
			},
			Comment: comment,
			comments: commentsAlias,
			AssociatedRules: {
				displayName: 'Associated Rules',
				description: 'Rule objects of the policy as listed by Get Many DLP Policies; they are stored as the template rules',
			},
			RuleParams: {
				displayName: 'Rule Parameters',
				description: 'One DLP rule object or an array of them, stored as they are when Associated Rules is empty',
			},
		},
	},
	EditDlpCompliancePolicy: {
		name: 'Update DLP Policy',
		description: 'Turn a DLP policy on or off, or change any of its settings',
		fields: {
			Identity: identity('DLP policy', 'Block Credit Card Data'),
			Name: nameFallback('DLP policy'),
			State: { displayName: 'State', description: 'Turn the policy on or off', options: stateOptions },
			parameters: cmdletParameters('Set-DlpCompliancePolicy'),
		},
	},
	ListDlpCompliancePolicy: {
		name: 'Get Many DLP Policies',
		description: 'DLP policies of a tenant, each with its rules and rule count',
		fields: {},
	},
	ListDlpCompliancePolicyTemplates: {
		name: 'Get Many DLP Policy Templates',
		description: 'DLP policy templates stored in CIPP',
		fields: { ID: templateFilter },
	},
	RemoveDlpCompliancePolicy: {
		name: 'Delete DLP Policy',
		description: 'Delete a DLP policy and its rules from a tenant',
		fields: { Identity: identity('DLP policy', 'Block Credit Card Data'), Name: nameFallback('DLP policy') },
	},
	RemoveDlpCompliancePolicyTemplate: {
		name: 'Delete DLP Policy Template',
		description: 'Delete a stored DLP policy template',
		fields: { ID: templateId },
	},

	// --- Retention ---
	AddRetentionCompliancePolicy: {
		name: 'Deploy Retention Policy',
		description: 'Create a retention policy and its rule in one or more tenants, or update the policy of the same name',
		fields: {
			PowerShellCommand: deployJson('Policy', 'e.g. {"Name": "7-Year Mail", "ExchangeLocation": "All", "RuleParams": {"RetentionDuration": 2555, "RetentionComplianceAction": "Keep"}}'),
		},
	},
	AddRetentionCompliancePolicyTemplate: {
		name: 'Create Retention Policy Template',
		description: 'Save a retention policy as a CIPP template, either captured from a tenant (tenant plus Identity) or from the JSON given',
		fields: {
			Identity: {
				displayName: 'Identity',
				description: 'Name of an existing policy to capture, with its rule, from the selected tenant',
				placeholder: 'e.g. 7-Year Mail',
			},
			Name: {
				displayName: 'Name',
				description: 'Policy and template name; with a tenant selected it is used like Identity and captures that policy',
			},
			PowerShellCommand: templateJson('The retention policy'),
			Workload: {
				displayName: 'Workload',
				description: 'Comma-separated workloads turned into All-location settings when no location field is given',
				placeholder: 'e.g. Exchange, SharePoint, OneDriveForBusiness',
			},
			RuleParams: { displayName: 'Rule Parameters', description: 'Retention rule object stored as the template rule when nothing is captured' },
			Comment: comment,
			comments: commentsAlias,
		},
	},
	EditRetentionCompliancePolicy: {
		name: 'Update Retention Policy',
		description: 'Turn a retention policy on or off, or change any of its settings',
		fields: {
			Identity: identity('retention policy', '7-Year Mail'),
			Name: nameFallback('retention policy'),
			State: { displayName: 'State', description: 'Turn the policy on or off', options: stateOptions },
			parameters: cmdletParameters('Set-RetentionCompliancePolicy'),
		},
	},
	ListRetentionCompliancePolicy: {
		name: 'Get Many Retention Policies',
		description: 'Retention policies of a tenant, each with its rules and rule count',
		fields: {},
	},
	ListRetentionCompliancePolicyTemplates: {
		name: 'Get Many Retention Policy Templates',
		description: 'Retention policy templates stored in CIPP',
		fields: { ID: templateFilter },
	},
	RemoveRetentionCompliancePolicy: {
		name: 'Delete Retention Policy',
		description: 'Delete a retention policy from a tenant',
		fields: {
			Identity: identity('retention policy', '7-Year Mail'),
			Name: nameFallback('retention policy'),
			ForceDeletion: {
				displayName: 'Force Deletion',
				description: 'Whether to force the deletion of a policy that is otherwise protected from removal',
				default: false,
			},
		},
	},
	RemoveRetentionCompliancePolicyTemplate: {
		name: 'Delete Retention Policy Template',
		description: 'Delete a stored retention policy template',
		fields: { ID: templateId },
	},

	// --- Sensitive information types ---
	AddSensitiveInfoType: {
		name: 'Deploy Sensitive Info Type',
		description: 'Create or update a custom sensitive information type in one or more tenants, from a regex pattern or a rule package',
		fields: {
			PowerShellCommand: deployJson('Sensitive Info Type', 'e.g. {"Name": "Employee ID", "Pattern": "EMP-\\\\d{5}", "Confidence": 85}'),
		},
	},
	AddSensitiveInfoTypeTemplate: {
		name: 'Create Sensitive Info Type Template',
		description: 'Save a custom sensitive information type as a CIPP template, captured from a tenant or defined by a pattern or rule package',
		fields: {
			Identity: {
				displayName: 'Identity',
				description: 'Name or ID of a custom SIT to capture from the selected tenant',
				placeholder: 'e.g. Employee ID',
			},
			Id: { displayName: 'ID', description: 'ID of the SIT to capture; used only when Identity is empty' },
			Name: {
				displayName: 'Name',
				description: 'SIT and template name; with a tenant selected it is used like Identity and captures that SIT',
			},
			PowerShellCommand: templateJson('The sensitive information type'),
			Comment: comment,
			comments: commentsAlias,
			Description: { displayName: 'Description', description: 'Description of the SIT' },
			Pattern: {
				displayName: 'Pattern',
				description: 'Regular expression the SIT detects (simple mode)',
				placeholder: 'e.g. EMP-\\d{5}',
			},
			Confidence: { displayName: 'Confidence', description: 'Confidence level of a pattern match; 85 when left empty', placeholder: 'e.g. 85' },
			PatternsProximity: {
				displayName: 'Patterns Proximity',
				description: 'Character distance for supporting evidence; 300 when left empty',
				placeholder: 'e.g. 300',
			},
			Locale: { displayName: 'Locale', description: 'Language of the rule package; en-US when left empty', placeholder: 'e.g. en-US' },
			Recommended: { displayName: 'Recommended', description: 'Stored with the template; not used when deploying' },
			PublisherName: { displayName: 'Publisher Name', description: 'Publisher shown on the SIT; CIPP when left empty' },
			FileDataBase64: {
				displayName: 'Rule Package (Base64)',
				description: 'Base64-encoded rule package XML (advanced mode); used instead of Pattern',
			},
		},
	},
	EditSensitiveInfoType: {
		name: 'Update Sensitive Info Type',
		description: 'Change settings of a custom sensitive information type',
		fields: {
			Identity: identity('sensitive information type', 'Employee ID'),
			Name: nameFallback('sensitive information type'),
			parameters: cmdletParameters('Set-DlpSensitiveInformationType'),
		},
	},
	ListSensitiveInfoType: {
		name: 'Get Many Sensitive Info Types',
		description: 'Custom sensitive information types of a tenant, optionally with the Microsoft built-in ones',
		fields: {
			IncludeBuiltIn: {
				displayName: 'Include Built-In',
				description: "Whether to include Microsoft's built-in sensitive information types",
				default: false,
			},
		},
	},
	ListSensitiveInfoTypeRulePackage: {
		name: 'Get Sensitive Info Type Rule Package',
		description: 'The rule package behind a custom sensitive information type, parsed and as raw XML',
		fields: {
			RulePackId: {
				displayName: 'Rule Package ID',
				description: 'Rule package ID of the SIT (its RulePackId in Get Many Sensitive Info Types)',
			},
		},
	},
	ListSensitiveInfoTypeTemplates: {
		name: 'Get Many Sensitive Info Type Templates',
		description: 'Sensitive information type templates stored in CIPP',
		fields: { ID: templateFilter },
	},
	RemoveSensitiveInfoType: {
		name: 'Delete Sensitive Info Type',
		description: 'Delete a custom sensitive information type; a regex SIT is removed with its whole rule package',
		fields: {
			Identity: { displayName: 'Identity', description: 'Name, ID or identity of the custom SIT', placeholder: 'e.g. Employee ID' },
			Name: nameFallback('SIT'),
		},
	},
	RemoveSensitiveInfoTypeTemplate: {
		name: 'Delete Sensitive Info Type Template',
		description: 'Delete a stored sensitive information type template',
		fields: { ID: templateId },
	},

	// --- Sensitivity labels ---
	AddSensitivityLabel: {
		name: 'Deploy Sensitivity Label',
		description: 'Create or update a sensitivity label in one or more tenants and optionally publish it with a label policy',
		fields: {
			PowerShellCommand: deployJson('Label', 'e.g. {"Name": "Confidential", "DisplayName": "Confidential", "Tooltip": "Internal only"}'),
		},
	},
	AddSensitivityLabelTemplate: {
		name: 'Create Sensitivity Label Template',
		description: 'Save a sensitivity label (for example one from Get Many Sensitivity Labels) as a CIPP template; tenant-specific IDs are removed',
		fields: {
			PowerShellCommand: templateJson('The sensitivity label'),
			DisplayName: { displayName: 'Display Name', description: 'Label name shown to users; the Name when left empty' },
			Name: { displayName: 'Name', description: 'Label name used to find it again when deploying', placeholder: 'e.g. Confidential' },
			Comment: comment,
			comments: commentsAlias,
		},
	},
	EditSensitivityLabel: {
		name: 'Update Sensitivity Label',
		description: 'Change settings of a sensitivity label',
		fields: {
			Identity: identity('sensitivity label', 'Confidential'),
			Name: nameFallback('sensitivity label'),
			parameters: cmdletParameters('Set-Label'),
		},
	},
	ListSensitivityLabel: {
		name: 'Get Many Sensitivity Labels',
		description: 'Sensitivity labels of a tenant with the label policies that publish them and their colour',
		fields: {},
	},
	ListSensitivityLabelTemplates: {
		name: 'Get Many Sensitivity Label Templates',
		description: 'Sensitivity label templates stored in CIPP',
		fields: { ID: templateFilter },
	},
	RemoveSensitivityLabel: {
		name: 'Delete Sensitivity Label',
		description: 'Delete a sensitivity label from a tenant',
		fields: { Identity: identity('sensitivity label', 'Confidential'), Name: nameFallback('sensitivity label') },
	},
	RemoveSensitivityLabelTemplate: {
		name: 'Delete Sensitivity Label Template',
		description: 'Delete a stored sensitivity label template',
		fields: { ID: templateId },
	},
};
