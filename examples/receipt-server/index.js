export { createReceiptServer } from './receipt-server.js';
export { openReceiptStore } from './receipt-store.js';
export { validateReceipt } from './validate-receipt.js';
