import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

/** SharePoint and Teams: our words for sites, libraries, permissions, sharing, templates, teams and Teams phone numbers. */

const toggle = (displayName: string, description: string, value = false): CuratedField => ({
	displayName,
	description,
	default: value,
});

const siteUrl = (description = 'Full URL of the site'): CuratedField => ({
	displayName: 'Site URL',
	description,
	placeholder: 'e.g. https://contoso.sharepoint.com/sites/Finance',
});

const listId: CuratedField = {
	displayName: 'Library ID',
	description: 'ID (GUID) of the document library; leave empty for the site itself',
};

const libraryName: CuratedField = { displayName: 'Library Name', description: 'Name of the library, used only in the result message' };

const SHARING_CAPABILITY = {
	Disabled: { name: 'Only People in the Organization' },
	ExistingExternalUserSharingOnly: { name: 'Existing Guests Only' },
	ExternalUserSharingOnly: { name: 'New and Existing Guests' },
	ExternalUserAndGuestSharing: { name: 'Anyone', description: 'Including anonymous links' },
};

const NUMBER_TYPES = {
	DirectRouting: { name: 'Direct Routing' },
	CallingPlan: { name: 'Calling Plan' },
	OperatorConnect: { name: 'Operator Connect' },
};

const cachedReport = (what: string): string => `${what}, from CIPP's reporting cache (refresh by syncing the cache)`;

export const SHARE_POINT_TEAMS: CuratedResource = {
	AddSite: {
		name: 'Create Site',
		description: 'Create a SharePoint communication or team site (without Microsoft 365 group); the URL is /sites/<name without spaces>',
		fields: {
			siteName: { displayName: 'Site Name', description: 'Title of the site; also its URL path without spaces or symbols', placeholder: 'e.g. Finance' },
			siteDescription: { displayName: 'Description', description: 'Description of the site' },
			siteOwner: {
				displayName: 'Owner',
				description: 'JSON {"value": user principal name} of the site owner',
				placeholder: 'e.g. {"value": "jane@contoso.com"}',
			},
			templateName: {
				displayName: 'Template',
				description: 'JSON {"value": template}: Communication or Team',
				placeholder: 'e.g. {"value": "Communication"}',
				options: { Communication: { name: 'Communication Site' }, Team: { name: 'Team Site (No Microsoft 365 Group)' } },
			},
			siteDesign: {
				displayName: 'Design',
				description: 'JSON {"value": design}: Topic, Showcase, Blank or Custom',
				placeholder: 'e.g. {"value": "Topic"}',
				options: { Topic: { name: 'Topic' }, Showcase: { name: 'Showcase' }, Blank: { name: 'Blank' }, Custom: { name: 'Custom' } },
			},
			sensitivityLabel: { displayName: 'Sensitivity Label', description: 'ID of the Purview sensitivity label to apply' },
		},
	},
	AddSiteBulk: {
		name: 'Create Sites in Bulk',
		description: 'Create several SharePoint sites at once; each result is reported separately',
		fields: {
			bulkSites: {
				displayName: 'Sites',
				description: 'JSON array of {siteName, siteDescription, siteOwner (UPN), templateName (Communication or Team), siteDesign (Topic, Showcase, Blank), sensitivityLabel}',
				placeholder: 'e.g. [{"siteName": "Finance", "siteDescription": "Finance team", "siteOwner": "jane@contoso.com", "templateName": "Communication", "siteDesign": "Topic"}]',
			},
		},
	},
	AddTeam: {
		name: 'Create Team',
		description: 'Create a Microsoft Team with the given owners (owners need a Teams licence)',
		fields: {
			displayName: { displayName: 'Team Name', description: 'Name of the team', placeholder: 'e.g. Project Apollo' },
			description: { displayName: 'Description', description: 'Description of the team' },
			owner: { displayName: 'Owners', description: 'Object IDs or user principal names of the owners', placeholder: 'e.g. jane@contoso.com' },
			visibility: {
				displayName: 'Visibility',
				description: 'Who can find and join the team',
				default: 'private',
				options: { private: { name: 'Private' }, public: { name: 'Public' } },
			},
		},
	},
	DeleteSharepointSite: {
		name: 'Delete Site',
		description: 'Delete a SharePoint site; a group-connected site is deleted with its Microsoft 365 group and team',
		fields: {
			SiteId: { displayName: 'Site ID', description: 'ID (GUID) of the site collection' },
		},
	},
	ExecBulkRemoveSharingLinks: {
		name: 'Remove All Sharing Links From Site',
		description: 'Revoke all anonymous, external or all sharing links of a site known to the sharing report cache',
		fields: {
			SiteUrl: siteUrl(),
			Scope: {
				displayName: 'Links to Remove',
				description: 'Which links to revoke',
				default: 'Anonymous',
				options: {
					Anonymous: { name: 'Anonymous Links' },
					External: { name: 'Anonymous and External Links' },
					All: { name: 'All Links', description: 'Internal links too' },
				},
			},
		},
	},
	ExecRemoveLibraryPermission: {
		name: 'Remove Library Permission',
		description: "Remove a principal's permission levels from a library or site; an inheriting library is made unique first",
		fields: {
			SiteUrl: siteUrl(),
			ListId: listId,
			PrincipalId: { displayName: 'Principal ID', description: 'SharePoint ID of the user or group (see Get Site Permissions)' },
			RoleDefinitionId: { displayName: 'Permission Level ID', description: 'Remove only this level; all levels when empty' },
			LibraryName: libraryName,
			PrincipalName: { displayName: 'Principal Name', description: 'Name of the principal, used only in the result message' },
			Title: { displayName: 'Title', description: 'Name shown in the result message when Principal Name is empty' },
		},
	},
	ExecRemoveSPOExternalUser: {
		name: 'Remove External User',
		description: 'Delete a guest account and remove the guest from the given sites; sharing links they received stay',
		fields: {
			EntraUserId: { displayName: 'Guest User ID', description: 'Object ID of the Entra guest account to delete' },
			SiteUrls: { displayName: 'Site URLs', description: 'Sites to remove the guest from' },
			LoginName: { displayName: 'SharePoint Login', description: "Guest's SharePoint login; looked up from the guest account when empty" },
			DisplayName: { displayName: 'Display Name', description: 'Name used in the result message' },
		},
	},
	ExecRemoveSharingLink: {
		name: 'Remove Sharing Link',
		description: 'Revoke one sharing link or direct share on a SharePoint or OneDrive item',
		fields: {
			DriveId: { displayName: 'Drive ID', description: 'ID of the drive holding the item' },
			ItemId: { displayName: 'Item ID', description: 'ID of the shared item' },
			PermissionId: { displayName: 'Permission ID', description: 'ID of the sharing permission to delete' },
			CacheId: { displayName: 'Cache Row ID', description: 'ID of the sharing report row to remove as well' },
			FileName: { displayName: 'File Name', description: 'Name used in the result message' },
		},
	},
	ExecRemoveSiteUser: {
		name: 'Remove User From Sites',
		description: 'Remove a user from one or more sites entirely: all site groups and direct permissions (not sharing links)',
		fields: {
			user: {
				displayName: 'User',
				description: 'JSON {"value": user principal name} (or {"addedFields": {"LoginName": login}})',
				placeholder: 'e.g. {"value": "jane@contoso.com"}',
			},
			SiteUrl: siteUrl('Site to remove the user from'),
			SiteUrls: { displayName: 'Site URLs', description: 'Several sites to remove the user from' },
			DisplayName: { displayName: 'Display Name', description: 'Name used in the result message' },
		},
	},
	ExecRemoveTeamsVoicePhoneNumberAssignment: {
		name: 'Unassign Teams Phone Number',
		description: 'Remove a phone number from its Teams user or resource account',
		fields: {
			PhoneNumber: { displayName: 'Phone Number', description: 'Number to unassign', placeholder: 'e.g. +31201234567' },
			PhoneNumberType: { displayName: 'Number Type', description: 'How the number is provided', options: NUMBER_TYPES },
			AssignedTo: { displayName: 'Assigned To', description: 'Current holder, used only in the result message' },
		},
	},
	ExecRestoreDeletedSite: {
		name: 'Restore Deleted Site',
		description: 'Restore a deleted SharePoint site from the tenant recycle bin',
		fields: {
			SiteUrl: siteUrl('URL of the deleted site'),
			Url: { displayName: 'URL', description: 'URL of the deleted site, when Site URL is empty' },
		},
	},
	ExecRestoreRecycleBinItems: {
		name: 'Restore Recycle Bin Items',
		description: "Restore items from a site's recycle bin",
		fields: {
			SiteUrl: siteUrl(),
			Ids: { displayName: 'Item IDs', description: 'IDs of the recycle bin items (see Get Site Recycle Bin)' },
			ItemNames: { displayName: 'Item Names', description: 'Names used in the result message' },
		},
	},
	ExecSPOVersionCleanup: {
		name: 'Clean Up File Versions',
		description: 'Start a background job that permanently deletes old file versions on a site',
		fields: {
			SiteUrl: siteUrl(),
			BatchDeleteMode: {
				displayName: 'Mode',
				description: 'Which versions to delete',
				default: '2',
				options: {
					'2': { name: 'Apply Site Version Policy', description: "Trim to the site's current version settings" },
					'0': { name: 'Older Than a Number of Days' },
					'1': { name: 'Keep a Number of Versions' },
				},
			},
			DeleteOlderThanDays: { displayName: 'Older Than (Days)', description: 'Delete versions older than this many days' },
			MajorVersionLimit: { displayName: 'Major Versions to Keep', description: 'Number of major versions to keep' },
			MajorWithMinorVersionsLimit: { displayName: 'Major Versions With Minor Versions', description: 'Number of major versions that keep their minor versions' },
		},
	},
	ExecSetLibraryInheritance: {
		name: 'Set Library Inheritance',
		description: 'Stop a library inheriting permissions from its site, or reset it (discarding its own permissions)',
		fields: {
			SiteUrl: siteUrl(),
			ListId: { displayName: 'Library ID', description: 'ID (GUID) of the document library' },
			Action: {
				displayName: 'Action',
				description: 'Break or restore inheritance',
				options: {
					Break: { name: 'Stop Inheriting', description: 'The library gets its own permissions' },
					Reset: { name: 'Inherit From Site', description: 'Discards the permissions unique to the library' },
				},
			},
			CopyRoleAssignments: toggle('Copy Current Permissions', 'Whether the library keeps the permissions it inherited (off leaves only site admins)', true),
			ClearSubscopes: toggle('Reset Folder Permissions', 'Whether folders and items inside lose their own permissions'),
			LibraryName: libraryName,
		},
	},
	ExecSetLibraryPermission: {
		name: 'Grant Library Permission',
		description: 'Give users or groups a permission level on a library or site; an inheriting library is made unique first',
		fields: {
			SiteUrl: siteUrl(),
			ListId: listId,
			PermissionLevel: {
				displayName: 'Permission Level',
				description: 'Built-in level to grant',
				options: {
					read: { name: 'Read' },
					contribute: { name: 'Contribute' },
					edit: { name: 'Edit' },
					design: { name: 'Design' },
					fullControl: { name: 'Full Control' },
				},
			},
			RoleDefinitionId: { displayName: 'Permission Level ID', description: 'ID of a (custom) level, used instead of Permission Level' },
			Users: {
				displayName: 'Users',
				description: 'JSON array of {"value": user principal name}',
				placeholder: 'e.g. [{"value": "jane@contoso.com"}]',
			},
			Groups: {
				displayName: 'Groups',
				description: 'JSON array of {"value": group ID, "label": name, "addedFields": {"groupTypes": ["Unified"]}} (Unified for Microsoft 365 groups)',
				placeholder: 'e.g. [{"value": "…", "label": "Finance", "addedFields": {"groupTypes": []}}]',
			},
			PrincipalId: { displayName: 'Principal ID', description: 'SharePoint ID of a user or group already on the site' },
			PrincipalName: { displayName: 'Principal Name', description: 'Name of that principal, used only in the result message' },
			Mode: {
				displayName: 'Mode',
				description: 'Whether existing levels of the principals stay',
				default: 'Add',
				options: {
					Add: { name: 'Add', description: 'Keep existing levels' },
					Replace: { name: 'Replace', description: 'Remove other levels first' },
				},
			},
			LibraryName: libraryName,
		},
	},
	ExecSetOneDriveSharing: {
		name: 'Set OneDrive Sharing',
		description: "Set who a user's OneDrive can be shared with",
		fields: {
			UPN: { displayName: 'User', description: 'Object ID or user principal name of the OneDrive owner', placeholder: 'e.g. jane@contoso.com' },
			SharingCapability: { displayName: 'Sharing', description: 'Who content can be shared with', options: SHARING_CAPABILITY },
		},
	},
	ExecSetSharePointMember: {
		name: 'Add or Remove Site Member',
		description: "Add a user to, or remove them from, a site's owners, members or visitors (group sites via their Microsoft 365 group)",
		fields: {
			user: {
				displayName: 'User',
				description: 'JSON {"value": user principal name}',
				placeholder: 'e.g. {"value": "jane@contoso.com"}',
			},
			Add: { ...toggle('Add', 'Whether to add the user; off removes them', true), promote: true },
			Role: {
				displayName: 'Role',
				description: 'Site role to change',
				default: 'Members',
				promote: true,
				options: { Owners: { name: 'Owners' }, Members: { name: 'Members' }, Visitors: { name: 'Visitors' } },
			},
			SharePointType: { displayName: 'Site Type', description: 'Group for a group-connected site (the rootWebTemplate of Get Many Sites)', placeholder: 'e.g. Group' },
			GroupID: { displayName: 'Group', description: 'ID, mail address or alias of the Microsoft 365 group of a group-connected site' },
			URL: siteUrl('Site URL; needed for classic sites and for Visitors'),
		},
	},
	ExecSetSiteProperties: {
		name: 'Update Site Properties',
		description: 'Change sharing, lock state, storage and version settings of one site; group sites accept only some',
		fields: {
			SiteUrl: siteUrl(),
			Title: { displayName: 'Title', description: 'New site title' },
			LockState: {
				displayName: 'Lock State',
				description: 'Access to the site',
				options: { Unlock: { name: 'Unlocked' }, ReadOnly: { name: 'Read Only' }, NoAccess: { name: 'No Access' } },
			},
			SharingCapability: { displayName: 'External Sharing', description: 'Who content can be shared with', options: SHARING_CAPABILITY },
			DefaultSharingLinkType: {
				displayName: 'Default Link Type',
				description: 'Link type preselected when sharing',
				options: {
					None: { name: 'Tenant Default' },
					Direct: { name: 'Specific People' },
					Internal: { name: 'People in the Organization' },
					AnonymousAccess: { name: 'Anyone' },
				},
			},
			DefaultLinkPermission: {
				displayName: 'Default Link Permission',
				description: 'Permission preselected for new links',
				options: { None: { name: 'Tenant Default' }, View: { name: 'View' }, Edit: { name: 'Edit' } },
			},
			SharingDomainRestrictionMode: {
				displayName: 'Domain Restriction',
				description: 'Whether external sharing is limited by domain',
				options: { None: { name: 'None' }, AllowList: { name: 'Allowed Domains Only' }, BlockList: { name: 'Block Listed Domains' } },
			},
			SharingAllowedDomainList: { displayName: 'Allowed Domains', description: 'Space-separated domains for the allow list', placeholder: 'e.g. fabrikam.com northwind.com' },
			SharingBlockedDomainList: { displayName: 'Blocked Domains', description: 'Space-separated domains for the block list' },
			OverrideTenantAnonymousLinkExpirationPolicy: toggle('Own Anonymous Link Expiry', "Whether the site sets its own expiry for anonymous links instead of the tenant's"),
			AnonymousLinkExpirationInDays: { displayName: 'Anonymous Link Expiry (Days)', description: 'Days after which anonymous links expire' },
			InheritVersionPolicyFromTenant: toggle('Use Tenant Version Policy', 'Whether the site follows the tenant version history settings'),
			EnableAutoExpirationVersionTrim: toggle('Automatic Version Trimming', 'Whether SharePoint trims versions automatically'),
			MajorVersionLimit: { displayName: 'Major Version Limit', description: 'Number of major versions to keep' },
			ExpireVersionsAfterDays: { displayName: 'Delete Versions After (Days)', description: 'Age after which versions are deleted' },
			ApplyToNewDocumentLibraries: toggle('Apply to New Libraries', 'Whether the version settings apply to libraries created later'),
			ApplyToExistingDocumentLibraries: toggle('Apply to Existing Libraries', 'Whether the version settings apply to existing libraries'),
			StorageMaximumLevel: { displayName: 'Storage Limit (MB)', description: 'Storage quota of the site in megabytes' },
			StorageWarningLevel: { displayName: 'Storage Warning (MB)', description: 'Storage use in megabytes that triggers a warning' },
		},
	},
	ExecSharePointPerms: {
		name: 'Set Site Collection Admin',
		description: "Make users site collection admins of a user's OneDrive or of a site, or remove them",
		fields: {
			onedriveAccessUser: { displayName: 'Users', description: 'User principal names to add or remove as admins', placeholder: 'e.g. jane@contoso.com' },
			user: { displayName: 'User', description: 'Same as Users, for a single user' },
			UPN: { displayName: 'OneDrive Owner', description: 'Object ID or user principal name whose OneDrive is changed' },
			URL: siteUrl('Site collection to change instead of a OneDrive'),
			RemovePermission: toggle('Remove', 'Whether to remove the admin right instead of granting it'),
		},
	},
	ExecSharePointTemplate: {
		name: 'Manage SharePoint Templates',
		description: 'Save, get, delete or deploy SharePoint provisioning templates (sites or teams with libraries and permissions)',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'Leave empty to list all templates',
				options: {
					Save: { name: 'Save', description: 'Create or replace a template' },
					Get: { name: 'Get', description: 'Templates (one when Template ID is in the query)' },
					Delete: { name: 'Delete' },
					Deploy: { name: 'Deploy', description: 'Create the sites of a template in the tenant' },
					DeployStatus: { name: 'Deployment Status', description: 'Progress of a deployment' },
				},
			},
			TemplateId: { displayName: 'Template ID', description: 'Template to replace, delete or deploy; empty on Save creates a new one' },
			templateName: { displayName: 'Template Name', description: 'Name of the template' },
			siteTemplates: {
				displayName: 'Site Templates',
				description: 'JSON array of sites: displayName, description, siteType, createAs, language, permissions and libraries (name, description, permissions)',
				placeholder: 'e.g. [{"displayName": "Finance", "siteType": "sharePoint", "permissions": [{"Group": "Finance Team", "Name": "Edit"}], "libraries": [{"name": "Invoices"}]}]',
			},
			siteType: {
				displayName: 'Site Type for All Sites',
				description: 'Used for every site when Override Site Type is on',
				options: { sharePoint: { name: 'SharePoint Site' }, teams: { name: 'Team' } },
			},
			overrideSiteType: toggle('Override Site Type', 'Whether every site uses Site Type for All Sites'),
			createMissingGroups: toggle('Create Missing Groups', 'Whether groups named in permissions are created as security groups when missing'),
			skipIfExists: toggle('Skip Existing Sites', 'Whether sites or teams that already exist are left untouched'),
			SiteOwner: { displayName: 'Owner', description: 'User principal name that owns every site or team created', placeholder: 'e.g. jane@contoso.com' },
			DeploymentId: { displayName: 'Deployment ID', description: 'ID returned by Deploy' },
		},
	},
	ExecTeamsVoicePhoneNumberAssignment: {
		name: 'Assign Teams Phone Number',
		description: 'Assign a phone number to a Teams user or resource account, or set only its emergency location',
		fields: {
			input: {
				displayName: 'Assign To',
				description: 'JSON {"value": user principal name or object ID}, or {"value": location ID} with Location Only',
				placeholder: 'e.g. {"value": "jane@contoso.com"}',
			},
			PhoneNumber: { displayName: 'Phone Number', description: 'Number to assign', placeholder: 'e.g. +31201234567' },
			PhoneNumberType: { displayName: 'Number Type', description: 'How the number is provided; needed to assign', options: NUMBER_TYPES },
			locationOnly: toggle('Location Only', 'Whether to set only the emergency location of the number'),
			AssignmentCategory: { displayName: 'Assignment Category', description: 'Kind of assignment, e.g. primary, private or alternate' },
		},
	},
	ListDeletedSites: {
		name: 'Get Many Deleted Sites',
		description: 'Deleted SharePoint sites that can still be restored, with days remaining',
		fields: {},
	},
	ListSPOVersionCleanup: {
		name: 'Get File Version Cleanup Status',
		description: 'Whether a file version cleanup job runs on a site and what it removed',
		fields: {
			SiteUrl: siteUrl(),
		},
	},
	ListSharePointExternalUsers: {
		name: 'Get Many External Users',
		description: 'Guests known to SharePoint, with their sites and Entra status; reads every site, so it can be slow',
		fields: {},
	},
	ListSharePointPermissions: {
		name: 'Get SharePoint Permissions Report',
		description: cachedReport('Library permissions and oversharing signals of a tenant'),
		fields: {},
	},
	ListSharePointSharing: {
		name: 'Get Sharing Report',
		description: cachedReport('SharePoint and OneDrive sharing links and sprawl signals of a tenant'),
		fields: {},
	},
	ListSharePointTemplates: {
		name: 'Get Many SharePoint Templates',
		description: 'SharePoint provisioning templates with their site and library counts',
		fields: {},
	},
	ListSharepointAdminUrl: {
		name: 'Get SharePoint Admin URL',
		description: "The tenant's SharePoint admin center URL (also cached on the tenant in CIPP)",
		fields: {
			ReturnUrl: { ...toggle('Return as JSON', 'Whether to return the URL in the answer; off answers with a redirect', true), promote: true },
		},
	},
	ListSharepointQuota: {
		name: 'Get SharePoint Storage Quota',
		description: 'SharePoint storage used and available in a tenant',
		fields: {},
	},
	ListSharepointSettings: {
		name: 'Get SharePoint Settings',
		description: "The tenant's SharePoint settings from Microsoft Graph",
		fields: {},
	},
	ListSiteActivity: {
		name: 'Get Site Activity',
		description: cachedReport('Activity of SharePoint and Teams sites'),
		fields: {
			Type: {
				displayName: 'Site Type',
				description: 'Only sites of this type',
				options: { SharePoint: { name: 'SharePoint Sites' }, TeamsSite: { name: 'Teams Sites' } },
			},
			siteId: { displayName: 'Site ID', description: 'Only this site' },
		},
	},
	ListSiteLibraries: {
		name: 'Get Many Site Libraries',
		description: 'Visible document libraries (and Site Pages) of a site',
		fields: {
			SiteId: { displayName: 'Site ID', description: 'Graph ID of the site' },
			SiteUrl: siteUrl('Site URL, when Site ID is empty'),
		},
	},
	ListSiteMembers: {
		name: 'Get Many Site Members',
		description: "Owners, members, visitors and site admins of a site, with Microsoft 365 group members expanded",
		fields: {
			SiteUrl: siteUrl(),
			SiteId: { displayName: 'Site ID', description: 'Graph ID of the site, when Site URL is empty' },
			Filter: { displayName: 'Filter', description: 'Only guests', options: { External: { name: 'External Users Only' } } },
		},
	},
	ListSitePermissions: {
		name: 'Get Site Permissions',
		description: 'Who holds which permission level on a site or library',
		fields: {
			SiteUrl: siteUrl(),
			ListId: listId,
		},
	},
	ListSiteProperties: {
		name: 'Get Site Properties',
		description: 'Sharing, lock, storage and version settings of one site',
		fields: {
			SiteUrl: siteUrl(),
		},
	},
	ListSiteRecycleBin: {
		name: 'Get Site Recycle Bin',
		description: "The 500 most recently deleted items in a site's recycle bin",
		fields: {
			SiteUrl: siteUrl(),
		},
	},
	ListSiteRoleDefinitions: {
		name: 'Get Many Permission Levels',
		description: 'Permission levels of a site, built-in and custom',
		fields: {
			SiteUrl: siteUrl(),
			IncludeUnassignable: toggle('Include Hidden Levels', 'Whether to include hidden levels and Limited Access'),
		},
	},
	ListSiteUserAccess: {
		name: 'Check User Site Access',
		description: 'Every way a user can reach a site or library: admin, direct, group, tenant-wide claims and sharing links',
		fields: {
			SiteUrl: siteUrl(),
			UserPrincipalName: { displayName: 'User', description: 'User principal name or object ID of the user', placeholder: 'e.g. jane@contoso.com' },
			ListId: listId,
		},
	},
	ListSites: {
		name: 'Get Many Sites',
		description: 'SharePoint sites or OneDrive accounts with usage',
		notice: REPORT_DB_NOTICE,
		fields: {
			Type: {
				displayName: 'Type',
				description: 'Sites or OneDrive accounts',
				default: 'SharePointSiteUsage',
				options: {
					SharePointSiteUsage: { name: 'SharePoint Sites' },
					OneDriveUsageAccount: { name: 'OneDrive Accounts' },
				},
			},
			URLOnly: toggle('With URL Only', 'Whether to leave out entries without a web URL'),
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListTeams: {
		name: 'Get Many Teams',
		description: 'Teams of a tenant, or one team with its channels, members, owners and apps',
		notice: REPORT_DB_NOTICE,
		fields: {
			type: {
				displayName: 'Return',
				description: 'All teams or one team',
				default: 'List',
				options: { List: { name: 'All Teams' }, Team: { name: 'One Team', description: 'With channels, members and apps' } },
			},
			ID: { displayName: 'Team ID', description: 'ID of the team to return' },
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListTeamsActivity: {
		name: 'Get Teams Activity',
		description: 'Teams chat, call and meeting counts per user over the last 30 days',
		notice: REPORT_DB_NOTICE,
		fields: {
			Type: { displayName: 'Report', description: 'Usage report name', default: 'TeamsUserActivityUser', placeholder: 'e.g. TeamsUserActivityUser' },
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListTeamsLisLocation: {
		name: 'Get Many Emergency Locations',
		description: 'Teams emergency (LIS) locations of a tenant',
		fields: {},
	},
	ListTeamsVoice: {
		name: 'Get Teams Phone Numbers',
		description: 'Teams phone numbers of a tenant and who they are assigned to',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
};
