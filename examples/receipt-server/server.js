// Starts the receipt server: PORT (default 8787) on 127.0.0.1, database RECEIPTS_DB (default receipts.sqlite).
import { createReceiptServer, openReceiptStore } from './index.js';

const port = Number(process.env.PORT ?? 8787);
const server = createReceiptServer({ store: openReceiptStore(process.env.RECEIPTS_DB ?? 'receipts.sqlite') });
server.listen(port, '127.0.0.1', () => console.log(`consent receipts: http://127.0.0.1:${port}/receipts`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close());
