// Reads the project's markdown as GitHub renders it: the anchors of its headings, its links, and
// its fenced code blocks with the HTML comment that may annotate each. Used by the docs' tests.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

/** Folders that hold no documentation of ours: dependencies, build output, local data. */
const NOT_DOCS = new Set(['node_modules', 'dist', '.data', '.node', '.git', 'coverage', 'test-output']);

/** The guides: README.md and docs/*.md. */
export function guideFiles(): string[] {
  const docs = path.join(ROOT, 'docs');
  return [
    path.join(ROOT, 'README.md'),
    ...fs
      .readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(docs, name)),
  ];
}

/** Every markdown file of the project: the guides, and the benchmark's summaries. */
export function markdownFiles(directory = ROOT): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return NOT_DOCS.has(entry.name) ? [] : markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)/;

export interface Fence {
  /** The info string's language, e.g. `graphql`; empty when none is given. */
  lang: string;
  body: string;
  /** 1-based lines of the opening and the closing fence. */
  line: number;
  endLine: number;
  /** The text of an `<!-- ... -->` comment on the last non-blank line before the fence, if any. */
  comment?: string;
}

/** The fenced code blocks, with their bodies unindented as far as their opening fence is indented. */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const found: Fence[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const indent = lines[index]!.search(/\S/);
    const marker = open[1]!;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !new RegExp(`^\\s*${marker[0]}{${marker.length},}\\s*$`).test(lines[end]!)) {
      body.push(lines[end]!.slice(Math.min(indent, lines[end]!.search(/\S|$/))));
      end += 1;
    }
    let before = index - 1;
    while (before >= 0 && lines[before]!.trim() === '') before -= 1;
    const comment = before >= 0 ? /^\s*<!--([\s\S]*?)-->\s*$/.exec(lines[before]!)?.[1]?.trim() : undefined;
    found.push({ lang: open[2]!, body: body.join('\n'), line: index + 1, endLine: end + 1, comment });
    index = end;
  }
  return found;
}

/** The markdown with every fenced block's lines blanked, so that line numbers still hold. */
function prose(markdown: string): string {
  const lines = markdown.split('\n');
  for (const fence of fences(markdown)) {
    for (let line = fence.line - 1; line < fence.endLine && line < lines.length; line += 1) lines[line] = '';
  }
  return lines.join('\n');
}

/**
 * The anchor GitHub gives a heading (github-slugger): lower case, punctuation and symbols removed
 * (letters, digits, `_`, `-` and spaces stay), spaces turned into hyphens. A link keeps its text.
 */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a markdown file's headings give, repeated headings numbered as GitHub numbers them. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = githubSlug(match[1]!);
    let anchor = slug;
    for (let repeat = 1; anchors.has(anchor); repeat += 1) anchor = `${slug}-${repeat}`;
    anchors.add(anchor);
  }
  return anchors;
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links and images outside code: `[text](target)`, their text possibly across lines. */
export function links(markdown: string): Link[] {
  // Code spans become spaces of the same length, so that what they quote is not read as a link.
  const text = prose(markdown).replace(/`+[^`]*?`+/g, (span) => span.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({
    target: match[1]!,
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/**
 * What is wrong with a markdown file's links, one line each: a relative link whose file does not
 * exist, and an `#anchor` that no heading of the linked markdown file gives. External links
 * (with a scheme, such as https: or mailto:) are not followed.
 */
export function linkProblems(file: string, markdown = fs.readFileSync(file, 'utf8')): string[] {
  const where = (link: Link) => `${path.relative(ROOT, file)}:${link.line} ${link.target}`;
  return links(markdown).flatMap((link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.target)) return [];
    const [pathPart = '', anchor] = link.target.split('#', 2);
    const target = pathPart ? path.resolve(path.dirname(file), decodeURIComponent(pathPart)) : file;
    if (!target.startsWith(ROOT + path.sep) && target !== ROOT) return [`${where(link)}: outside the repository`];
    if (target !== file && !fs.existsSync(target)) return [`${where(link)}: no such file`];
    if (anchor === undefined) return [];
    if (!target.endsWith('.md')) return [`${where(link)}: an anchor into a file that is not markdown`];
    const text = target === file ? markdown : fs.readFileSync(target, 'utf8');
    return headingAnchors(text).has(anchor) ? [] : [`${where(link)}: no heading gives #${anchor}`];
  });
}
