// The IDE page's script: GraphiQL bundled with everything it needs (editor workers, fonts, styles)
// by scripts/build-ide.mjs, so the page works with no internet connection.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { EXAMPLE_TABS } from './examples';

// The build defines IDE_WORKERS: file names of the Monaco editor's web workers, emitted beside this
// script. Resolved against this script's own URL, so they come from the same server.
/* global IDE_WORKERS */
const scriptUrl = document.currentScript.src;
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' ? IDE_WORKERS.json : label === 'graphql' ? IDE_WORKERS.graphql : IDE_WORKERS.editor;
    return new Worker(new URL(file, scriptUrl));
  },
};

// The page is served at the GraphQL endpoint itself, so its own path is where operations go.
// Subscriptions run over a WebSocket at the same URL; the toolkit opens one per subscription, with
// the tab's headers as connection_init's payload, which is where the server reads credentials.
const { protocol, host, pathname } = window.location;
const fetcher = createGraphiQLFetcher({
  url: pathname,
  subscriptionUrl: `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${pathname}`,
});

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={EXAMPLE_TABS}
    defaultEditorToolsVisibility="variables"
    // Tokens are secrets: keep headers out of localStorage unless the user opts in (settings).
    shouldPersistHeaders={false}
  />,
);
