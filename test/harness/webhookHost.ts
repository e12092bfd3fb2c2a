/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { WebhookContext } from 'n8n-core';
import type { IDataObject, INode, INodeExecutionData, INodeType, IWebhookData, IWorkflowExecuteAdditionalData, Workflow } from 'n8n-workflow';

import { readBody } from './http';

/**
 * Hosts a trigger node's webhook on a loopback port the way n8n does: the request body is parsed,
 * the node's webhook() runs with n8n-core's WebhookContext, and when it returns workflow data the
 * items are recorded as one started execution. The response follows n8n's: 200 "Workflow was
 * started", the node's own webhookResponse, or whatever the node wrote itself.
 */

export interface StartedExecution {
	items: INodeExecutionData[];
	receivedAt: number;
}

interface ResponseShim {
	statusCode: number;
	headersSent: boolean;
	status(code: number): ResponseShim;
	json(body: unknown): ResponseShim;
	send(body: unknown): ResponseShim;
	end(body?: string): ResponseShim;
	setHeader(name: string, value: string): ResponseShim;
}

function shim(res: ServerResponse): ResponseShim {
	const wrapper: ResponseShim = {
		statusCode: 200,
		headersSent: false,
		status(code) {
			wrapper.statusCode = code;
			return wrapper;
		},
		setHeader(name, value) {
			res.setHeader(name, value);
			return wrapper;
		},
		json(body) {
			res.setHeader('Content-Type', 'application/json');
			return wrapper.end(JSON.stringify(body));
		},
		send(body) {
			return wrapper.end(typeof body === 'string' ? body : JSON.stringify(body));
		},
		end(body) {
			wrapper.headersSent = true;
			res.statusCode = wrapper.statusCode;
			res.end(body);
			return wrapper;
		},
	};
	return wrapper;
}

export class WebhookHost {
	readonly executions: StartedExecution[] = [];

	readonly responses: Array<{ status: number; body: string }> = [];

	private server: Server | undefined;

	private port = 0;

	constructor(
		private readonly workflow: Workflow,
		private readonly node: INode,
		private readonly nodeType: INodeType,
		private readonly additionalData: () => IWorkflowExecuteAdditionalData,
	) {}

	get url(): string {
		return `http://127.0.0.1:${this.port}/webhook/cipp`;
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error: Error) => {
				res.statusCode = 500;
				res.end(JSON.stringify({ message: error.message }));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		const server = this.server;
		this.server = undefined;
		if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const text = await readBody(req);
		// As n8n does before any node runs: JSON is parsed (and refused with 422 when invalid), plain
		// text stays a string, other content types are left unread; the raw bytes stay available.
		const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		let body: unknown = {};
		if (text !== '' && contentType === 'application/json') {
			try {
				body = JSON.parse(text);
			} catch {
				this.responses.push({ status: 422, body: '' });
				res.statusCode = 422;
				res.end(JSON.stringify({ message: 'Failed to parse request body' }));
				return;
			}
		} else if (text !== '' && contentType === 'text/plain') {
			body = text;
		}
		const request = { body, headers: req.headers as IDataObject, query: {}, params: {}, method: req.method, rawBody: Buffer.from(text) };
		const response = shim(res);
		const additionalData = { ...this.additionalData(), httpRequest: request, httpResponse: response } as unknown as IWorkflowExecuteAdditionalData;
		const webhookData = {
			httpMethod: 'POST',
			node: this.node.name,
			path: 'cipp',
			webhookDescription: this.nodeType.description.webhooks![0],
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: additionalData,
		} as unknown as IWebhookData;
		const context = new WebhookContext(this.workflow, this.node, additionalData, 'webhook', webhookData, [], null);
		const result = await this.nodeType.webhook!.call(context);
		if (result.noWebhookResponse) {
			this.responses.push({ status: response.statusCode, body: '' });
			return;
		}
		if (result.workflowData) {
			this.executions.push({ items: result.workflowData[0], receivedAt: Date.now() });
		}
		const answer = result.webhookResponse ?? { message: 'Workflow was started' };
		this.responses.push({ status: 200, body: JSON.stringify(answer) });
		response.status(200).json(answer);
	}
}
