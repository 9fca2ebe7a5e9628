// A polite live region for things that happen without a page change (a save, a choice changed
// by a shortcut). The same message twice in a row is still read out: the region is emptied
// first, then filled.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);
  return [message, announce];
}

export function LiveRegion({ message }: { message: string }) {
  return (
    <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
