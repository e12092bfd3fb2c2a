import { ALERT } from './alert';
import { APPLICATION } from './application';
import { AUTOPILOT } from './autopilot';
import { CIPP_CORE } from './cippCore';
import { CIPP_SETTINGS } from './cippSettings';
import { COMPLIANCE } from './compliance';
import { CONDITIONAL_ACCESS } from './conditionalAccess';
import { CONTACT } from './contact';
import { DEVICE } from './device';
import { DOMAIN } from './domain';
import { EXCHANGE_TRANSPORT } from './exchangeTransport';
import { GDAP } from './gdap';
import { GROUP } from './group';
import { IDENTITY_REPORT } from './identityReport';
import { INTEGRATION } from './integration';
import { INTUNE_APP } from './intuneApp';
import { INTUNE_POLICY } from './intunePolicy';
import { MAILBOX } from './mailbox';
import { REPORT } from './report';
import { RESOURCE_MAILBOX } from './resourceMailbox';
import { SAFE_LINKS } from './safeLinks';
import { SCHEDULER } from './scheduler';
import { SECURITY } from './security';
import { SHARE_POINT_TEAMS } from './sharePointTeams';
import { SPAM_FILTER } from './spamFilter';
import { STANDARD } from './standard';
import { TENANT } from './tenant';
import { TOOL } from './tool';
import { USER } from './user';
import type { CuratedEndpoint, CuratedResource } from './types';

/**
 * Our words for every endpoint, one file per resource. A resource that has no file yet simply
 * has no curated words: its operations keep the generated names until the file is added here.
 */
export const CURATED_RESOURCES: readonly CuratedResource[] = [
	ALERT,
	APPLICATION,
	AUTOPILOT,
	CIPP_CORE,
	CIPP_SETTINGS,
	COMPLIANCE,
	CONDITIONAL_ACCESS,
	CONTACT,
	DEVICE,
	DOMAIN,
	EXCHANGE_TRANSPORT,
	GDAP,
	GROUP,
	IDENTITY_REPORT,
	INTEGRATION,
	INTUNE_APP,
	INTUNE_POLICY,
	MAILBOX,
	REPORT,
	RESOURCE_MAILBOX,
	SAFE_LINKS,
	SCHEDULER,
	SECURITY,
	SHARE_POINT_TEAMS,
	SPAM_FILTER,
	STANDARD,
	TENANT,
	TOOL,
	USER,
];

/** Every curated endpoint by its CIPP name (a test checks that no endpoint is in two files). */
export const CURATED: Readonly<Record<string, CuratedEndpoint>> = Object.assign({}, ...CURATED_RESOURCES) as Record<
	string,
	CuratedEndpoint
>;
