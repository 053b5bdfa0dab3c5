import { configure } from '@testing-library/react';

// Under Stryker (vitest.mutation.config.ts) only: a mutant that breaks what a test waits for
// fails in 3 s instead of src/test/setup.ts's 10 s (those 10 s are for a busy machine running
// every test; here one worker runs a few direct tests).
configure({ asyncUtilTimeout: 3_000 });
