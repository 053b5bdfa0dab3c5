/** The parts list/lazy-parts.tsx loads on demand, in one chunk. */
export { AcceptSteps } from './cloud-steps';
export { CheckNow } from './check-now';
export { FailedCallout } from './failed-callout';
export { FailureText } from './failure-text';
export { TimingLine } from './timing-line';
