// Child processes for the benchmarks: the server under test and helpers, started from the repository.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Starts a child process and resolves with the first capture of `ready` in its output. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<{ child: ChildProcess; match: string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      // Only the start-up banner matters; later log lines are dropped so memory here stays flat.
      if (output.length < 100_000) output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1]) resolve({ child, match: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

/** Sends SIGTERM and waits for the process to exit. */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The process's resident set size in kB, from /proc; null once it has exited. */
export function residentKb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return null;
  }
}
