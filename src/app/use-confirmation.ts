import { useEffect, useRef, useState } from 'react';

/**
 * A question asked before something that cannot be undone. While it is asked, the focus is on its
 * safe answer (`safeRef`); once it is withdrawn, the focus returns to the button that asked (`askerRef`).
 */
export function useConfirmation() {
  const [asking, setAsking] = useState(false);
  const safe = useRef<HTMLButtonElement>(null);
  const asker = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) {
      asked.current = true;
      safe.current?.focus();
    } else if (asked.current) asker.current?.focus();
  }, [asking]);
  return {
    asking,
    ask: () => setAsking(true),
    withdraw: () => setAsking(false),
    safeRef: safe,
    askerRef: asker,
  };
}
