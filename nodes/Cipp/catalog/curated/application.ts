import type { CuratedResource } from './types';

const APP_KINDS = { applications: 'App Registration', servicePrincipals: 'Enterprise App (Service Principal)' };

/** Applications: our words for app approval, app templates, permission sets and app credentials. */
export const APPLICATION: CuratedResource = {
	ExecAddMultiTenantApp: {
		name: 'Deploy Application to Tenants',
		description: 'Add a multi-tenant app with consented permissions to several tenants, manually or from an app approval template (runs in the background)',
		fields: {
			configMode: {
				displayName: 'Mode',
				description: 'Deploy from an app approval template or from an app ID with a permission list',
				options: { template: 'From Template', manual: 'Manual' },
				default: 'template',
			},
			selectedTemplate: {
				displayName: 'Template',
				description: 'App approval template as {value: template ID, label, addedFields: {AppId}}',
				placeholder: 'e.g. {"value": "<template ID>", "label": "Contoso App"}',
			},
			AppId: { displayName: 'App ID', description: 'Application (client) ID of the multi-tenant app', placeholder: 'e.g. 00000000-0000-0000-0000-000000000000' },
			permissions: { displayName: 'Permissions', description: 'JSON array of Microsoft Graph permissions as {id, origin: Delegated or Application}' },
			CopyPermissions: { displayName: 'Copy App Permissions', description: "Whether to use the permissions the app registration requests instead of the list", default: true },
		},
	},
	ExecAppApproval: {
		name: 'Get Admin Consent Links',
		description: 'Build an admin consent link per tenant for an app (default: the CIPP app); nothing is granted',
		fields: {
			ApplicationId: { displayName: 'App ID', description: 'Application (client) ID to consent; default is the CIPP app' },
		},
	},
	ExecAppApprovalTemplate: {
		name: 'Save App Approval Template',
		description: 'Save, read or delete an app approval template (an app plus its permissions) used to deploy apps to tenants',
		fields: {
			Action: { displayName: 'Action', description: 'What to do; empty lists every template', options: { Save: 'Save', Get: 'Get', Delete: 'Delete' }, default: 'Save' },
			TemplateId: { displayName: 'Template ID', description: 'Template to delete, or to overwrite when saving (empty creates a new one)' },
			TemplateName: { displayName: 'Template Name', description: 'Name shown when picking the template', placeholder: 'e.g. Contoso Line-of-Business App' },
			AppType: {
				displayName: 'App Type',
				description: 'How the app is deployed',
				options: {
					EnterpriseApp: { name: 'Enterprise App', description: 'Existing multi-tenant app, added by app ID' },
					GalleryTemplate: { name: 'Gallery App', description: 'App from the Entra application gallery' },
					ApplicationManifest: { name: 'Application Manifest', description: 'New app registration created from a manifest in each tenant' },
				},
				default: 'EnterpriseApp',
			},
			AppId: { displayName: 'App ID', description: 'Application (client) ID of the enterprise app' },
			AppName: { displayName: 'App Name', description: 'Display name of the app' },
			PermissionSetId: { displayName: 'Permission Set ID', description: 'Permission set whose permissions are consented (see App Permission Sets)' },
			PermissionSetName: { displayName: 'Permission Set Name', description: 'Name of the linked permission set, for display' },
			Permissions: { displayName: 'Permissions', description: 'JSON object keyed by resource app ID with applicationPermissions and delegatedPermissions lists; used without a permission set' },
			GalleryTemplateId: { displayName: 'Gallery Template ID', description: 'ID of the Entra gallery application template' },
			GalleryInformation: { displayName: 'Gallery Information', description: 'JSON details of the gallery app, kept for display' },
			ApplicationManifest: { displayName: 'Application Manifest', description: 'JSON app registration manifest, without keyCredentials or passwordCredentials' },
			IncludeInEnterpriseAppList: { displayName: 'Show in Enterprise Apps', description: 'Whether the deployed app is tagged to appear under Enterprise applications', default: false },
		},
	},
	ExecAppPermissionTemplate: {
		name: 'Save App Permission Set',
		description: 'Save or delete a named set of application and delegated permissions, or list the sets',
		fields: {
			Action: { displayName: 'Action', description: 'What to do; empty lists the permission sets', options: { Save: 'Save', Delete: 'Delete' }, default: 'Save' },
			TemplateId: { displayName: 'Set ID', description: 'Set to delete, or to overwrite when saving (empty creates a new one)' },
			TemplateName: { displayName: 'Set Name', description: 'Name of the permission set', placeholder: 'e.g. Mail Read Only' },
			Permissions: {
				displayName: 'Permissions',
				description: 'JSON object keyed by resource app ID, each with applicationPermissions and delegatedPermissions lists of {id, value}',
				placeholder: 'e.g. {"00000003-0000-0000-c000-000000000000": {"applicationPermissions": [], "delegatedPermissions": [{"id": "...", "value": "Mail.Read"}]}}',
			},
		},
	},
	ExecApplication: {
		name: 'Update Application',
		description: 'Update, upsert or delete an app registration or service principal, or remove some of its keys or secrets',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'Change to make',
				options: {
					Update: 'Update',
					Upsert: 'Create or Update',
					Delete: 'Delete',
					RemoveKey: 'Remove Certificates',
					RemovePassword: 'Remove Secrets',
				},
			},
			Type: { displayName: 'Object Type', description: 'Kind of object to change', options: APP_KINDS },
			Id: { displayName: 'Object ID', description: 'Object ID of the app registration or service principal' },
			AppId: { displayName: 'App ID', description: 'Application (client) ID, used when no object ID is given' },
			Payload: { displayName: 'Properties', description: 'JSON object of Graph properties to set', placeholder: 'e.g. {"displayName": "New name"}' },
			KeyIds: { displayName: 'Key IDs', description: 'Key IDs of the certificates or secrets to remove' },
		},
	},
	ExecCreateAppTemplate: {
		name: 'Create App Template From App',
		description: "Turn a tenant's multi-tenant app into an app approval template with a permission set; may copy the app to the partner tenant",
		fields: {
			AppId: { displayName: 'App ID', description: 'Application (client) ID of the app' },
			DisplayName: { displayName: 'Template Name', description: 'Name of the new template and its permission set', placeholder: 'e.g. Contoso App' },
			Type: {
				displayName: 'Read Permissions From',
				description: 'Where the permissions are taken from',
				options: { application: 'App Registration', servicePrincipal: 'Service Principal' },
				default: 'application',
			},
			Overwrite: { displayName: 'Overwrite', description: 'Whether to replace an existing template for this app', default: false },
		},
	},
	ExecManageAppCredentials: {
		name: 'Manage App Credentials',
		description: 'Add or rotate a client secret, or remove a secret or certificate, on an app; a new secret is returned once',
		fields: {
			Action: { displayName: 'Action', description: 'Change to make', options: { Add: 'Add Secret', Rotate: 'Rotate Secret', Remove: 'Remove' } },
			AppType: { displayName: 'Object Type', description: 'Kind of object that holds the credential', options: APP_KINDS, default: 'applications' },
			CredentialType: { displayName: 'Credential Type', description: 'Secret or certificate (only secrets can be added or rotated)', options: { password: 'Client Secret', key: 'Certificate' }, default: 'password' },
			Id: { displayName: 'Object ID', description: 'Object ID of the app registration or service principal' },
			AppId: { displayName: 'App ID', description: 'Application (client) ID, used when no object ID is given' },
			KeyId: { displayName: 'Key ID', description: 'Key ID of the credential to remove or rotate' },
			DisplayName: { displayName: 'Description', description: 'Description of the new secret', placeholder: 'e.g. n8n integration' },
			ExpiryMonths: { displayName: 'Expires in Months', description: 'Lifetime of the new secret in months', default: 12 },
			ExpiryDate: { displayName: 'Expiry (Unix Time)', description: 'Expiry of the new secret in Unix seconds; overrides the months' },
			EndDateTime: { displayName: 'Expiry Date', description: 'Expiry of the new secret as a date; overrides the other expiry fields', placeholder: 'e.g. 2026-12-31' },
		},
	},
	ListAppApprovalTemplates: {
		name: 'Get Many App Approval Templates',
		description: 'Saved app approval templates with their app and permissions',
		fields: {},
	},
	ListAppConsentRequests: {
		name: 'Get Many App Consent Requests',
		description: 'User requests for admin consent to apps in a tenant, with ready-made consent links',
		fields: {
			Filter: { displayName: 'Filter by Status', description: 'Whether to return only requests with the chosen status', default: false },
			RequestStatus: { displayName: 'Status', description: 'Request status to keep', placeholder: 'e.g. InProgress' },
		},
	},
};
