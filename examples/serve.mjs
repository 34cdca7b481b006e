#!/usr/bin/env node
// `npm start`: serves the demo clinic page on 127.0.0.1 with the built script-tag files from dist/.
// Plain node:http, no framework. PORT=8080 npm start to choose the port (default: a free one).
import { startDemoServer } from './demo-server.mjs';

const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
console.log(`Demo clinic site: http://127.0.0.1:${server.address().port}/`);
console.log(`Config editor:    http://127.0.0.1:${server.address().port}/editor`);
