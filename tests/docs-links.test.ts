// Every link in the project's markdown resolves as it would on GitHub: relative files exist, and
// each #anchor is one that a heading of the linked file gives.
import fs from 'node:fs';
import path from 'node:path';
import { githubSlug, guideFiles, headingAnchors, linkProblems, markdownFiles, ROOT } from './support/markdown';

describe('links in the docs', () => {
  it('reach a file that exists and, with an #anchor, a heading of it', () => {
    const files = markdownFiles();
    expect(files).toEqual(expect.arrayContaining(guideFiles()));
    expect(files.flatMap((file) => linkProblems(file))).toEqual([]);
  });

  it('lead from the README to every guide in docs/', () => {
    const readme = guideFiles()[0]!;
    const linked = new Set(
      [...fs.readFileSync(readme, 'utf8').matchAll(/\]\((docs\/[\w-]+\.md)[#)]/g)].map((match) =>
        path.join(ROOT, match[1]!),
      ),
    );
    expect(
      guideFiles()
        .slice(1)
        .filter((guide) => !linked.has(guide)),
    ).toEqual([]);
  });

  it('are reported when a file, an anchor or a heading is missing, and not when they are in code', () => {
    // Given a guide in docs/ with good and broken links, some of them inside code
    const guide = path.join(ROOT, 'docs', 'example.md');
    const markdown = [
      '# Example',
      '## What `npm start` does',
      'Good: [the API](api.md#endpoints), [here](#what-npm-start-does), [schema](../schema.graphql),',
      '[a folder](../src/modules), [a site](https://example.com/#anything), [two',
      'lines](configuration.md).',
      'Broken: [gone](nowhere.md), [no anchor](api.md#no-such-heading), [case](API.md),',
      '[local](#what-npm-start-does-1), [into code](../schema.graphql#L1).',
      'Quoted: `[in code](nowhere.md)`.',
      '```md',
      '[in a fence](nowhere.md)',
      '# not a heading',
      '```',
    ].join('\n');

    // Then exactly the broken ones are reported, by line
    expect(linkProblems(guide, markdown)).toEqual([
      'docs/example.md:6 nowhere.md: no such file',
      'docs/example.md:6 api.md#no-such-heading: no heading gives #no-such-heading',
      'docs/example.md:6 API.md: no such file',
      'docs/example.md:7 #what-npm-start-does-1: no heading gives #what-npm-start-does-1',
      'docs/example.md:7 ../schema.graphql#L1: an anchor into a file that is not markdown',
    ]);
    expect(headingAnchors(markdown)).toEqual(new Set(['example', 'what-npm-start-does']));
  });

  it("name headings as GitHub does (github-slugger's rules)", () => {
    expect(githubSlug('What `npm start` does')).toBe('what-npm-start-does');
    expect(githubSlug('Users, roles and API keys')).toBe('users-roles-and-api-keys');
    expect(githubSlug('GraphQL over HTTP conformance')).toBe('graphql-over-http-conformance');
    expect(githubSlug('Stock: on_hand & reserved (v2.0)')).toBe('stock-on_hand--reserved-v20');
    expect(githubSlug('See [the API](api.md) — now')).toBe('see-the-api--now');
    expect(githubSlug('Café über')).toBe('café-über');
    // a repeated heading gets -1, -2, ...
    expect(headingAnchors('## Tests\n\n## Tests\n\n## Tests\n')).toEqual(new Set(['tests', 'tests-1', 'tests-2']));
  });
});
