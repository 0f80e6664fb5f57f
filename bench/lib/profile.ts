// Where a server's CPU went: a V8 CPU profile (`node --cpu-prof`) summed by self time, per package
// and per function, as markdown for the benchmark's report.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The markdown lines for one profile; `requests` the requests the process answered, when known. */
export function summariseProfile(file: string, requests: number, top = 25): string[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    busy += micros;
    add(byPackage, packageOf(frame.url, frame.functionName), micros);
    add(byFunction, `\`${frame.functionName || '(anonymous)'}\` ${where(frame.url, frame.lineNumber)}`, micros);
  }
  const perRequest = (micros: number) => (requests > 0 ? (micros / 1000 / requests).toFixed(3) : '–');
  const rows = (figures: Map<string, number>) =>
    [...figures]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `| ${name} | ${((100 * micros) / busy).toFixed(1)}% | ${perRequest(micros)} |`);
  return [
    `- Busy ${(busy / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s; ${requests} requests measured (ms/request counts the start-up and every request the process answered).`,
    '',
    '| Package (self time) | Share of busy time | ms/request |',
    '| --- | --- | --- |',
    ...rows(byPackage),
    '',
    '| Function (self time) | Share of busy time | ms/request |',
    '| --- | --- | --- |',
    ...rows(byFunction),
    '',
  ];
}

function add(figures: Map<string, number>, key: string, micros: number) {
  figures.set(key, (figures.get(key) ?? 0) + micros);
}

/** npm package, Stockroom's own module folder, a Node built-in, or V8's own work (GC, program). */
function packageOf(url: string, functionName: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (npm) return npm[1]!;
  const own = /\/dist\/(src\/(?:modules\/)?[^/]+)/.exec(url);
  if (own) return `stockroom ${own[1]!.replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (url.startsWith('wasm://')) return 'WebAssembly';
  if (url) return path.basename(url);
  // V8's own work ((garbage collector), (program)) has no script; nor have native calls (writev)
  // and code made at run time (graphql-jit's compiled queries).
  return functionName.startsWith('(') ? functionName : `(no script) ${functionName || '?'}`;
}

function where(url: string, line: number): string {
  if (!url) return '(no script)';
  const short = url.includes('node_modules/')
    ? url.replace(/^.*node_modules\//, '')
    : url.replace(/^.*\/dist\//, 'dist/');
  return `${short}:${line + 1}`;
}
