// Who holds an embedded PostgreSQL data directory: the Stockroom process recorded as its owner, and
// the postmaster recorded in postmaster.pid. Start-up uses it to tell a crashed run's orphaned
// postmaster (stop it) from a cluster that a live Stockroom process is using (refuse to start).
import fs from 'node:fs';
import path from 'node:path';

/** A start-up failure of the embedded database whose message is meant for the user as it is. */
export class EmbeddedDatabaseError extends Error {}

export interface DataDirectoryOwner {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat), so a reused pid is not mistaken for it. */
  startTime?: string;
  command?: string;
  since?: string;
}

/** Fast shutdown first; immediate shutdown (crash-safe: WAL recovery on the next start) if that hangs. */
const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;

/**
 * The owner file sits beside the data directory, not inside it: it is claimed before the first
 * initdb, which needs an empty directory, and a data directory copied elsewhere takes no claim along.
 */
export function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function procFile(pid: number, name: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may itself hold spaces or parentheses). */
function statFields(pid: number): string[] | undefined {
  const stat = procFile(pid, 'stat');
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function startTime(pid: number): string | undefined {
  // Field 22 of stat; the slice starts at field 3.
  return statFields(pid)?.[19];
}

function parentPid(pid: number): number | undefined {
  const ppid = Number(statFields(pid)?.[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
}

function commandArgs(pid: number): string[] | undefined {
  const cmdline = procFile(pid, 'cmdline');
  return cmdline ? cmdline.replace(/\0$/, '').split('\0') : undefined;
}

/** Alive and not a zombie: a postmaster whose new parent never reaps it has still exited. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return statFields(pid)?.[0] !== 'Z';
}

function samePath(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function readOwner(file: string): DataDirectoryOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DataDirectoryOwner>;
    return typeof owner.pid === 'number' && Number.isInteger(owner.pid) && owner.pid > 0
      ? (owner as DataDirectoryOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

function ownerIsAlive(owner: DataDirectoryOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  const now = startTime(owner.pid);
  return owner.startTime === undefined || now === undefined || now === owner.startTime;
}

/** `owner` is unknown only when another start claimed the directory in the same instant. */
function inUse(dataDir: string, owner: DataDirectoryOwner | undefined): EmbeddedDatabaseError {
  const by = owner
    ? `, process ${owner.pid}${owner.command ? ` (${owner.command})` : ''}${owner.since ? `, running since ${owner.since}` : ''}`
    : ' that is starting on it';
  return new EmbeddedDatabaseError(
    `The embedded PostgreSQL data directory ${dataDir} is in use by another Stockroom${by}.\n` +
      'Stop that process first, or give this one a data directory of its own (EMBEDDED_PG_DIR) ' +
      'or an external database (DATABASE_URL).',
  );
}

function describeSelf(): DataDirectoryOwner {
  const command = commandArgs(process.pid)?.join(' ') ?? process.argv.join(' ');
  return { pid: process.pid, startTime: startTime(process.pid), command, since: new Date().toISOString() };
}

/**
 * Claims the data directory for this process, or throws when a live Stockroom process holds it. A
 * claim whose process is gone (a crash, `kill -9`) is stale and taken over. Returns the release.
 */
function claimDataDirectory(dataDir: string): () => void {
  const file = ownerFile(dataDir);
  const self = describeSelf();
  // Twice at most: once to find a stale claim, once more after removing it. Exclusive creation
  // means two starts racing for a free directory cannot both win.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(self)}\n`, { flag: 'wx' });
      return () => {
        if (readOwner(file)?.pid === self.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && ownerIsAlive(owner)) throw inUse(dataDir, owner);
    fs.rmSync(file, { force: true });
  }
  throw inUse(dataDir, readOwner(file));
}

/**
 * The pid of a postmaster still running on this data directory, if there is one and it is ours to
 * stop. Every check must pass, so that another service's PostgreSQL is never signalled:
 * postmaster.pid names this directory, the pid is alive, and its command line is a `postgres -D`
 * of this same directory. Where /proc cannot be read nothing qualifies, and PostgreSQL's own lock
 * file check then reports the conflict.
 */
export function runningPostmaster(dataDir: string): number | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) return undefined;
  if (!samePath(lines[1], dataDir) || !isAlive(pid)) return undefined;
  const args = commandArgs(pid);
  if (!args || path.basename(args[0] ?? '') !== 'postgres') return undefined;
  const dirFlag = args.indexOf('-D');
  return dirFlag >= 0 && samePath(args[dirFlag + 1], dataDir) ? pid : undefined;
}

/**
 * The port of the postmaster running on this data directory (the fourth line of its
 * postmaster.pid), when `runningPostmaster` finds one; a CLI connects there rather than start a
 * second cluster, and leaves it running.
 */
export function runningClusterPort(dataDir: string): number | undefined {
  if (runningPostmaster(dataDir) === undefined) return undefined;
  try {
    const port = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    // It stopped in between.
    return undefined;
  }
}

/**
 * A postmaster whose parent is still a live Node process is being run by it (a Stockroom started
 * before owner files existed, say); only one reparented to init or a subreaper is an orphan.
 */
function postmasterParent(pid: number): DataDirectoryOwner | undefined {
  const parent = parentPid(pid);
  if (parent === undefined || parent === 1 || !isAlive(parent)) return undefined;
  const args = commandArgs(parent);
  if (!args || !/^node/.test(path.basename(args[0] ?? ''))) return undefined;
  return { pid: parent, command: args.join(' ') };
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Shuts a postmaster down as `pg_ctl stop -m fast` would, escalating to immediate if it hangs. */
export async function stopPostmaster(pid: number, dataDir: string): Promise<void> {
  // Fast shutdown: open transactions roll back (their clients are gone with the crashed process),
  // a checkpoint is written, and postmaster.pid is removed.
  process.kill(pid, 'SIGINT');
  if (await exited(pid, FAST_SHUTDOWN_MS)) return;
  process.kill(pid, 'SIGQUIT');
  if (await exited(pid, IMMEDIATE_SHUTDOWN_MS)) return;
  throw new EmbeddedDatabaseError(
    `The PostgreSQL left running on ${dataDir} (pid ${pid}) by a Stockroom that did not stop cleanly ` +
      'did not shut down when asked. Stop it by hand (kill -INT <pid>), then start again.',
  );
}

/**
 * Makes the data directory this process's to start a cluster in: claims it (or throws when a live
 * Stockroom holds it), then stops a postmaster that a crashed run left behind on it. Returns the
 * claim's release, for a clean stop.
 *
 * An orphan is stopped and the cluster started again, rather than connected to: this process must
 * own the cluster's lifecycle (stop it on SIGTERM, report it in /metrics), which it can only do for
 * a postmaster it spawned; the orphan's port was picked for the crashed run (EMBEDDED_PG_PORT may
 * have changed since); and its log pipe died with that run. A fast shutdown loses no committed
 * data, and takes a second or two.
 */
export async function takeOverDataDirectory(
  dataDir: string,
  report: (message: string, fields: Record<string, unknown>) => void,
): Promise<() => void> {
  const release = claimDataDirectory(dataDir);
  try {
    const pid = runningPostmaster(dataDir);
    if (pid !== undefined) {
      const parent = postmasterParent(pid);
      if (parent) throw inUse(dataDir, parent);
      report('stopping the PostgreSQL a crashed Stockroom left running on this data directory', { dataDir, pid });
      await stopPostmaster(pid, dataDir);
    }
    return release;
  } catch (error) {
    release();
    throw error;
  }
}
