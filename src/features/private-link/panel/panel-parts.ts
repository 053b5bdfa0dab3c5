/** The parts panel/lazy-panel-parts.tsx loads on demand, in one chunk. */
export { ReplaceOffer } from './replace-offer';
export { NotifyToggle, StateChangesAlert } from './watch-bar';
export { LeftSendNotice } from './left-send-notice';
