/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test harness: runs in Node under jest, never inside n8n, and its errors are not node errors */
import { ExecutionLifecycleHooks, HookContext, LoadOptionsContext, PollContext, WorkflowExecute } from 'n8n-core';
import { NodeConnectionTypes, Workflow, createRunExecutionData } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	ResourceMapperFields,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { WebhookHost } from './webhookHost';

/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute) with the real node
 * and credential classes: a start node that emits the given items, then the node under test.
 */

class StartNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Start',
		name: 'test.start',
		group: ['input'],
		version: 1,
		description: 'Emits the items it is given',
		usableAsTool: undefined,
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getNodeParameter('items', 0) as unknown as IDataObject[] | string;
		const list = (typeof items === 'string' ? JSON.parse(items) : items) as IDataObject[];
		return [list.map((json) => ({ json }))];
	}
}

function startNode(items: IDataObject[]): INode {
	return { id: 'start', name: 'Start', type: 'test.start', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items) } };
}

export interface RunResult {
	status: string;
	items: INodeExecutionData[];
	/** Items of every output of the node under test (index 1 = error output). */
	outputs: INodeExecutionData[][];
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
	run: IRun;
}

export interface TriggerOptions {
	/** Defaults to the node type's current version. */
	typeVersion?: number;
	credentialId?: string;
	/** A CIPP Webhook Auth credential for the trigger (version 2). */
	webhookCredentialId?: string;
}

export interface NodeSettings {
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

export class TestRunner {
	readonly nodeTypes = new Map<string, INodeType | IVersionedNodeType>();

	readonly credentialTypes = new Map<string, ICredentialType>();

	readonly credentials: TestCredentialsHelper;

	readonly staticData: IDataObject = {};

	constructor(nodes: Record<string, INodeType | IVersionedNodeType>, credentialTypes: ICredentialType[]) {
		for (const type of credentialTypes) this.credentialTypes.set(type.name, type);
		this.credentials = new TestCredentialsHelper(this.credentialTypes);
		this.nodeTypes.set('test.start', new StartNode());
		for (const [name, type] of Object.entries(nodes)) this.nodeTypes.set(name, type);
	}

	private get registry(): INodeTypes {
		const types = this.nodeTypes;
		return {
			getByName: (name: string) => types.get(name) as INodeType | IVersionedNodeType,
			getByNameAndVersion: (name: string, version?: number) => this.nodeType(name, version),
			getKnownTypes: () => ({}),
		};
	}

	/** A node type at a version (a versioned type's default version when none is given), as n8n resolves it. */
	nodeType(name: string, version?: number): INodeType {
		const type = this.nodeTypes.get(name);
		if (!type) throw new Error(`unknown node type ${name}`);
		return 'nodeVersions' in type ? type.getNodeType(version) : type;
	}

	saveCredential(id: string, data: ICredentialDataDecryptedObject): void {
		this.credentials.store.set(id, { accessToken: '', ...data });
	}

	storedCredential(id: string): ICredentialDataDecryptedObject | undefined {
		return this.credentials.store.get(id);
	}

	private additionalData(workflow: Workflow, mode: WorkflowExecuteMode): IWorkflowExecuteAdditionalData {
		const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
			id: workflow.id,
			name: workflow.name,
			nodes: Object.values(workflow.nodes),
			connections: workflow.connectionsBySourceNode,
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		} as unknown as ConstructorParameters<typeof ExecutionLifecycleHooks>[2]);
		return {
			credentialsHelper: this.credentials,
			hooks,
			executeWorkflow: async () => {
				throw new Error('sub-workflows are not supported in tests');
			},
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: 'http://127.0.0.1/rest',
			instanceBaseUrl: 'http://127.0.0.1/',
			formBaseUrl: 'http://127.0.0.1/form',
			formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
			formTestBaseUrl: 'http://127.0.0.1/form-test',
			webhookBaseUrl: 'http://127.0.0.1/webhook',
			webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
			webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
			mcpBaseUrl: 'http://127.0.0.1/mcp',
			mcpTestBaseUrl: 'http://127.0.0.1/mcp-test',
			variables: {},
			userId: 'test-user',
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	/** Runs `Start → <nodeType>` once and returns what the node under test produced. */
	async run(
		nodeType: string,
		parameters: INodeParameters,
		options: {
			items?: IDataObject[];
			credentialId?: string;
			settings?: NodeSettings;
			mode?: WorkflowExecuteMode;
			/** Cancels the execution (as the editor's stop button does) this long after it starts. */
			cancelAfterMs?: number;
			/** The node's version in the workflow (default 1, as saved workflows of the first release have). */
			typeVersion?: number;
			/** Cancels the execution as soon as this is true (checked every 10 ms). */
			cancelWhen?: () => boolean;
		} = {},
	): Promise<RunResult> {
		const start = startNode(options.items ?? [{}]);
		const underTest: INode = {
			id: 'under-test',
			name: 'Node',
			type: nodeType,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters,
			credentials: { cippApi: { id: options.credentialId ?? 'cred-1', name: 'CIPP' } },
			...(options.settings ?? {}),
		};
		return await this.execute([start, underTest], options.mode ?? 'manual', options.cancelAfterMs, options.cancelWhen);
	}

	private async execute(nodes: INode[], mode: WorkflowExecuteMode, cancelAfterMs?: number, cancelWhen?: () => boolean): Promise<RunResult> {
		const [start, underTest] = nodes;
		const workflow = new Workflow({
			id: 'test-workflow',
			name: 'test',
			nodes,
			connections: {
				[start.name]: { main: [[{ node: underTest.name, type: NodeConnectionTypes.Main, index: 0 }]] },
			},
			active: false,
			nodeTypes: this.registry,
			staticData: this.staticData,
		});
		const runData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
			},
		});
		const execute = new WorkflowExecute(this.additionalData(workflow, mode), mode, runData);
		let run: IRun;
		let canceller: NodeJS.Timeout | undefined;
		let watcher: NodeJS.Timeout | undefined;
		try {
			const pending = execute.processRunExecutionData(workflow);
			if (cancelAfterMs !== undefined) canceller = setTimeout(() => pending.cancel(), cancelAfterMs);
			if (cancelWhen) {
				watcher = setInterval(() => {
					if (cancelWhen()) pending.cancel();
				}, 10);
			}
			run = await pending;
		} catch (error) {
			// n8n checks parameters (required, resource-locator patterns) before running the node.
			if ((error as Error).name !== 'WorkflowHasIssuesError') throw error;
			const issue = error as RunResult['error'];
			return { status: 'error', items: [], outputs: [], error: issue, run: { data: { resultData: { runData: {} } } } as unknown as IRun };
		} finally {
			clearTimeout(canceller);
			clearInterval(watcher);
		}
		const taskData = run.data.resultData.runData[underTest.name]?.[0];
		const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
		const error = (taskData?.error ?? run.data.resultData.error) as RunResult['error'];
		return { status: run.status, items: outputs[0] ?? [], outputs, error, run };
	}

	/** Settings of a trigger under test: its version and the credentials it holds. */
	private triggerWorkflow(
		nodeType: string,
		parameters: INodeParameters,
		options: TriggerOptions = {},
	): { workflow: Workflow; node: INode } {
		const versioned = this.nodeTypes.get(nodeType);
		const typeVersion = options.typeVersion ?? (versioned && 'nodeVersions' in versioned ? versioned.currentVersion : 1);
		const credentials: INode['credentials'] = { cippApi: { id: options.credentialId ?? 'cred-1', name: 'CIPP' } };
		if (options.webhookCredentialId) credentials.cippWebhookAuthApi = { id: options.webhookCredentialId, name: 'CIPP webhook' };
		const node: INode = {
			id: 'trigger',
			name: 'Trigger',
			type: nodeType,
			typeVersion,
			position: [0, 0],
			parameters,
			credentials,
		};
		const workflow = new Workflow({
			id: 'trigger-workflow',
			name: 'trigger test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: this.registry,
			staticData: this.staticData,
		});
		return { workflow, node };
	}

	/** One poll of a polling trigger, with the runner's static data (kept between polls). */
	async poll(
		nodeType: string,
		parameters: INodeParameters,
		options: TriggerOptions & { mode?: 'trigger' | 'manual' } = {},
	): Promise<INodeExecutionData[] | null> {
		const { workflow, node } = this.triggerWorkflow(nodeType, parameters, options);
		const mode = options.mode ?? 'trigger';
		const context = new PollContext(workflow, node, this.additionalData(workflow, mode), mode, 'activate');
		const type = this.nodeType(nodeType, node.typeVersion);
		const result = await type.poll!.call(context);
		return result ? result[0] : null;
	}

	/** Calls a node's listSearch method as the editor does, with the node's current parameters. */
	async listSearch(
		nodeType: string,
		method: string,
		parameters: INodeParameters,
		filter?: string,
		paginationToken?: string,
		options: TriggerOptions = {},
	): Promise<INodeListSearchResult> {
		const { workflow, node } = this.triggerWorkflow(nodeType, parameters, options);
		const additionalData = { ...this.additionalData(workflow, 'internal'), currentNodeParameters: parameters } as IWorkflowExecuteAdditionalData;
		const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.tenant');
		const search = this.nodeType(nodeType, node.typeVersion).methods?.listSearch?.[method];
		if (!search) throw new Error(`${nodeType} has no listSearch method ${method}`);
		return await search.call(context, filter, paginationToken);
	}

	/** Calls a node's resourceMapping method as the editor does, with the node's current parameters. */
	async resourceMapping(
		nodeType: string,
		method: string,
		parameters: INodeParameters,
		parameterName: string,
		options: TriggerOptions = {},
	): Promise<ResourceMapperFields> {
		const { workflow, node } = this.triggerWorkflow(nodeType, parameters, options);
		const additionalData = { ...this.additionalData(workflow, 'internal'), currentNodeParameters: parameters } as IWorkflowExecuteAdditionalData;
		const context = new LoadOptionsContext(workflow, node, additionalData, `parameters.${parameterName}`);
		const mapping = this.nodeType(nodeType, node.typeVersion).methods?.resourceMapping?.[method];
		if (!mapping) throw new Error(`${nodeType} has no resourceMapping method ${method}`);
		return await mapping.call(context);
	}

	/** Serves a webhook trigger node on a loopback port. */
	async hostWebhook(nodeType: string, parameters: INodeParameters, options: TriggerOptions = {}): Promise<WebhookHost> {
		const { workflow, node } = this.triggerWorkflow(nodeType, parameters, options);
		const type = this.nodeType(nodeType, node.typeVersion);
		return await new WebhookHost(workflow, node, type, () => this.additionalData(workflow, 'webhook')).start();
	}

	/**
	 * Runs a webhook lifecycle method (checkExists, create, delete) the way n8n does on activation
	 * and deactivation, with n8n-core's HookContext and the runner's static data.
	 */
	async webhookLifecycle(
		nodeType: string,
		parameters: INodeParameters,
		method: 'checkExists' | 'create' | 'delete',
		options: TriggerOptions & { productionUrl: string; activation?: WorkflowActivateMode },
	): Promise<boolean | undefined> {
		const { workflow, node } = this.triggerWorkflow(nodeType, parameters, options);
		const type = this.nodeType(nodeType, node.typeVersion);
		const base = new URL(options.productionUrl);
		const additionalData = {
			...this.additionalData(workflow, 'trigger'),
			webhookBaseUrl: `${base.origin}/webhook`,
			webhookTestBaseUrl: `${base.origin}/webhook-test`,
		} as IWorkflowExecuteAdditionalData;
		const webhookData = {
			httpMethod: 'POST',
			node: node.name,
			path: base.pathname.replace(/^\/webhook\//, ''),
			webhookDescription: type.description.webhooks![0],
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
		} as unknown as IWebhookData;
		const context = new HookContext(workflow, node, additionalData, 'trigger', options.activation ?? 'activate', webhookData);
		const lifecycle = type.webhookMethods?.default?.[method];
		if (!lifecycle) throw new Error(`${nodeType} has no webhook method ${method}`);
		return await lifecycle.call(context);
	}

	/** Evaluates an expression of a node's description (its subtitle) against the node's parameters, as the editor does. */
	evaluateNodeExpression(nodeType: string, parameters: INodeParameters, expression: string): unknown {
		const node: INode = { id: 'n', name: 'Node', type: nodeType, typeVersion: 1, position: [0, 0], parameters };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: this.registry });
		return workflow.expression.getSimpleParameterValue(node, expression, 'internal', {}, undefined, '');
	}

	/** Evaluates an n8n expression the way credential expressions are resolved. */
	evaluateCredentialExpression(expression: string, credentials: ICredentialDataDecryptedObject): unknown {
		const node: INode = { id: 'x', name: 'X', type: 'test.start', typeVersion: 1, position: [0, 0], parameters: {} };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: this.registry });
		return workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials }, undefined, '');
	}

	/**
	 * Runs a credential type's `test` request the way n8n's credential tester does: a temporary
	 * declarative node whose only parameter carries the request, run in `internal` mode, then the
	 * test's rules applied to the response.
	 */
	async testCredential(typeName: string, credentialId: string): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const type = this.credentialTypes.get(typeName);
		const test = type?.test as ICredentialTestRequest | undefined;
		if (!test) throw new Error(`${typeName} has no test request`);
		const probe: INodeType = {
			description: {
				displayName: 'Credential Test',
				name: 'n8n-nodes-base.noOp',
				group: ['transform'],
				version: 1,
				description: 'temporary node for a credential test',
				defaults: { name: 'Credential Test' },
				inputs: [NodeConnectionTypes.Main],
				outputs: [NodeConnectionTypes.Main],
				credentials: [{ name: typeName }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						default: '',
						routing: { request: test.request },
					},
				],
			},
		};
		this.nodeTypes.set('n8n-nodes-base.noOp', probe);
		const start = startNode([{}]);
		const node: INode = {
			id: 'probe',
			name: 'Credential Test',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [200, 0],
			parameters: { temp: '' },
			credentials: { [typeName]: { id: credentialId, name: 'under test' } },
		};
		const result = await this.execute([start, node], 'internal');
		if (result.error) return { status: 'Error', message: result.error.message };
		const body = result.items[0]?.json ?? {};
		for (const rule of test.rules ?? []) {
			if (rule.type === 'responseSuccessBody') {
				const value = rule.properties.key.split('.').reduce<unknown>(
					(current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined),
					body,
				);
				if (value === rule.properties.value) return { status: 'Error', message: rule.properties.message };
			}
		}
		return { status: 'OK', message: 'Connection successful!' };
	}
}
