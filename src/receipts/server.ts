import { createServer, type Server } from 'node:http';
import { createReceiptHandler, type ReceiptHandlerOptions } from './http';

/**
 * An HTTP server for consent receipts (see `createReceiptHandler` for the routes). Closing it closes the store
 * once the last connection has ended, so every receipt in flight is answered first.
 */
export function createReceiptServer(options: ReceiptHandlerOptions): Server {
  const server = createServer(createReceiptHandler(options));
  // A receipt is one small post: a client that takes longer is holding a connection open, not sending one.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.on('close', () => void options.store.close());
  return server;
}
