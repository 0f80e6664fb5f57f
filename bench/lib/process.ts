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

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc counts CPU time in hundredths of a second.

/** The CPU time (user + system, ms) a process and its live descendants have used; null when gone. */
export function cpuMs(pid: number): number | null {
  const own = statFields(pid);
  if (!own) return null;
  let total = (own.utime + own.stime) * TICK_MS;
  for (const child of childrenOf(pid)) total += cpuMs(child) ?? 0;
  return total;
}

/**
 * PostgreSQL's CPU time (ms) on this machine: the postmaster's own, its exited backends'
 * (reaped, so counted in its cutime and cstime) and its live children's. Null when the server's
 * process cannot be read here (a PostgreSQL on another host or out of reach).
 */
export function postgresCpuMs(postmasterPid: number | null): number | null {
  if (postmasterPid === null) return null;
  const own = statFields(postmasterPid);
  if (!own) return null;
  let total = (own.utime + own.stime + own.cutime + own.cstime) * TICK_MS;
  for (const child of childrenOf(postmasterPid)) {
    const fields = statFields(child);
    if (fields) total += (fields.utime + fields.stime) * TICK_MS;
  }
  return total;
}

/** The postmaster's pid from the data directory's postmaster.pid, when this machine can read it. */
export function postmasterPid(dataDirectory: string): number | null {
  try {
    const pid = Number(fs.readFileSync(`${dataDirectory}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && statFields(pid) ? pid : null;
  } catch {
    return null;
  }
}

function statFields(pid: number) {
  try {
    // The command name may hold spaces; the fields after it are fixed (proc(5)).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      utime: Number(fields[11]),
      stime: Number(fields[12]),
      cutime: Number(fields[13]),
      cstime: Number(fields[14]),
    };
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' '))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
