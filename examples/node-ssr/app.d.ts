import type { IncomingMessage, Server } from 'node:http';

export function renderPage(request: Pick<IncomingMessage, 'headers'>): string;
export function createSsrServer(): Server;
