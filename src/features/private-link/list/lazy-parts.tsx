import { lazyPart } from '@/components/ui/lazy-part';

/**
 * The row guidance (accept commands, timing, check now, the failure in words) loads on demand, off
 * the first paint's JavaScript (scripts/check-bundle.mjs); the panel preloads it when the browser is idle.
 */
const parts = () => import('./row-guidance');
export const [AcceptSteps, preloadAcceptSteps] = lazyPart(() => parts().then((m) => m.AcceptSteps));
export const [TimingLine, preloadTimingLine] = lazyPart(() => parts().then((m) => m.TimingLine));
export const [CheckNow, preloadCheckNow] = lazyPart(() => parts().then((m) => m.CheckNow));
export const [FailedCallout, preloadFailedCallout] = lazyPart(() => parts().then((m) => m.FailedCallout));
export const [FailureText, preloadFailureText] = lazyPart(() => parts().then((m) => m.FailureText));
/** One chunk: preloading one part loads them all. */
export const preloadRowGuidance = preloadAcceptSteps;

/** A row's details (on expand): their own chunk, preloaded with the rest. */
export const [ConnectionDetails, preloadConnectionDetails] = lazyPart(() => import('./connection-details').then((m) => m.ConnectionDetails));
