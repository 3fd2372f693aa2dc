/**
 * One click, one step. "Continue" changes the page inside its click handler, and React renders
 * the next page before the browser delivers the next input event. So the second click of a double
 * click lands on whatever the new page has under the pointer: an option (ticked without being
 * chosen), its own "Continue" (an error the user did not cause) or "Clear my answers".
 *
 * The browser itself says which clicks belong together: `detail` is the click count of a
 * multi-click (1 for the first, 2 for the second…, 0 for keyboard activation). A multi-click
 * belongs to the page its first press landed on; presses that continue it on a later page are
 * cancelled before they reach the page (capture phase, on the document). Deliberate clicks on the
 * new page start a new count at 1 and work as usual.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** mousedown moves the focus and starts a selection; click activates. Both carry the count. */
const PRESS_EVENTS = ['mousedown', 'click'] as const;

export function useStrayClickGuard(): void {
  const { key } = useLocation();
  const page = useRef(key);
  // Layout effects run in the same task as the click that navigated, before the next press arrives.
  useLayoutEffect(() => {
    page.current = key;
  }, [key]);

  useEffect(() => {
    /** The page the current multi-click started on (undefined: started before this app ran). */
    let startedOn: string | undefined;
    const onPress = (event: MouseEvent) => {
      if (event.detail <= 1) {
        startedOn = page.current;
        return;
      }
      if (startedOn === page.current) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    for (const type of PRESS_EVENTS) document.addEventListener(type, onPress, true);
    return () => {
      for (const type of PRESS_EVENTS) document.removeEventListener(type, onPress, true);
    };
  }, []);
}
