// esbuild bundles stylesheets imported from scripts into the page's one CSS file.
declare module '*.css';
