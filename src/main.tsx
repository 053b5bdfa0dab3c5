// First: the page's API reads start before the rest of the code is evaluated (see first-reads.ts).
import { firstReads, queryClient } from './app/first-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { formatsFor } from './lib/i18n';
import { detectLang } from './lib/i18n-core';
import './index.css';

/**
 * How long the first render waits for the first reads. Answers that come sooner are in the first
 * frame (rows, not a spinner that rows replace a moment later); a slower API gets the page with its
 * spinners first.
 */
const FIRST_READS_WAIT_MS = 150;

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

void Promise.race([firstReads, new Promise((r) => setTimeout(r, FIRST_READS_WAIT_MS))]).then(render);
// Meanwhile (the answers are on the way): the date and number formats the rows need.
formatsFor(detectLang());
