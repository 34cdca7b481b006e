// Starts the example: PORT (default 8788) on 127.0.0.1. Needs the package built first (npm run build).
import { createSsrServer } from './app.js';

const port = Number(process.env.PORT ?? 8788);
const server = createSsrServer();
server.listen(port, '127.0.0.1', () => console.log(`clinic page: http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close());
