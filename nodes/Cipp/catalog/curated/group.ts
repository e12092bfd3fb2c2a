import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

/** Groups: our words for creating, changing and listing groups and group templates. */

const GROUP_TYPES = {
	generic: { name: 'Security', description: 'Security group in Entra ID' },
	azurerole: { name: 'Security (Role-Assignable)', description: 'Security group that can hold admin roles' },
	m365: { name: 'Microsoft 365', description: 'Microsoft 365 group with a mailbox' },
	dynamic: { name: 'Dynamic Security', description: 'Security group whose members follow Membership Rule' },
	dynamicdistribution: { name: 'Dynamic Distribution List', description: 'Distribution list whose members follow Membership Rule (recipient filter)' },
	distribution: { name: 'Distribution List', description: 'Exchange distribution list' },
	security: { name: 'Mail-Enabled Security', description: 'Exchange mail-enabled security group' },
};

const LIVE_TYPES = {
	'Distribution List': 'Distribution List',
	'Mail-Enabled Security': 'Mail-Enabled Security',
	'Microsoft 365': 'Microsoft 365',
	Security: 'Security',
};

const SKU_EXAMPLE = 'e.g. 05e9a617-0261-4cee-bb44-138d3ef5d965';

const switchField = (displayName: string, description: string, extra: Partial<CuratedField> = {}): CuratedField => ({
	displayName,
	description,
	default: false,
	...extra,
});

/** Fields a group and a group template share. */
const GROUP_FIELDS: Record<string, CuratedField> = {
	displayName: { displayName: 'Display Name', description: 'Name of the group', placeholder: 'e.g. Sales Team' },
	groupType: { displayName: 'Group Type', description: 'Kind of group to create', options: GROUP_TYPES },
	description: { displayName: 'Description', description: 'Description of the group' },
	username: { displayName: 'Email Name', description: 'Mail nickname, the part of the address before the @ (or a full address)', placeholder: 'e.g. sales' },
	membershipRules: { displayName: 'Membership Rule', description: 'Dynamic membership rule, or recipient filter for a dynamic distribution list', placeholder: 'e.g. (user.department -eq "Sales")' },
	allowExternal: switchField('Allow External Senders', 'Whether people outside the organization can email the group (Exchange groups)'),
	hideFromGAL: switchField('Hide From Address List', 'Whether to hide the group from the global address list (Exchange groups)'),
	aliases: { displayName: 'Aliases', description: 'Extra email addresses, one per line (Exchange groups)', placeholder: 'e.g. sales-team@contoso.com' },
	licenses: { displayName: 'Licenses', description: 'SKU IDs assigned through group-based licensing (Security type only)', placeholder: SKU_EXAMPLE },
};

export const GROUP: CuratedResource = {
	AddGroup: {
		name: 'Create Group',
		description: 'Create a security, Microsoft 365, dynamic or Exchange group with owners and members, in one or more tenants',
		fields: {
			...GROUP_FIELDS,
			primDomain: { displayName: 'Domain', description: 'Domain of the group address; the tenant default domain when empty', placeholder: 'e.g. contoso.com', promote: true },
			primaryEmailAddress: { displayName: 'Primary Email Address', description: 'Full address to use when Domain is empty', placeholder: 'e.g. sales@contoso.com' },
			owners: { displayName: 'Owners', description: 'Owners by user object ID (Graph groups) or address (Exchange groups)', placeholder: 'e.g. jane@contoso.com' },
			members: { displayName: 'Members', description: 'Members by user object ID (Graph groups) or address (Exchange groups); ignored for dynamic groups', placeholder: 'e.g. jane@contoso.com' },
			disableNesting: switchField('Disable Nesting', 'Whether other groups are prevented from becoming members (Graph groups)'),
			subscribeMembers: switchField('Subscribe Members', 'Whether new members receive group emails in their inbox (Microsoft 365)'),
		},
	},
	AddGroupTeam: {
		name: 'Create Team From Group',
		description: 'Turn an existing Microsoft 365 group into a Microsoft Team; a very new group may need about 15 minutes first',
		fields: {
			GroupId: { displayName: 'Group ID', description: 'Object ID of the Microsoft 365 group' },
			TeamSettings: {
				displayName: 'Team Settings',
				description: 'Graph team settings as JSON; channel, messaging and Giphy defaults when empty',
				placeholder: 'e.g. {"memberSettings": {"allowCreateUpdateChannels": false}}',
			},
		},
	},
	AddGroupTemplate: {
		name: 'Save Group Template',
		description: 'Create or overwrite a reusable group definition that can be deployed to tenants or applied by standards',
		fields: {
			...GROUP_FIELDS,
			username: { ...GROUP_FIELDS.username, placeholder: 'e.g. sales@%tenantfilter%' },
			aliases: { ...GROUP_FIELDS.aliases, description: 'Extra email addresses, one per line; variables such as %tenantfilter% are allowed' },
			GUID: { displayName: 'Template ID', description: 'ID of an existing template to overwrite; leave empty to create a new one' },
		},
	},
	EditGroup: {
		name: 'Update Group',
		description: 'Change members, owners, contacts, devices, licenses, properties and mail settings of a group; only fields that are set change',
		fields: {
			groupId: { displayName: 'Group ID', description: 'Object ID of the group' },
			groupType: { displayName: 'Group Type', description: 'Type to assume only when Graph cannot tell', options: LIVE_TYPES },
			groupName: { displayName: 'Group Name', description: 'Name shown in the result messages' },
			displayName: { displayName: 'New Display Name', description: 'Rename the group' },
			description: { displayName: 'Description', description: 'New description' },
			mailNickname: { displayName: 'Mail Nickname', description: 'New mail nickname' },
			membershipRules: { displayName: 'Membership Rule', description: 'New dynamic membership rule', placeholder: 'e.g. (user.department -eq "Sales")' },
			AddMember: { displayName: 'Add Members', description: 'Users to add, by object ID or user principal name', placeholder: 'e.g. jane@contoso.com', promote: true },
			RemoveMember: { displayName: 'Remove Members', description: 'Members to remove, by object ID' },
			AddOwner: { displayName: 'Add Owners', description: 'Users to make owner, by object ID' },
			RemoveOwner: { displayName: 'Remove Owners', description: 'Owners to remove, by object ID' },
			AddContact: { displayName: 'Add Contacts', description: 'Mail contacts to add (distribution and mail-enabled security groups)' },
			RemoveContact: { displayName: 'Remove Contacts', description: 'Mail contacts to remove (distribution and mail-enabled security groups)' },
			AddDevice: { displayName: 'Add Devices', description: 'Devices to add, by Entra device object ID (security and Microsoft 365 groups)' },
			AddLicenses: { displayName: 'Add Licenses', description: 'SKU IDs to assign through the group (security groups)', placeholder: SKU_EXAMPLE },
			RemoveLicenses: { displayName: 'Remove Licenses', description: 'SKU IDs to stop assigning through the group (security groups)', placeholder: SKU_EXAMPLE },
			securityEnabled: { displayName: 'Security Enabled', description: 'Whether to make the group security-enabled; when off the current value is kept' },
			allowExternal: { displayName: 'Allow External Senders', description: 'Whether to let outside senders email the group; when off the setting is left unchanged (needs Mail)' },
			mail: { displayName: 'Mail', description: 'Primary address of the group, needed to change external senders', placeholder: 'e.g. sales@contoso.com' },
			visibility: { displayName: 'Visibility', description: 'Privacy of a Microsoft 365 group', options: { Public: 'Public', Private: 'Private' } },
			sendCopies: { displayName: 'Send Copies to Members', description: 'Whether members get group mail and events in their inbox; when off the setting is left unchanged' },
			hideFromOutlookClients: { displayName: 'Hide From Outlook', description: 'Whether to hide the Microsoft 365 group from Outlook; when off the setting is left unchanged' },
			tenantId: { displayName: 'Tenant ID Override', description: 'Tenant used for member, owner, license and Exchange changes; the selected tenant when empty' },
		},
	},
	ListGroupSenderAuthentication: {
		name: 'Get External Sender Setting',
		description: 'Whether a distribution list or Microsoft 365 group accepts mail from outside the organization',
		fields: {
			groupid: { displayName: 'Group', description: 'Object ID or address of the group', placeholder: 'e.g. sales@contoso.com' },
			Type: { displayName: 'Group Type', description: 'Kind of group', options: { 'Distribution List': 'Distribution List', 'Microsoft 365': 'Microsoft 365' } },
		},
	},
	ListGroupTemplates: {
		name: 'Get Many Group Templates',
		description: 'List saved group templates',
		fields: {
			id: { displayName: 'Template ID', description: 'Return only this template' },
		},
	},
	ListGroups: {
		name: 'Get Many Groups',
		description: 'List the groups of a tenant, or one group with its members, owners and mail settings',
		notice: REPORT_DB_NOTICE,
		fields: {
			groupID: { displayName: 'Group ID', description: 'Return only this group' },
			members: switchField('Include Members', 'Whether to include the members (needs Group ID)'),
			owners: switchField('Include Owners', 'Whether to include the owners (needs Group ID)'),
			groupType: { displayName: 'Group Type', description: 'Type of the group in Group ID, to also read its Exchange settings', options: LIVE_TYPES },
			expandMembers: switchField('Expand Members', 'Whether to add the members of every group when listing'),
			expandOwners: switchField('Expand Owners', 'Whether to add the owners of every group when listing (not together with Expand Members)'),
			UseReportDB: USE_REPORT_DB,
		},
	},
	RemoveGroupTemplate: {
		name: 'Delete Group Template',
		description: 'Delete a saved group template',
		fields: {
			ID: { displayName: 'Template ID', description: 'ID of the template to delete', placeholder: 'e.g. 3f2c9a4e-1b7d-4c55-9e0a-2d6f8b1c7e42' },
		},
	},
};
