import type { CuratedField, CuratedResource } from './types';

/** GDAP: our words for the partner's delegated admin relationships, role mappings and invites. */

const relationshipId = (description = 'ID of the delegated admin relationship'): CuratedField => ({
	displayName: 'Relationship ID',
	description,
});

const roleMappingsField = (description: string): CuratedField => ({
	displayName: 'Role Mappings',
	description,
	placeholder: 'e.g. [{"GroupId": "…", "GroupName": "M365 GDAP Exchange Administrator", "RoleName": "Exchange Administrator", "roleDefinitionId": "29232cdf-9323-42fd-ade2-1d097af3e4de"}]',
});

export const GDAP: CuratedResource = {
	ExecAddGDAPRole: {
		name: 'Create GDAP Role Mappings',
		description: 'Create "M365 GDAP <role>" security groups in the partner tenant and map them to roles, or map existing groups to roles',
		fields: {
			Action: {
				displayName: 'Mode',
				description: 'Create groups for roles, map existing groups, or list the partner security groups',
				default: 'AddRoleSimple',
				options: {
					AddRoleSimple: { name: 'Create Groups for Roles', description: 'One "M365 GDAP <role>" group per role, created when missing' },
					AddRoleAdvanced: { name: 'Map Existing Groups', description: 'Map partner security groups you choose to roles' },
					ListGroups: { name: 'List Partner Groups', description: 'Return the partner tenant security groups that can be mapped' },
				},
			},
			gdapRoles: {
				displayName: 'Roles',
				description: 'JSON array of {"label": role name, "value": role template ID}; CIPP\'s recommended roles are used when empty',
				placeholder: 'e.g. [{"label": "Exchange Administrator", "value": "29232cdf-9323-42fd-ade2-1d097af3e4de"}]',
			},
			customSuffix: {
				displayName: 'Group Name Suffix',
				description: 'Text added to each group name, to keep separate groups per team for the same role',
				placeholder: 'e.g. Tier 2',
			},
			templateId: {
				displayName: 'Add to Role Template',
				description: 'Name of a GDAP role template to add the resulting mappings to',
				placeholder: 'e.g. CIPP Defaults',
			},
			mappings: {
				displayName: 'Mappings',
				description: 'JSON array of {"GroupId", "RoleName", "roleDefinitionId"}; groups not found in the partner tenant are skipped',
				placeholder: 'e.g. [{"GroupId": "…", "RoleName": "User Administrator", "roleDefinitionId": "fe930be7-5e62-47db-91af-98c3a49a38b1"}]',
			},
		},
	},
	ExecAutoExtendGDAP: {
		name: 'Enable GDAP Auto-Extend',
		description: 'Make a delegated admin relationship renew itself every 180 days',
		fields: {
			ID: relationshipId(),
		},
	},
	ExecDeleteGDAPRelationship: {
		name: 'Terminate GDAP Relationship',
		description: 'End a delegated admin relationship with a customer; this cannot be undone',
		fields: {
			GDAPId: relationshipId('ID of the relationship to terminate'),
		},
	},
	ExecDeleteGDAPRoleMapping: {
		name: 'Delete GDAP Role Mapping',
		description: "Remove a group-to-role mapping from CIPP; the security group and existing relationships are left as they are",
		fields: {
			GroupId: { displayName: 'Group ID', description: 'Object ID of the partner security group whose mapping is removed' },
		},
	},
	ExecGDAPAccessAssignment: {
		name: 'Reset GDAP Access Assignments',
		description: "Make a relationship's group assignments match a role template: removes, fixes and adds assignments",
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the relationship',
				default: 'ResetMappings',
				options: { ResetMappings: { name: 'Reset Mappings', description: 'Apply the role template to the relationship' } },
			},
			Id: relationshipId(),
			RoleTemplateId: { displayName: 'Role Template', description: 'Name of the GDAP role template to apply', placeholder: 'e.g. CIPP Defaults' },
		},
	},
	ExecGDAPInvite: {
		name: 'Manage GDAP Invite',
		description: 'Create a GDAP relationship invite from role mappings (returns the invite URL), or update or delete a stored invite',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'Create a new invite, or change or delete one CIPP stored',
				default: 'Create',
				options: {
					Create: { name: 'Create', description: 'Create a 2-year relationship and lock it for customer approval' },
					Update: { name: 'Update Reference', description: "Change a stored invite's internal reference" },
					Delete: { name: 'Delete', description: "Remove the invite from CIPP's list (the relationship request stays)" },
				},
			},
			roleMappings: roleMappingsField('JSON array of role mappings (as in a GDAP role template) that the relationship grants; applied to the groups once the customer accepts'),
			InviteId: { displayName: 'Invite ID', description: 'ID of the stored invite (the relationship ID)' },
			Reference: { displayName: 'Reference', description: 'Internal note stored with the invite, such as a customer name or ticket number' },
		},
	},
	ExecGDAPInviteApproved: {
		name: 'Process Approved GDAP Invites',
		description: 'Map groups for every invite the customer has accepted (runs in the background)',
		fields: {},
	},
	ExecGDAPRemoveGArole: {
		name: 'Remove Global Admin From GDAP Relationship',
		description: 'Drop the Global Administrator role from an active delegated admin relationship',
		fields: {
			GDAPId: relationshipId(),
		},
	},
	ExecGDAPRepairRoleMappings: {
		name: 'Repair GDAP Role Mappings',
		description: 'Point role mappings and role templates at the current partner security groups when group IDs went stale',
		fields: {},
	},
	ExecGDAPRoleTemplate: {
		name: 'Manage GDAP Role Templates',
		description: 'List GDAP role templates, or add mappings to, replace, rename or delete one',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'Leave empty to list all templates',
				options: {
					Add: { name: 'Add Mappings', description: 'Create the template or add mappings it lacks' },
					Edit: { name: 'Replace Mappings', description: "Replace the template's mappings, optionally renaming it" },
					Delete: { name: 'Delete', description: 'Delete the template' },
				},
			},
			TemplateId: { displayName: 'Template Name', description: 'Name of the role template', placeholder: 'e.g. CIPP Defaults' },
			RoleMappings: roleMappingsField('JSON array of role mappings to store in the template'),
			GroupId: { displayName: 'Group ID', description: 'Partner security group of a single mapping to add (instead of Role Mappings)' },
			roleDefinitionId: { displayName: 'Role Definition ID', description: 'Entra role template ID of the single mapping' },
			GroupName: { displayName: 'Group Name', description: 'Display name of the single mapping\'s group' },
			RoleName: { displayName: 'Role Name', description: 'Display name of the single mapping\'s role' },
			OriginalTemplateId: { displayName: 'Current Template Name', description: 'Current name of the template when renaming it' },
		},
	},
	ListGDAPAccessAssignments: {
		name: 'Get GDAP Access Assignments',
		description: 'Groups assigned in a delegated admin relationship, with their roles and members',
		fields: {
			Id: relationshipId(),
		},
	},
	ListGDAPContracts: {
		name: 'Get Many Partner Contracts',
		description: 'Customer contracts of the partner tenant from Microsoft Graph',
		fields: {
			$top: { displayName: 'Limit', description: 'Maximum number of contracts to return (default 300)' },
		},
	},
	ListGDAPInvite: {
		name: 'Get Many GDAP Invites',
		description: 'GDAP invites CIPP created, with their role mappings, invite and onboarding links',
		fields: {
			RelationshipId: { displayName: 'Relationship ID', description: 'Return only the invite for this relationship' },
		},
	},
	ListGDAPRelationships: {
		name: 'Get Many GDAP Relationships',
		description: 'Delegated admin relationships of the partner tenant, or one relationship',
		fields: {
			$filter: { displayName: 'Filter', description: 'OData filter on the relationships', placeholder: "e.g. status eq 'active'" },
			$top: { displayName: 'Limit', description: 'Maximum number of relationships to return (default 300)' },
			id: { displayName: 'Relationship ID', description: 'Return only this relationship' },
		},
	},
	ListGDAPRoles: {
		name: 'Get Many GDAP Role Mappings',
		description: 'Partner security groups mapped to admin roles in CIPP',
		fields: {},
	},
	ListGDAPServicePrincipals: {
		name: 'Get Many Partner Service Principals',
		description: "Service principals in a customer tenant owned by the partner tenant or by given vendor tenants",
		fields: {
			ownerType: {
				displayName: 'Owner',
				description: 'Whose applications to return',
				default: 'partner',
				options: {
					partner: { name: 'Partner Tenant', description: 'Apps owned by the CIPP partner tenant' },
					vendor: { name: 'Vendor Tenants', description: 'Apps owned by the tenants listed in Vendor Tenant IDs' },
				},
			},
			vendorTenantIds: { displayName: 'Vendor Tenant IDs', description: 'Comma-separated tenant IDs of the vendors' },
			$top: { displayName: 'Limit', description: 'Maximum number of service principals to return (default 999)' },
		},
	},
};
