import type { CuratedField, CuratedResource } from './types';

/** Users: our words for creating, changing, securing and offboarding Entra ID users. */

const USER_EXAMPLE = 'e.g. jane@contoso.com';
const SKU_EXAMPLE = 'e.g. 05e9a617-0261-4cee-bb44-138d3ef5d965';

/** The user an action applies to. */
const userRef = (description = 'Object ID or user principal name of the user'): CuratedField => ({
	displayName: 'User',
	description,
	placeholder: USER_EXAMPLE,
});

/** A name that only appears in the result message or log. */
const messageOnly = (displayName: string, what = 'Shown in the result message and the log only'): CuratedField => ({
	displayName,
	description: what,
});

const switchField = (displayName: string, description: string, extra: Partial<CuratedField> = {}): CuratedField => ({
	displayName,
	description,
	default: false,
	...extra,
});

/** Profile fields that create and update share. */
const PROFILE: Record<string, CuratedField> = {
	givenName: { displayName: 'First Name', description: 'Given name of the user', placeholder: 'e.g. Jane' },
	surname: { displayName: 'Last Name', description: 'Surname of the user', placeholder: 'e.g. Doe' },
	jobTitle: { displayName: 'Job Title', description: 'Job title shown in the address book' },
	department: { displayName: 'Department', description: 'Department the user works in' },
	companyName: { displayName: 'Company Name', description: 'Company the user works for' },
	mobilePhone: { displayName: 'Mobile Phone', description: 'Mobile phone number', placeholder: 'e.g. +31 6 12345678' },
	businessPhones: { displayName: 'Business Phones', description: 'Office phone numbers of the user' },
	otherMails: { displayName: 'Other Email Addresses', description: 'Alternative email addresses, comma-separated (used for self-service password reset)', placeholder: 'e.g. jane@example.com' },
	streetAddress: { displayName: 'Street Address', description: 'Street and number' },
	city: { displayName: 'City', description: 'City of the office' },
	state: { displayName: 'State or Province', description: 'State or province of the office' },
	postalCode: { displayName: 'Postal Code', description: 'Postal code of the office' },
	country: { displayName: 'Country', description: 'Country of the office, as text', placeholder: 'e.g. Netherlands' },
	usageLocation: { displayName: 'Usage Location', description: 'Two-letter country code; licenses cannot be assigned without it', placeholder: 'e.g. NL' },
	defaultAttributes: {
		displayName: 'Extra Attributes',
		description: 'JSON object of other Graph user properties, each as {"value": ...}',
		placeholder: 'e.g. {"employeeId": {"value": "1234"}}',
	},
	customData: {
		displayName: 'Custom Data',
		description: 'JSON object of extension attributes copied onto the user as they are',
		placeholder: 'e.g. {"extension_abc_costCenter": "42"}',
	},
	setManager: { displayName: 'Manager', description: 'User principal name or ID of the manager', placeholder: 'e.g. boss@contoso.com' },
	setSponsor: { displayName: 'Sponsor', description: 'User principal name or ID of the sponsor (mainly for guests)', placeholder: 'e.g. boss@contoso.com' },
	AddToGroups: { displayName: 'Add to Groups', description: 'Groups to add the user to, by group ID; CIPP works out whether a group is an Exchange group' },
	sherwebLicense: { displayName: 'Sherweb License to Buy', description: 'Sherweb SKU to purchase before the licenses are assigned (needs the Sherweb integration)' },
	MustChangePass: switchField('Must Change Password', 'Whether the user must choose a new password at the next sign-in'),
	password: { displayName: 'Password', description: 'Password to set; leave empty to let CIPP generate one' },
	Scheduled: {
		displayName: 'Schedule',
		description: 'Run later instead of now: JSON with enabled (true) and date (Unix seconds)',
		placeholder: 'e.g. {"enabled": true, "date": 1767225600}',
	},
	PostExecution: {
		displayName: 'Notify When Done',
		description: 'For a scheduled run: JSON with the switches Webhook, Email and PSA',
		placeholder: 'e.g. {"Webhook": false, "Email": true, "PSA": false}',
	},
	reference: { displayName: 'Reference', description: 'Free text stored with the scheduled task, such as a ticket number' },
};

const CALENDAR_ROLES = {
	Owner: 'Owner',
	PublishingEditor: 'Publishing Editor',
	Editor: 'Editor',
	PublishingAuthor: 'Publishing Author',
	Author: 'Author',
	NonEditingAuthor: 'Non-Editing Author',
	Reviewer: 'Reviewer',
	Contributor: 'Contributor',
	AvailabilityOnly: 'Availability Only',
	LimitedDetails: 'Limited Details',
};

const MAILBOX_PERMISSIONS = { FullAccess: 'Full Access', SendAs: 'Send As', SendOnBehalf: 'Send on Behalf' };

const EXPIRE_ACTIONS = {
	DeleteUser: { name: 'Delete User', description: 'Delete the account when the access ends' },
	DisableUser: { name: 'Disable User', description: 'Block sign-in when the access ends' },
	RemoveRoles: { name: 'Remove Roles', description: 'Take the admin roles away, keep the account' },
	RemoveGroups: { name: 'Remove Groups', description: 'Take the group memberships away, keep the account' },
	RemoveRolesAndGroups: { name: 'Remove Roles and Groups', description: 'Take roles and groups away, keep the account' },
};

/** Fields of a JIT admin template (create and update). */
const JIT_TEMPLATE: Record<string, CuratedField> = {
	templateName: { displayName: 'Template Name', description: 'Name of the template, unique per tenant', placeholder: 'e.g. Helpdesk 4 hours' },
	defaultForTenant: switchField('Default for Tenant', "Whether this template is pre-selected for the tenant (clears the flag on the tenant's other templates)"),
	defaultUseRoles: switchField('Use Roles', 'Whether the template grants admin roles'),
	defaultRoles: { displayName: 'Roles', description: 'Admin roles to grant, by role template ID', placeholder: 'e.g. 62e90394-69f5-4237-9190-012177145e10' },
	defaultUseGroups: switchField('Use Groups', 'Whether the template adds group memberships'),
	defaultGroups: { displayName: 'Groups', description: 'Groups to add the admin to, by group ID' },
	defaultDuration: { displayName: 'Duration', description: 'How long the access lasts, as an ISO 8601 duration', placeholder: 'e.g. PT4H or P1D' },
	defaultExpireAction: { displayName: 'When Access Ends', description: 'What happens to the admin account at the end', options: EXPIRE_ACTIONS },
	defaultNotificationActions: {
		displayName: 'Notifications',
		description: 'Channels notified when the tasks run',
		options: { Webhook: 'Webhook', email: 'Email', PSA: 'PSA' },
	},
	generateTAPByDefault: switchField('Create Temporary Access Pass', 'Whether a Temporary Access Pass is created by default'),
	reasonTemplate: { displayName: 'Reason Text', description: 'Default reason text filled in for each grant' },
	defaultUserAction: {
		displayName: 'User',
		description: 'Whether grants create a new admin account or use an existing user',
		options: {
			create: { name: 'Create New User', description: 'Create a dedicated admin account' },
			select: { name: 'Use Existing User', description: 'Grant the access to an existing user (not for AllTenants templates)' },
		},
	},
	defaultExistingUser: { displayName: 'Existing User', description: 'User to pre-select when the template uses an existing user', placeholder: USER_EXAMPLE },
	defaultFirstName: { displayName: 'First Name', description: 'First name for new admin accounts' },
	defaultLastName: { displayName: 'Last Name', description: 'Last name for new admin accounts' },
	defaultUserName: { displayName: 'Username', description: 'Part before the @ for new admin accounts', placeholder: 'e.g. jit-admin' },
	defaultUsageLocation: { displayName: 'Usage Location', description: 'Two-letter country code for new admin accounts', placeholder: 'e.g. NL' },
	defaultDomain: { displayName: 'Domain', description: 'Domain for new admin accounts (ignored for AllTenants templates)', placeholder: 'e.g. contoso.com' },
};

/** Offboarding switches, with the ones most runs use shown on the node. */
const offboardSwitch = (displayName: string, description: string, promote = false): CuratedField =>
	switchField(displayName, description, promote ? { promote: true } : {});

export const USER: CuratedResource = {
	AddGuest: {
		name: 'Invite Guest',
		description: 'Invite an external person as a guest user, optionally emailing the invitation',
		fields: {
			mail: { displayName: 'Email', description: 'Email address of the person to invite', placeholder: 'e.g. name@example.com' },
			displayName: { displayName: 'Display Name', description: 'Name the guest gets in the directory', placeholder: 'e.g. Jane Doe' },
			sendInvite: switchField('Send Invitation Email', 'Whether Microsoft emails the invitation to the guest', { promote: true }),
			message: { displayName: 'Message', description: 'Personal text added to the invitation email' },
			redirectUri: { displayName: 'Redirect URL', description: 'Where the guest lands after accepting (default My Apps)', placeholder: 'e.g. https://myapps.microsoft.com' },
		},
	},
	AddJITAdminTemplate: {
		name: 'Create JIT Admin Template',
		description: 'Save defaults for just-in-time admin grants (roles, groups, duration, expiry action) for a tenant or for AllTenants',
		fields: JIT_TEMPLATE,
	},
	AddUser: {
		name: 'Create User',
		description: 'Create a user with licenses, groups, aliases, manager and shared mailbox access; the password is in the output',
		fields: {
			DisplayName: { displayName: 'Display Name', description: 'Full name shown in the directory', placeholder: 'e.g. Jane Doe' },
			username: { displayName: 'Username', description: 'Part of the user principal name before the @', placeholder: 'e.g. jane.doe' },
			Domain: { displayName: 'Domain', description: 'Domain of the user principal name', placeholder: 'e.g. contoso.com', promote: true },
			PrimDomain: { displayName: 'Domain (Picker Value)', description: 'Same as Domain, as a {value} pick; only used when Domain is empty', placeholder: 'e.g. contoso.com' },
			mailNickname: { displayName: 'Mail Nickname', description: 'Mail alias to use when Username is empty (the user principal name still needs Username)' },
			...PROFILE,
			givenName: { ...PROFILE.givenName, promote: true },
			surname: { ...PROFILE.surname, promote: true },
			usageLocation: { ...PROFILE.usageLocation, promote: true },
			licenses: { displayName: 'Licenses', description: 'SKU IDs of the licenses to assign (see Report > Get Licenses)', placeholder: SKU_EXAMPLE, promote: true },
			MustChangePass: { ...PROFILE.MustChangePass, default: true, promote: true },
			AddedAliases: { displayName: 'Aliases', description: 'Extra email addresses, separated by spaces or new lines', placeholder: 'e.g. j.doe@contoso.com' },
			copyFrom: { displayName: 'Copy Groups From User', description: 'User whose group memberships the new user gets', placeholder: USER_EXAMPLE },
			sharedMailboxes: { displayName: 'Shared Mailboxes', description: "Shared mailboxes of the tenant to give the user access to, 15 minutes after creation", placeholder: 'e.g. info@contoso.com' },
			sharedMailboxPermission: { displayName: 'Shared Mailbox Permissions', description: 'Permissions granted on those mailboxes (Full Access when empty)', options: MAILBOX_PERMISSIONS },
			sharedCalendars: { displayName: 'Shared Calendars', description: 'Shared mailboxes whose calendar the user is invited to, 15 minutes after creation', placeholder: 'e.g. planning@contoso.com' },
			sharedCalendarPermission: { displayName: 'Shared Calendar Permission', description: 'Calendar role granted (Editor when empty)', options: CALENDAR_ROLES },
		},
	},
	AddUserBulk: {
		name: 'Create Users in Bulk',
		description: 'Create many users in one request, with shared licenses and usage location; each password is in the output',
		fields: {
			BulkUser: {
				displayName: 'Users',
				description: 'JSON array of users, each with mailNickName, domain and displayName (or givenName and surname); other Graph user properties are copied',
				placeholder: 'e.g. [{"mailNickName": "jane.doe", "domain": "contoso.com", "displayName": "Jane Doe"}]',
			},
			licenses: { displayName: 'Licenses', description: 'SKU IDs of the licenses every new user gets', placeholder: SKU_EXAMPLE },
			usageLocation: PROFILE.usageLocation,
		},
	},
	AddUserDefaults: {
		name: 'Save New User Template',
		description: 'Create or overwrite a template of defaults that the Create User form applies (domain, licenses, groups, address, shared access)',
		fields: {
			templateName: { displayName: 'Template Name', description: 'Name of the template', placeholder: 'e.g. Sales staff' },
			GUID: { displayName: 'Template ID', description: 'ID of an existing template to overwrite; leave empty to create a new one' },
			defaultForTenant: switchField('Default for Tenant', 'Whether the Create User form pre-selects this template for the tenant'),
			givenName: PROFILE.givenName,
			surname: PROFILE.surname,
			displayName: { displayName: 'Display Name', description: 'Default display name text' },
			usernameFormat: { displayName: 'Username Format', description: 'Pattern the form uses to build usernames', placeholder: 'e.g. %FirstName%.%LastName%' },
			usernameSpaceHandling: {
				displayName: 'Spaces in Username',
				description: 'What the form does with spaces in names when building the username',
				options: { keep: 'Keep', remove: 'Remove', replace: 'Replace' },
			},
			usernameSpaceReplacement: { displayName: 'Space Replacement', description: 'Character that replaces spaces when Spaces in Username is Replace', placeholder: 'e.g. .' },
			primDomain: { displayName: 'Domain', description: 'Default domain of new users', placeholder: 'e.g. contoso.com' },
			addedAliases: { displayName: 'Aliases', description: 'Default extra email addresses, separated by spaces or new lines' },
			Autopassword: switchField('Generate Password', 'Whether the form generates the password'),
			password: PROFILE.password,
			MustChangePass: PROFILE.MustChangePass,
			usageLocation: PROFILE.usageLocation,
			licenses: { displayName: 'Licenses', description: 'Default licenses, by SKU ID', placeholder: SKU_EXAMPLE },
			removeLicenses: switchField('Remove Licenses', 'Whether the form has its remove-all-licenses switch on'),
			jobTitle: PROFILE.jobTitle,
			streetAddress: PROFILE.streetAddress,
			city: PROFILE.city,
			state: PROFILE.state,
			postalCode: PROFILE.postalCode,
			country: PROFILE.country,
			companyName: PROFILE.companyName,
			department: PROFILE.department,
			mobilePhone: PROFILE.mobilePhone,
			businessPhones: PROFILE.businessPhones,
			'businessPhones[0]': { displayName: 'Business Phone', description: 'Single office phone number, used when Business Phones is empty' },
			otherMails: PROFILE.otherMails,
			setManager: PROFILE.setManager,
			setSponsor: PROFILE.setSponsor,
			copyFrom: { displayName: 'Copy Groups From User', description: 'User whose group memberships new users get', placeholder: USER_EXAMPLE },
			addToGroups: { displayName: 'Groups', description: 'Groups new users join, by group ID' },
			groupMemberships: { displayName: 'Groups (Older Name)', description: 'Same as Groups; only used when Groups is empty' },
			sharedMailboxes: { displayName: 'Shared Mailboxes', description: 'Shared mailboxes new users get access to', placeholder: 'e.g. info@contoso.com' },
			sharedMailboxPermission: { displayName: 'Shared Mailbox Permissions', description: 'Permissions granted on those mailboxes', options: MAILBOX_PERMISSIONS },
			sharedCalendars: { displayName: 'Shared Calendars', description: 'Shared mailboxes whose calendar new users are invited to', placeholder: 'e.g. planning@contoso.com' },
			sharedCalendarPermission: { displayName: 'Shared Calendar Permission', description: 'Calendar role granted', options: CALENDAR_ROLES },
		},
	},
	EditJITAdminTemplate: {
		name: 'Update JIT Admin Template',
		description: 'Replace the settings of a JIT admin template; settings left out are cleared, not kept',
		fields: {
			GUID: { displayName: 'Template ID', description: 'ID of the template to update', placeholder: 'e.g. 3f2c9a4e-1b7d-4c55-9e0a-2d6f8b1c7e42' },
			...JIT_TEMPLATE,
		},
	},
	EditUser: {
		name: 'Update User',
		description: 'Change profile fields, password, licenses, groups, aliases, manager and sponsor of a user; empty fields are left unchanged',
		fields: {
			id: { displayName: 'User ID', description: 'Object ID of the user (a user principal name works for profile changes, not for group changes)', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			username: { displayName: 'Username', description: 'Part of the user principal name before the @; send the current one unless renaming', placeholder: 'e.g. jane.doe' },
			Domain: { displayName: 'Domain', description: 'Domain of the user principal name; send the current one unless renaming', placeholder: 'e.g. contoso.com', promote: true },
			primDomain: { displayName: 'Domain (Picker Value)', description: 'Same as Domain, as a {value} pick; only used when Domain is empty', placeholder: 'e.g. contoso.com' },
			DisplayName: { displayName: 'Display Name', description: 'New display name', placeholder: 'e.g. Jane Doe' },
			mailNickname: { displayName: 'Mail Nickname', description: 'Mail alias to set when Username is empty' },
			...PROFILE,
			clearProperties: {
				displayName: 'Clear Properties',
				description: 'Profile properties to empty (empty fields are otherwise left unchanged)',
				options: {
					givenName: 'First Name',
					surname: 'Last Name',
					department: 'Department',
					jobTitle: 'Job Title',
					mobilePhone: 'Mobile Phone',
					streetAddress: 'Street Address',
					city: 'City',
					state: 'State or Province',
					postalCode: 'Postal Code',
					country: 'Country',
					companyName: 'Company Name',
					businessPhones: 'Business Phones',
					otherMails: 'Other Email Addresses',
				},
			},
			password: { displayName: 'New Password', description: 'Set this password; the result shows it' },
			licenses: { displayName: 'Licenses', description: 'SKU IDs the user should have; current licenses not listed are removed', placeholder: SKU_EXAMPLE },
			removeLicenses: switchField('Remove All Licenses', 'Whether to remove every license of the user'),
			AddedAliases: { displayName: 'Add Aliases', description: 'Email addresses to add, separated by spaces or new lines', placeholder: 'e.g. j.doe@contoso.com' },
			CopyFrom: { displayName: 'Copy Groups From User', description: 'User whose group memberships this user also gets', placeholder: USER_EXAMPLE },
			RemoveFromGroups: { displayName: 'Remove From Groups', description: 'Groups to remove the user from, by group ID' },
		},
	},
	EditUserAliases: {
		name: 'Update Email Aliases',
		description: "Add or remove proxy addresses of a user's mailbox, or change its primary address (needs an Exchange mailbox)",
		fields: {
			id: userRef('Object ID or user principal name of the mailbox user'),
			AddedAliases: { displayName: 'Add Aliases', description: 'Addresses to add, comma-separated', placeholder: 'e.g. j.doe@contoso.com, jane@contoso.nl' },
			RemovedAliases: { displayName: 'Remove Aliases', description: 'Addresses to remove, comma-separated', placeholder: 'e.g. old@contoso.com' },
			MakePrimary: { displayName: 'New Primary Address', description: 'One of the existing addresses to make the primary SMTP address', placeholder: 'e.g. jane.doe@contoso.com' },
		},
	},
	ExecBECCheck: {
		name: 'Start Compromise Check',
		description: 'Start a business email compromise investigation of a user, or read its result by Check ID once it has finished',
		fields: {
			userid: { displayName: 'User ID', description: 'Object ID of the user to investigate', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			userName: { displayName: 'User Principal Name', description: 'Sign-in name of the user, used for the Exchange look-ups', placeholder: USER_EXAMPLE },
			GUID: { displayName: 'Check ID', description: 'ID returned when the check started; returns the result, or Waiting while it runs' },
			overwrite: switchField('Start Again', 'Whether to run a fresh check even when a result is stored'),
		},
	},
	ExecBECRemediate: {
		name: 'Remediate Compromised User',
		description: 'Reset the password, block sign-in, revoke sessions, remove MFA methods, disable inbox rules and stop OneDrive sharing',
		fields: {
			userid: { displayName: 'User ID', description: 'Object ID of the user', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			username: { displayName: 'User Principal Name', description: 'Sign-in name of the user', placeholder: USER_EXAMPLE },
		},
	},
	ExecBulkLicense: {
		name: 'Change Licenses',
		description: 'Add, remove or replace licenses of a user; each input item is one user, sent together in one request',
		fields: {
			userIds: { displayName: 'User ID', description: 'Object ID of the user (only the first ID of an item is used)', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			LicenseOperation: {
				displayName: 'Operation',
				description: 'What to do with the licenses',
				options: {
					Add: { name: 'Add', description: 'Assign the licenses in Licenses' },
					Remove: { name: 'Remove', description: 'Remove the licenses in Licenses to Remove, or all' },
					Replace: { name: 'Replace', description: 'Swap licenses the user has for the ones in Licenses' },
				},
			},
			Licenses: { displayName: 'Licenses', description: 'SKU IDs to assign (Add and Replace)', placeholder: SKU_EXAMPLE, promote: true },
			LicensesToRemove: { displayName: 'Licenses to Remove', description: 'SKU IDs to remove; licenses the user does not have are skipped', placeholder: SKU_EXAMPLE },
			RemoveAllLicenses: switchField('Remove All Licenses', 'Whether to remove every license the user has (Remove)'),
			LicensesToReplace: { displayName: 'Licenses to Replace', description: 'SKU IDs to take away before adding (Replace)', placeholder: SKU_EXAMPLE },
			ReplaceAllLicenses: switchField('Replace All Licenses', 'Whether to take away every current license before adding (Replace)'),
		},
	},
	ExecClrImmId: {
		name: 'Clear Immutable ID',
		description: 'Clear the on-premises immutable ID of a user so it can be matched again; a soft-deleted user is restored first',
		fields: { ID: userRef() },
	},
	ExecCreateTAP: {
		name: 'Create Temporary Access Pass',
		description: 'Create a Temporary Access Pass for a user (the method must be enabled in the tenant); the pass is in the output',
		fields: {
			ID: userRef(),
			lifetimeInMinutes: { displayName: 'Lifetime (Minutes)', description: 'How long the pass is valid; the tenant policy default when empty', placeholder: 'e.g. 60' },
			isUsableOnce: switchField('Usable Once', 'Whether the pass works for a single sign-in only'),
			startDateTime: { displayName: 'Valid From', description: 'When the pass starts working: Unix seconds or a date and time', placeholder: 'e.g. 2026-01-05T08:00:00Z' },
		},
	},
	ExecDisableUser: {
		name: 'Block or Unblock Sign-In',
		description: 'Block a user from signing in, or allow it again; synced users report a warning to change it in local AD',
		fields: {
			ID: userRef(),
			Enable: switchField('Allow Sign-In', 'Whether to allow sign-in (on) or block it (off)', { promote: true }),
		},
	},
	ExecDismissRiskyUser: {
		name: 'Dismiss User Risk',
		description: 'Dismiss the Identity Protection risk of a user (needs Entra ID P2)',
		fields: {
			userId: { displayName: 'User ID', description: 'Object ID of the risky user', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			userDisplayName: messageOnly('Display Name'),
		},
	},
	ExecJITAdmin: {
		name: 'Grant JIT Admin',
		description: 'Give a new or existing user admin roles or groups for a limited time; CIPP removes them or the user when the time ends',
		fields: {
			userAction: {
				displayName: 'User',
				description: 'Create a dedicated admin account or use an existing user',
				default: 'select',
				options: {
					create: { name: 'Create New User', description: 'Create an admin account with the name below' },
					select: { name: 'Use Existing User', description: 'Grant the access to Existing User' },
				},
			},
			existingUser: { displayName: 'Existing User', description: 'User principal name or object ID of the user to elevate', placeholder: USER_EXAMPLE },
			FirstName: { displayName: 'First Name', description: 'First name of the new admin account' },
			LastName: { displayName: 'Last Name', description: 'Last name of the new admin account' },
			Username: { displayName: 'Username', description: 'Part before the @ of the new admin account', placeholder: 'e.g. jit-admin' },
			Domain: { displayName: 'Domain', description: 'Domain of the new admin account', placeholder: 'e.g. contoso.com' },
			usageLocation: { displayName: 'Usage Location', description: 'Two-letter country code of the new admin account', placeholder: 'e.g. NL' },
			AdminRoles: { displayName: 'Admin Roles', description: 'Roles to grant, by role template ID', placeholder: 'e.g. 62e90394-69f5-4237-9190-012177145e10', promote: true },
			GroupMemberships: { displayName: 'Groups', description: 'Groups to add the user to, by group ID' },
			StartDate: { displayName: 'Start (Unix Seconds)', description: 'When the access starts; now when empty', placeholder: 'e.g. 1767225600' },
			EndDate: { displayName: 'End (Unix Seconds)', description: 'When the access ends and the expiry action runs', placeholder: 'e.g. 1767254400' },
			ExpireAction: { displayName: 'When Access Ends', description: 'What happens to the account at the end', options: EXPIRE_ACTIONS },
			reason: { displayName: 'Reason', description: 'Why the access is needed; stored with the user and the tasks' },
			UseTAP: switchField('Create Temporary Access Pass', 'Whether to create a Temporary Access Pass instead of showing a password'),
			tapLifetimeInMinutes: { displayName: 'Pass Lifetime (Minutes)', description: 'Lifetime of the pass, within the tenant policy; the JIT duration when empty', placeholder: 'e.g. 240' },
			PostExecution: { displayName: 'Notifications', description: 'Channels notified when the scheduled tasks run', options: { webhook: 'Webhook', email: 'Email', PSA: 'PSA' } },
		},
	},
	ExecOffboardUser: {
		name: 'Offboard User',
		description: 'Queue CIPP offboarding for one or more users: block, reset, remove licenses and groups, convert the mailbox, and more',
		fields: {
			user: { displayName: 'Users', description: 'User principal names of the users to offboard', placeholder: USER_EXAMPLE },
			DisableSignIn: offboardSwitch('Block Sign-In', 'Whether to block the user from signing in', true),
			ResetPass: offboardSwitch('Reset Password', 'Whether to set a random password', true),
			RevokeSessions: offboardSwitch('Revoke Sessions', 'Whether to sign the user out of every session', true),
			RemoveMFADevices: offboardSwitch('Remove MFA Methods', "Whether to remove the user's MFA methods", true),
			RemoveLicenses: offboardSwitch('Remove Licenses', 'Whether to remove every license', true),
			RemoveGroups: offboardSwitch('Remove From Groups', 'Whether to remove the user from all groups', true),
			ConvertToShared: offboardSwitch('Convert to Shared Mailbox', 'Whether to convert the mailbox to a shared mailbox', true),
			HideFromGAL: offboardSwitch('Hide From Address List', 'Whether to hide the mailbox from the global address list', true),
			RemoveMobile: offboardSwitch('Remove Mobile Devices', "Whether to remove the user's mobile devices from Exchange"),
			RemoveRules: offboardSwitch('Remove Inbox Rules', "Whether to delete the user's inbox rules"),
			removeCalendarInvites: offboardSwitch('Cancel Meetings', 'Whether to cancel the meetings the user organises'),
			removePermissions: offboardSwitch('Remove Mailbox Permissions', 'Whether to remove the permissions the user holds on other mailboxes'),
			removeCalendarPermissions: offboardSwitch('Remove Calendar Permissions', 'Whether to remove the permissions the user holds on other calendars'),
			disableForwarding: offboardSwitch('Disable Forwarding', 'Whether to turn off mail forwarding'),
			DisableOneDriveSharing: offboardSwitch('Disable OneDrive Sharing', "Whether to stop sharing from the user's OneDrive"),
			RemoveTeamsPhoneDID: offboardSwitch('Remove Teams Phone Number', 'Whether to remove the Teams phone number assignment'),
			ClearImmutableId: offboardSwitch('Clear Immutable ID', 'Whether to clear the on-premises immutable ID (synced users: after deletion)'),
			DeleteUser: offboardSwitch('Delete User', 'Whether to delete the user as the last step'),
			forward: { displayName: 'Forward Mail To', description: 'Object ID or address of the recipient that receives forwarded mail', placeholder: 'e.g. manager@contoso.com' },
			KeepCopy: offboardSwitch('Keep Copy When Forwarding', "Whether to keep a copy of forwarded mail in the user's mailbox"),
			OOO: { displayName: 'Out of Office Message', description: 'Automatic reply set for internal and external senders (HTML allowed)' },
			AccessNoAutomap: { displayName: 'Grant Mailbox Access (No Automap)', description: 'Users who get full access to the mailbox without it appearing in their Outlook', placeholder: 'e.g. manager@contoso.com' },
			AccessAutomap: { displayName: 'Grant Mailbox Access (Automap)', description: 'Users who get full access to the mailbox, added to their Outlook', placeholder: 'e.g. manager@contoso.com' },
			OnedriveAccess: { displayName: 'Grant OneDrive Access', description: "Users who become site admins of the user's OneDrive", placeholder: 'e.g. manager@contoso.com' },
			Scheduled: PROFILE.Scheduled,
			PostExecution: { ...PROFILE.PostExecution, placeholder: 'e.g. {"webhook": false, "email": true, "psa": false}' },
			reference: PROFILE.reference,
		},
	},
	ExecOneDriveProvision: {
		name: 'Pre-Provision OneDrive',
		description: "Ask SharePoint to create users' OneDrive before their first sign-in",
		fields: {
			UserPrincipalName: { displayName: 'Users', description: 'User principal names whose OneDrive to create', placeholder: USER_EXAMPLE },
		},
	},
	ExecOneDriveShortCut: {
		name: 'Add OneDrive Shortcut',
		description: "Add a shortcut to a SharePoint site or folder in a user's OneDrive",
		fields: {
			username: userRef('User principal name or ID of the OneDrive owner'),
			siteUrl: { displayName: 'Site or Folder URL', description: 'URL of the SharePoint site, library or folder (browser links are accepted)', placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales/Shared Documents' },
		},
	},
	ExecPasswordNeverExpires: {
		name: 'Set Password Expiration',
		description: "Make a user's password never expire, or let it expire again by the tenant policy",
		fields: {
			userId: userRef(),
			PasswordPolicy: {
				displayName: 'Password Policy',
				description: 'Password policy flags to set on the user',
				default: 'DisablePasswordExpiration',
				options: {
					DisablePasswordExpiration: 'Never Expires',
					None: 'Expires by Tenant Policy',
					DisableStrongPassword: 'Allow Weak Password',
					'DisablePasswordExpiration, DisableStrongPassword': 'Never Expires and Allow Weak Password',
				},
			},
			userPrincipalName: messageOnly('User Principal Name'),
		},
	},
	ExecPerUserMFA: {
		name: 'Set Per-User MFA',
		description: 'Set the legacy per-user MFA state of a user',
		fields: {
			userPrincipalName: { displayName: 'User Principal Name', description: 'Sign-in name of the user', placeholder: USER_EXAMPLE },
			userId: { displayName: 'User ID', description: 'Object ID, used instead for guests (#EXT# names)' },
			State: {
				displayName: 'State',
				description: 'Per-user MFA state to set',
				options: { disabled: 'Disabled', enabled: 'Enabled', enforced: 'Enforced' },
			},
		},
	},
	ExecRemoveAdminRole: {
		name: 'Remove Admin Role',
		description: 'Remove users from a built-in Entra admin role (custom roles are not supported)',
		fields: {
			RoleTemplateId: { displayName: 'Role Template ID', description: 'Template ID of the role (preferred)', placeholder: 'e.g. 62e90394-69f5-4237-9190-012177145e10' },
			RoleId: { displayName: 'Role ID', description: 'ID of the activated role in the tenant, used when Role Template ID is empty' },
			RoleName: messageOnly('Role Name'),
			Users: { displayName: 'Users', description: 'Object IDs of the users to remove from the role' },
		},
	},
	ExecReprocessUserLicenses: {
		name: 'Reprocess Licenses',
		description: 'Ask Entra ID to re-evaluate the group-based license assignments of a user',
		fields: {
			ID: userRef(),
			userPrincipalName: messageOnly('User Principal Name'),
		},
	},
	ExecResetMFA: {
		name: 'Reset MFA',
		description: "Remove a user's MFA methods (all, or one) so the user registers again",
		fields: {
			ID: userRef(),
			MethodId: { displayName: 'Method ID', description: 'ID of one authentication method to remove; all methods when empty' },
		},
	},
	ExecResetPass: {
		name: 'Reset Password',
		description: "Reset a user's password to a random one; the new password (or a PwPush link) is in the output",
		fields: {
			ID: userRef(),
			MustChange: switchField('Must Change Password', 'Whether the user must choose a new password at the next sign-in', { default: true, promote: true }),
			displayName: messageOnly('Display Name'),
		},
	},
	ExecRestoreDeleted: {
		name: 'Restore Deleted Object',
		description: 'Restore a deleted user, group or other directory object from the recycle bin',
		fields: {
			ID: { displayName: 'Object ID', description: 'ID of the deleted object (see Get Many Deleted Objects)' },
			displayName: messageOnly('Display Name'),
			userPrincipalName: messageOnly('User Principal Name'),
		},
	},
	ExecRevokeSessions: {
		name: 'Revoke Sessions',
		description: 'Sign a user out of every session by invalidating all refresh tokens',
		fields: {
			id: userRef(),
			Username: messageOnly('Username'),
		},
	},
	ExecSendPush: {
		name: 'Send MFA Push',
		description: 'Send an MFA push or call to a user to verify identity; the user must have push or phone MFA',
		fields: {
			UserEmail: { displayName: 'User Principal Name', description: 'Sign-in name of the user', placeholder: USER_EXAMPLE },
		},
	},
	ExecSetCloudManaged: {
		name: 'Set Source of Authority',
		description: 'Switch a synced user, group or contact between cloud-managed and on-premises managed',
		fields: {
			ID: { displayName: 'Object ID', description: 'ID of the user, group or contact' },
			type: { displayName: 'Object Type', description: 'Kind of object', options: { User: 'User', Group: 'Group', Contact: 'Contact' } },
			isCloudManaged: switchField('Cloud Managed', 'Whether the object is managed in the cloud (on) or on-premises (off)', { promote: true }),
			displayName: messageOnly('Display Name'),
		},
	},
	ExecSetDefaultMFAMethod: {
		name: 'Set Default MFA Method',
		description: 'Set the MFA method a user is prompted with first (ignored while system-preferred MFA is on)',
		fields: {
			ID: userRef(),
			MethodType: {
				displayName: 'Method',
				description: 'Default second factor',
				options: {
					push: 'Authenticator Push',
					oath: 'Authenticator Code (OATH)',
					sms: 'Text Message',
					voiceMobile: 'Call Mobile Phone',
					voiceAlternateMobile: 'Call Alternate Mobile',
					voiceOffice: 'Call Office Phone',
				},
			},
		},
	},
	ExecSetUserPhoto: {
		name: 'Set or Remove Photo',
		description: 'Upload a profile photo for a user or remove it',
		fields: {
			userId: userRef(),
			action: { displayName: 'Action', description: 'Set or remove the photo', options: { set: 'Set', remove: 'Remove' } },
			photoData: { displayName: 'Photo (Base64)', description: 'JPEG image as base64 or a data: URL, at most 4 MB', placeholder: 'e.g. data:image/jpeg;base64,/9j/4AAQ...' },
		},
	},
	ListDeletedItems: {
		name: 'Get Many Deleted Objects',
		description: 'List deleted users, groups, applications and other objects that can still be restored',
		fields: {},
	},
	ListJITAdmin: {
		name: 'Get Many JIT Admins',
		description: 'List just-in-time admin users with their expiry, reason and memberships; AllTenants is filled in the background',
		fields: {},
	},
	ListJITAdminTemplates: {
		name: 'Get Many JIT Admin Templates',
		description: 'List JIT admin templates of a tenant, or of all tenants',
		fields: {
			GUID: { displayName: 'Template ID', description: 'Return only this template' },
			includeAllTenants: switchField('Include AllTenants Templates', 'Whether templates made for AllTenants are included', { default: true }),
		},
	},
	ListNewUserDefaults: {
		name: 'Get Many New User Templates',
		description: 'List the templates of defaults the Create User form offers',
		fields: {
			ID: { displayName: 'Template ID', description: 'Return only this template' },
			includeAllTenants: switchField('Include AllTenants Templates', 'Whether templates made for AllTenants are included', { default: true }),
		},
	},
	ListPerUserMFA: {
		name: 'Get Per-User MFA',
		description: 'Legacy per-user MFA state of one user or of every user',
		fields: {
			userId: userRef('User principal name or object ID of the user to read'),
			allUsers: switchField('All Users', 'Whether to return every user instead of one', { promote: true }),
		},
	},
	ListUserConditionalAccessPolicies: {
		name: 'Get CA Policies of User',
		description: 'Evaluate which Conditional Access policies apply to a user signing in to Office 365 (what-if)',
		fields: {
			UserID: { displayName: 'User ID', description: 'Object ID of the user', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
		},
	},
	ListUserCounts: {
		name: 'Get User Counts',
		description: 'Number of users, licensed users, global admins and guests in a tenant',
		fields: {},
	},
	ListUserDevices: {
		name: 'Get Devices of User',
		description: 'Devices a user owns, with compliance and the Intune device ID',
		fields: { UserID: userRef() },
	},
	ListUserGroups: {
		name: 'Get Groups of User',
		description: 'Groups a user is a direct member of, with their type',
		fields: { userId: userRef() },
	},
	ListUserMailboxDetails: {
		name: 'Get Mailbox Details of User',
		description: 'Mailbox settings, size, archive, holds, protocols and permissions of a user',
		fields: {
			UserID: userRef('Object ID or address of the mailbox user'),
			userMail: { displayName: 'Email Address', description: 'Primary address, to check whether it is blocked from sending', placeholder: USER_EXAMPLE },
		},
	},
	ListUserMailboxRules: {
		name: 'Get Inbox Rules of User',
		description: "Inbox rules of a user's mailbox, hidden rules included",
		fields: {
			UserID: userRef('Object ID or address of the mailbox user'),
			userEmail: messageOnly('Email Address', 'Shown in the error message only'),
		},
	},
	ListUserPhoto: {
		name: 'Get Photo',
		description: 'Profile photo of a user, returned as image data rather than JSON',
		fields: { UserID: userRef() },
	},
	ListUserSettings: {
		name: 'Get My CIPP Settings',
		description: 'CIPP user interface settings and offboarding defaults of the calling API user',
		fields: {},
	},
	ListUserSigninLogs: {
		name: 'Get Sign-Ins of User',
		description: 'Most recent sign-ins of one user (needs Entra ID P1)',
		fields: {
			UserID: { displayName: 'User ID', description: 'Object ID of the user', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			top: { displayName: 'Limit', description: 'How many sign-ins to return (50 when empty)', placeholder: 'e.g. 50' },
		},
	},
	ListUserTrustedBlockedSenders: {
		name: 'Get Trusted and Blocked Senders',
		description: "Entries of a mailbox's safe and blocked sender lists",
		fields: {
			UserID: userRef('Object ID or address of the mailbox user'),
			userPrincipalName: messageOnly('User Principal Name', 'Copied into each returned row'),
		},
	},
	ListUsers: {
		name: 'Get Many Users',
		description: 'List the users of a tenant with licenses, aliases and manager, or one user',
		fields: {
			UserID: { displayName: 'User', description: 'Return only this user (object ID or user principal name)', placeholder: USER_EXAMPLE },
			graphFilter: { displayName: 'Filter', description: 'OData filter on the users', placeholder: 'e.g. accountEnabled eq false' },
			IncludeLogonDetails: switchField('Include Last Sign-In', 'Whether to add the last sign-in from the audit log (needs User)'),
		},
	},
	PatchUser: {
		name: 'Patch User Properties',
		description: "Set Microsoft Graph user properties directly (send them as extra body fields); also sets manager and sponsor",
		fields: {
			id: userRef(),
			manager: { displayName: 'Manager', description: 'User principal name or ID of the new manager', placeholder: 'e.g. boss@contoso.com' },
			sponsor: { displayName: 'Sponsor', description: 'User principal name or ID of the new sponsor', placeholder: 'e.g. boss@contoso.com' },
		},
	},
	RemoveDeletedObject: {
		name: 'Permanently Delete Object',
		description: 'Remove a deleted object from the recycle bin for good; it cannot be restored afterwards',
		fields: {
			ID: { displayName: 'Object ID', description: 'ID of the deleted object (see Get Many Deleted Objects)' },
			displayName: messageOnly('Display Name'),
			userPrincipalName: messageOnly('User Principal Name'),
		},
	},
	RemoveJITAdminTemplate: {
		name: 'Delete JIT Admin Template',
		description: 'Delete a JIT admin template',
		fields: {
			ID: { displayName: 'Template ID', description: 'ID of the template to delete', placeholder: 'e.g. 3f2c9a4e-1b7d-4c55-9e0a-2d6f8b1c7e42' },
		},
	},
	RemoveTrustedBlockedSender: {
		name: 'Remove Trusted or Blocked Sender',
		description: "Remove an entry from a mailbox's safe senders, blocked senders or safe recipients list",
		fields: {
			userPrincipalName: { displayName: 'Mailbox', description: 'User principal name of the mailbox', placeholder: USER_EXAMPLE },
			typeProperty: {
				displayName: 'List',
				description: 'Which list to remove the entry from',
				options: {
					TrustedSendersAndDomains: 'Trusted Senders and Domains',
					BlockedSendersAndDomains: 'Blocked Senders and Domains',
					TrustedRecipientsAndDomains: 'Trusted Recipients and Domains',
				},
			},
			value: { displayName: 'Entry', description: 'Address or domain to remove', placeholder: 'e.g. sender@example.com' },
		},
	},
	RemoveUser: {
		name: 'Delete User',
		description: 'Delete a user; it stays restorable from the recycle bin for 30 days',
		fields: {
			ID: userRef('Object ID or user principal name of the user to delete'),
			userPrincipalName: messageOnly('User Principal Name'),
		},
	},
	RemoveUserDefaultTemplate: {
		name: 'Delete New User Template',
		description: 'Delete a template of new user defaults',
		fields: {
			ID: { displayName: 'Template ID', description: 'ID of the template to delete', placeholder: 'e.g. 3f2c9a4e-1b7d-4c55-9e0a-2d6f8b1c7e42' },
		},
	},
};
