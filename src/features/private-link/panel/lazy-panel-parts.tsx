import { lazyPart } from '@/components/ui/lazy-part';

/** The panel's notices added for issue 25, off the first paint's JavaScript (see lazyPart). */
const parts = () => import('./panel-parts');
export const [StateChangesAlert, preloadPanelParts] = lazyPart(() =>
  parts().then((m) => m.StateChangesAlert),
);
export const [NotifyToggle] = lazyPart(() => parts().then((m) => m.NotifyToggle));
export const [ReplaceOffer] = lazyPart(() => parts().then((m) => m.ReplaceOffer));
