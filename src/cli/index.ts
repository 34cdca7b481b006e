// The `consentry` bin. Every user mistake ends in a message and an exit code, never a stack trace.
import { AUDIT_USAGE, CHECK_USAGE, parseArgs, USAGE, type Command } from './args';
import { audit } from './audit';
import { runCheck } from './check';
import { readText } from './read-text';
import { receipts } from './receipts';
import { RECEIPTS_USAGE } from './receipts-args';
import { COLOURS, formatHuman, formatJson, PLAIN } from './report';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code != 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  const usage = (command: Command | undefined) => (command == 'check' ? CHECK_USAGE : command == 'audit' ? AUDIT_USAGE : command == 'receipts' ? RECEIPTS_USAGE : USAGE);
  if (parsed.kind == 'help') return process.stdout.write(usage(parsed.command) + '\n'), 0;
  if (parsed.kind == 'usage-error') return process.stderr.write(`consentry: ${parsed.message}\n\n${usage(parsed.command)}\n`), 1;
  if (parsed.kind == 'audit') return audit(parsed.args);
  if (parsed.kind == 'receipts') return receipts(parsed.args);
  const result = await runCheck(parsed.args, readText);
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  process.stdout.write(parsed.args.format == 'json' ? formatJson(result) : formatHuman(result, colour ? COLOURS : PLAIN));
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  // Only a bug in consentry gets here: say so in one line, without a stack.
  (error) => {
    process.stderr.write(`consentry: internal error: ${error instanceof Error ? error.message : String(error)}; please report it\n`);
    process.exitCode = 1;
  },
);
