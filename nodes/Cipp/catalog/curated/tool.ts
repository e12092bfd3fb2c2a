import type { CuratedResource } from './types';

const LOW_MEDIUM_HIGH = { Low: 'Low', Medium: 'Medium', High: 'High' };

/** Tools: our words for custom test scripts, community repositories, GitHub, breach lookups and the report builder. */
export const TOOL: CuratedResource = {
	AddCustomScript: {
		name: 'Save Custom Script',
		description: 'Save a custom test script as a new version, switch it or its alerts on or off, or roll it back to an earlier version',
		fields: {
			ScriptName: { displayName: 'Script Name', description: 'Name of the script (letters, digits, spaces, hyphens and underscores)', placeholder: 'e.g. Check Guest Count' },
			ScriptContent: { displayName: 'Script', description: 'PowerShell code of the script; may be left empty when updating an existing script', placeholder: 'e.g. New-CIPPDbRequest -TenantFilter $TenantFilter -Type Users' },
			Pillar: { displayName: 'Pillar', description: 'Area the test belongs to', options: { Identity: 'Identity', Devices: 'Devices', Data: 'Data' } },
			UserImpact: { displayName: 'User Impact', description: 'Impact on users of fixing a failure', options: LOW_MEDIUM_HIGH },
			ImplementationEffort: { displayName: 'Implementation Effort', description: 'Effort needed to fix a failure', options: LOW_MEDIUM_HIGH },
			ScriptGuid: { displayName: 'Script ID', description: 'ID of an existing script: saves a new version of it, or is the target of an action or restore' },
			Description: { displayName: 'Description', description: 'What the script checks' },
			Category: { displayName: 'Category', description: 'Category shown with the test', placeholder: 'e.g. Security' },
			Risk: { displayName: 'Risk', description: 'Risk level of a failure (Low, Medium, High or Critical)', placeholder: 'e.g. Medium' },
			Enabled: { displayName: 'Enabled', description: 'Whether the script runs with the scheduled tests', default: true },
			AlertOnFailure: { displayName: 'Alert on Result', description: 'Whether results in the chosen alert states send a notification', default: false },
			AlertStatuses: {
				displayName: 'Alert States',
				description: 'Result state that triggers an alert',
				options: { Failed: 'Failed', Passed: 'Passed', Info: 'Info', Investigate: 'Investigate', All: 'All' },
				default: 'Failed',
			},
			ReturnType: { displayName: 'Result Format', description: 'Format of the script result', options: { JSON: 'JSON', Markdown: 'Markdown' }, default: 'JSON' },
			ResultMode: {
				displayName: 'Result Mode',
				description: 'How the result state is decided',
				options: { Auto: 'Auto', AlwaysPass: 'Always Pass', AlwaysInfo: 'Always Info', AlwaysInvestigate: 'Always Investigate' },
				default: 'Auto',
			},
			MarkdownTemplate: { displayName: 'Markdown Template', description: 'Template used to render Markdown results' },
			ResultSchema: { displayName: 'Result Schema', description: 'JSON text describing the result columns' },
			Action: {
				displayName: 'Action',
				description: 'Change a flag of an existing script instead of saving a new version',
				options: {
					EnableScript: 'Enable Script',
					DisableScript: 'Disable Script',
					EnableAlerts: 'Enable Alerts',
					DisableAlerts: 'Disable Alerts',
					SetResultMode: 'Set Result Mode',
				},
			},
			RestoreToVersion: { displayName: 'Restore to Version', description: 'Version number to roll back to; newer versions are deleted' },
		},
	},
	ExecBreachSearch: {
		name: 'Run Tenant Breach Search',
		description: "Look up every domain of a tenant in CIPP's breach service and store the results for Get Tenant Breaches",
		fields: {},
	},
	ExecCommunityRepo: {
		name: 'Manage Community Repository',
		description: 'Add, update or remove a GitHub template repository, import from it, or upload templates and scripts to it',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the repository',
				options: {
					Add: { name: 'Add', description: 'Add a GitHub repository to CIPP' },
					Update: { name: 'Update', description: 'Refresh the stored repository details from GitHub' },
					Delete: { name: 'Delete', description: 'Remove the repository from CIPP' },
					SetBranch: { name: 'Set Upload Branch', description: 'Branch that uploads are pushed to' },
					SetTemplateTypes: { name: 'Set Template Types', description: 'Kinds of templates the repository holds' },
					ImportTemplate: { name: 'Import Template', description: 'Import one template file into CIPP' },
					ImportScript: { name: 'Import Custom Script', description: 'Import one custom test script (saved disabled)' },
					UploadTemplate: { name: 'Upload Template', description: 'Push a CIPP template to the repository' },
					UploadScript: { name: 'Upload Custom Script', description: 'Push a custom test script to the repository' },
				},
			},
			Id: { displayName: 'Repository ID', description: 'GitHub ID of the repository' },
			FullName: { displayName: 'Repository', description: 'Owner and name of the repository', placeholder: 'e.g. contoso/cipp-templates' },
			Branch: { displayName: 'Branch', description: 'Branch to upload to or read from', placeholder: 'e.g. main' },
			Path: { displayName: 'File Path', description: 'Path of the file to import', placeholder: 'e.g. CATemplate/Block_Legacy_Auth.json' },
			GUID: { displayName: 'Template or Script ID', description: 'GUID of the CIPP template or custom script to upload' },
			Message: { displayName: 'Commit Message', description: 'Commit message for the upload' },
			Force: { displayName: 'Overwrite', description: 'Whether to import even when the file has not changed', default: false },
			TemplateTypes: { displayName: 'Template Types', description: 'Kinds of templates the repository holds', placeholder: 'e.g. IntuneTemplate' },
		},
	},
	ExecCustomScript: {
		name: 'Run Custom Script',
		description: 'Run a stored custom test script against a tenant now and return its results',
		fields: {
			ScriptGuid: { displayName: 'Script ID', description: 'ID of the custom script to run' },
			Parameters: { displayName: 'Parameters', description: 'JSON object of extra parameters passed to the script', placeholder: 'e.g. {"Threshold": 5}' },
		},
	},
	ExecGenerateReportBuilderReport: {
		name: 'Generate Report',
		description: 'Build a report builder report for a tenant from blocks or a saved template and store it, or delete a stored report',
		fields: {
			Action: { displayName: 'Action', description: 'Generate a report or delete one', options: { generate: 'Generate', delete: 'Delete' }, default: 'generate' },
			TemplateGUID: { displayName: 'Template ID', description: 'Saved report template whose blocks to use' },
			TemplateName: { displayName: 'Report Name', description: 'Name stored with the report', placeholder: 'e.g. Monthly Security Report' },
			Blocks: { displayName: 'Blocks', description: 'JSON array of report blocks; overrides the template' },
			ReportGUID: { displayName: 'Report ID', description: 'ID of the generated report to delete' },
		},
	},
	ExecGitHubAction: {
		name: 'Run GitHub Action',
		description: 'Search GitHub, read repository files and branches, create a repository or import a template via the GitHub integration',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'GitHub call to make',
				options: {
					Search: 'Search',
					GetFileContents: 'Get File Contents',
					GetFileTree: 'Get File Tree',
					GetBranches: 'Get Branches',
					GetOrgs: 'Get Organizations',
					CreateRepo: 'Create Repository',
					ImportTemplate: 'Import Template',
				},
			},
			FullName: { displayName: 'Repository', description: 'Owner and name of the repository', placeholder: 'e.g. contoso/cipp-templates' },
			Branch: { displayName: 'Branch', description: 'Branch to read', placeholder: 'e.g. main' },
			Path: { displayName: 'Path', description: 'File path to read, or path to search in' },
			SearchTerm: { displayName: 'Search Terms', description: 'Terms to search for (any of them)' },
			Repository: { displayName: 'Repositories', description: 'Repositories to search in (owner/name)' },
			User: { displayName: 'User', description: 'Search only repositories of this user' },
			Org: { displayName: 'Organization', description: 'Search only this organization, or create the repository in it' },
			Language: { displayName: 'Language', description: 'Search only files in this language', placeholder: 'e.g. json' },
			IncludeForks: { displayName: 'Include Forks', description: 'Whether forks are included in the search', default: false },
			Type: {
				displayName: 'Type',
				description: 'What to search (code, commits ...) or, when creating, whether the owner is a user or an organization',
				options: {
					code: 'Code',
					commits: 'Commits',
					issues: 'Issues',
					users: 'Users',
					repositories: 'Repositories',
					topics: 'Topics',
					labels: 'Labels',
					User: 'Owner: User',
					Org: 'Owner: Organization',
				},
			},
			Name: { displayName: 'Repository Name', description: 'Name of the repository to create' },
			Description: { displayName: 'Description', description: 'Description of the new repository' },
			Private: { displayName: 'Private', description: 'Whether the new repository is private', default: false },
			License: { displayName: 'License', description: 'License template of the new repository', placeholder: 'e.g. agpl-3.0' },
			Template: { displayName: 'Template', description: 'Template JSON to import: a CIPP template row or a raw policy' },
			SHA: { displayName: 'File SHA', description: 'Git SHA of the template file, stored to detect later changes' },
			Source: { displayName: 'Source', description: 'Repository the template came from' },
			MigrationTable: { displayName: 'Migration Table', description: 'JSON object whose objects list maps IDs to display names in a CA policy' },
			LocationData: { displayName: 'Named Locations', description: 'JSON array of named locations referenced by a CA policy' },
			Force: { displayName: 'Overwrite', description: 'Whether to import even when the template has not changed', default: false },
		},
	},
	ExecGraphExplorerPreset: {
		name: 'Save Graph Explorer Preset',
		description: 'Create, copy, update or delete a saved Graph Explorer query; only your own presets can be changed',
		fields: {
			action: { displayName: 'Action', description: 'What to do with the preset', options: { Copy: 'Create or Copy', Save: 'Update', Delete: 'Delete' }, default: 'Copy' },
			preset: {
				displayName: 'Preset',
				description: 'JSON object with id, name, endpoint, IsShared and query options such as $filter and $select',
				placeholder: 'e.g. {"name": "Disabled users", "endpoint": "users", "$filter": "accountEnabled eq false"}',
			},
		},
	},
	ExecReportBuilderTemplate: {
		name: 'Save Report Template',
		description: 'Save or delete a report builder template (blocks plus page settings)',
		fields: {
			Action: { displayName: 'Action', description: 'Save or delete the template', options: { save: 'Save', delete: 'Delete' }, default: 'save' },
			Name: { displayName: 'Name', description: 'Template name (at most 256 characters)', placeholder: 'e.g. Monthly Security Report' },
			GUID: { displayName: 'Template ID', description: 'ID of the template to overwrite or delete; empty creates a new template' },
			Blocks: { displayName: 'Blocks', description: 'JSON array of report blocks' },
			Settings: { displayName: 'Settings', description: 'JSON page setup: size, orientation and branding preset' },
		},
	},
	ListBrandingPresets: {
		name: 'Get Many Branding Presets',
		description: 'Named report branding presets (colours, logo, footer) that report templates can use',
		fields: {
			includeImages: { displayName: 'Include Images', description: 'Whether to include the logo and cover image data', default: false },
		},
	},
	ListBreachesAccount: {
		name: 'Check Account Breaches',
		description: 'Check an email address (Have I Been Pwned, needs the HIBP integration) or a domain against known data breaches',
		fields: {
			account: { displayName: 'Email or Domain', description: 'Email address or domain to check', placeholder: 'e.g. jane@contoso.com' },
		},
	},
	ListBreachesTenant: {
		name: 'Get Tenant Breaches',
		description: 'Breached accounts found by the last tenant breach search',
		fields: {},
	},
	ListCommunityRepoTemplates: {
		name: 'Get Community Templates',
		description: 'Catalog of templates in the community repositories, or the contents of one file when a path is given',
		fields: {
			FullName: { displayName: 'Repository', description: 'Only this repository (owner/name)', placeholder: 'e.g. contoso/cipp-templates' },
			Path: { displayName: 'File Path', description: 'Return this file instead of the catalog' },
			Branch: { displayName: 'Branch', description: 'Branch of the file (default main)', placeholder: 'e.g. main' },
		},
	},
	ListCommunityRepos: {
		name: 'Get Many Community Repositories',
		description: 'Template repositories known to CIPP, including the built-in ones',
		fields: {
			WriteAccess: { displayName: 'Writable Only', description: 'Whether to return only repositories CIPP can push to', default: false },
		},
	},
	ListCustomScripts: {
		name: 'Get Many Custom Scripts',
		description: 'Custom test scripts (latest version of each), or one script with its version history',
		fields: {
			ScriptGuid: { displayName: 'Script ID', description: 'Return only this script' },
			IncludeAllVersions: { displayName: 'All Versions', description: 'Whether to return every version of the script', default: false },
		},
	},
	ListGeneratedReports: {
		name: 'Get Many Generated Reports',
		description: 'Reports generated by the report builder, for a tenant, all tenants or one report',
		fields: {
			ReportGUID: { displayName: 'Report ID', description: 'Return only this report' },
		},
	},
	ListGitHubReleaseNotes: {
		name: 'Get Release Notes',
		description: 'Release notes of recent CIPP releases',
		fields: {},
	},
	ListGraphExplorerPresets: {
		name: 'Get Many Graph Explorer Presets',
		description: 'Your own and shared Graph Explorer presets',
		fields: {
			Endpoint: { displayName: 'Graph Endpoint', description: 'Return only presets for this Graph path', placeholder: 'e.g. users' },
		},
	},
	ListReportBuilderTemplates: {
		name: 'Get Many Report Templates',
		description: 'Saved report builder templates with their blocks and settings',
		fields: {},
	},
	RemoveCustomScript: {
		name: 'Delete Custom Script',
		description: 'Delete a custom test script with all its versions and results, and remove it from report templates',
		fields: {
			ScriptGuid: { displayName: 'Script ID', description: 'ID of the custom script to delete' },
		},
	},
};
