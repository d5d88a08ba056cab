/** Runs a command-line task: a failure prints one line to stderr and sets a non-zero exit code. */
export function runCli(task: () => Promise<void>): void {
  task().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
