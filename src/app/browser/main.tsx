// The web app's entry point: renders the route table (routes.tsx) into the page built by
// scripts/build-app.mjs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './routes';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
