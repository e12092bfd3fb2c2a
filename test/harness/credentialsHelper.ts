import { ICredentialsHelper } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';

/**
 * Credentials as n8n's CLI handles them, in memory: decrypting returns a fresh copy of what is
 * stored (as a database read would), `preAuthentication` runs only when the expirable field is
 * empty, the credential is being tested, or a request got 401, and its result is written back
 * to the store so the next execution reuses the token.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly store = new Map<string, ICredentialDataDecryptedObject>();

	/** How many times the credential type's preAuthentication hook actually ran. */
	preAuthenticationRuns = 0;

	/** How many times the stored credential was rewritten. */
	updates = 0;

	constructor(private readonly types: Map<string, ICredentialType>) {
		super();
	}

	private type(name: string): ICredentialType {
		const type = this.types.get(name);
		if (!type) throw new Error(`unknown credential type ${name}`);
		return type;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
			for (const [section, entries] of Object.entries(authenticate.properties)) {
				target[section] = target[section] ?? {};
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					target[section][key] = this.resolve(String(value), credentials, workflow, node);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	private resolve(value: string, credentials: ICredentialDataDecryptedObject, workflow?: Workflow, node?: INode): string {
		if (!value.startsWith('=')) return value;
		if (!workflow || !node) throw new Error('workflow and node are needed to resolve credential expressions');
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved === undefined || resolved === null ? '' : String(resolved);
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isCredentialTest = node.type === 'n8n-nodes-base.noOp' && node.parameters?.temp === '';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isCredentialTest) return undefined;

		this.preAuthenticationRuns += 1;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const id = node.credentials?.[typeName]?.id;
		if (id && this.store.has(id)) {
			this.store.set(id, { ...this.store.get(id), ...(output as ICredentialDataDecryptedObject) });
			this.updates += 1;
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const data = this.store.get(nodeCredentials.id ?? '');
		return {
			id: nodeCredentials.id,
			name: nodeCredentials.name,
			type,
			data: undefined,
			getData: () => ({ ...(data ?? {}) }),
			getDataToSave: () => ({ id: nodeCredentials.id, name: nodeCredentials.name, type, data: '' }),
			setData: () => undefined,
		} as unknown as ICredentials;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store.get(nodeCredentials.id ?? '');
		if (!data) throw new Error(`no credential stored under id ${nodeCredentials.id}`);
		return JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.set(nodeCredentials.id ?? '', { ...data });
		this.updates += 1;
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
