import { useState } from 'react';

const KEY = 'plc-notify';
const supported = () => typeof window !== 'undefined' && 'Notification' in window;
const remembered = () => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};
const remember = (on: boolean) => {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // not remembered: still on for this page
  }
};

/** Whether a change should be notified now: opted in, and the browser still grants it. */
export const notifyOptedIn = () => supported() && remembered() && Notification.permission === 'granted';

/**
 * The user's opt-in to browser notifications of state changes. Permission is asked only from
 * `toggle` (a click), never on load; on after a reload only if the user opted in and the browser
 * still grants it.
 */
export function useNotifyOptIn() {
  const [on, setOn] = useState(() => supported() && remembered() && Notification.permission === 'granted');
  const [denied, setDenied] = useState(() => supported() && Notification.permission === 'denied');
  const toggle = async () => {
    if (on) {
      setOn(false);
      remember(false);
      return;
    }
    const permission = await Notification.requestPermission();
    setDenied(permission === 'denied');
    setOn(permission === 'granted');
    remember(permission === 'granted');
  };
  return { supported: supported(), on, denied, toggle };
}
