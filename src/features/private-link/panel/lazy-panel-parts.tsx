import { lazyPart } from '@/components/ui/lazy-part';

/** The panel's notices that are not needed for its first paint, in one chunk (see lazyPart). */
const parts = () => import('./panel-parts');
export const [StateChangesAlert, preloadPanelParts] = lazyPart(() =>
  parts().then((m) => m.StateChangesAlert),
);
export const [NotifyToggle] = lazyPart(() => parts().then((m) => m.NotifyToggle));
export const [ReplaceOffer] = lazyPart(() => parts().then((m) => m.ReplaceOffer));
export const [LeftSendNotice] = lazyPart(() => parts().then((m) => m.LeftSendNotice));
