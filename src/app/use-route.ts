import { useCallback, useEffect, useRef, useState } from 'react';
import { useProgress } from './stores/progress-store';

/** The app's screens. */
export type Route =
  | { screen: 'library' }
  | { screen: 'briefing'; file: string }
  | { screen: 'play'; file: string }
  | { screen: 'report'; attemptId: string }
  | { screen: 'studio' }
  | { screen: 'dashboard' };

/** The screen a history entry holds; the library for anything else (an entry from before Tyńda's). */
function routeFrom(state: unknown): Route {
  const route = (state as { tynda?: Partial<Record<string, unknown>> } | null)?.tynda;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const file = text(route?.file);
  const attemptId = text(route?.attemptId);
  switch (route?.screen) {
    case 'briefing':
    case 'play':
      return file ? { screen: route.screen, file } : { screen: 'library' };
    case 'report':
      return attemptId ? { screen: 'report', attemptId } : { screen: 'library' };
    case 'studio':
    case 'dashboard':
      return { screen: route.screen };
    default:
      return { screen: 'library' };
  }
}

/**
 * The screen shown, and a way to move to another. Each screen is an entry in the browser's history,
 * so Back (or a phone's back gesture) returns to the previous screen instead of leaving Tyńda; the
 * run in progress is saved either way. `replace` swaps the current entry instead (a briefing gives
 * way to its run, a run to its report).
 */
export function useRoute(): [Route, (next: Route, replace?: boolean) => void] {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const navigate = useCallback((next: Route, replace = false) => {
    const same = JSON.stringify(routeFrom(window.history.state)) === JSON.stringify(next);
    window.history[replace || same ? 'replaceState' : 'pushState']({ tynda: next }, '');
    setRoute(next);
  }, []);
  useEffect(() => {
    window.history.replaceState({ tynda: { screen: 'library' } }, '');
    const back = (event: PopStateEvent) => {
      const next = routeFrom(event.state);
      const { current: run, attempts } = useProgress.getState();
      // A run that has ended since, or an attempt that is gone, is not there to go back to.
      if (next.screen === 'play' && run?.scenarioFile !== next.file)
        setRoute({ screen: 'briefing', file: next.file });
      else if (next.screen === 'report' && !attempts.some((a) => a.id === next.attemptId))
        setRoute({ screen: 'library' });
      else setRoute(next);
    };
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  return [route, navigate];
}

/**
 * Each screen opens at its top, header included, whatever was scrolled on the one before. Back in
 * the library, the trainee finds the list where they left it with the focus on the scenario they
 * came from; or, having left a run, the top of the library with the focus on the offer to resume it.
 * `file` is the scenario the screen is about, if any.
 */
export function useScreenScroll(screen: Route['screen'], file: string | null): void {
  const libraryScroll = useRef(0);
  const previous = useRef<{ screen: Route['screen']; file: string | null } | null>(null);
  useEffect(() => {
    const from = previous.current;
    previous.current = { screen, file };
    const root = document.documentElement;
    if (screen !== 'library' || !from || from.screen === 'library') {
      root.scrollTop = 0;
    } else {
      // Left a run: the banner offering to resume it, at the top, is where to be.
      const resume = from.screen === 'play' ? document.getElementById('resume-heading') : null;
      const card = [...document.querySelectorAll<HTMLElement>('[data-file]')]
        .find((element) => element.dataset.file === from.file)
        ?.querySelector<HTMLElement>('button.primary');
      root.scrollTop = resume ? 0 : libraryScroll.current;
      if (resume) resume.focus();
      else if (card) card.focus();
      else document.getElementById('library-heading')?.focus({ preventScroll: true });
    }
    if (screen !== 'library') return;
    const keep = () => {
      libraryScroll.current = root.scrollTop;
    };
    window.addEventListener('scroll', keep, { passive: true });
    return () => window.removeEventListener('scroll', keep);
  }, [screen, file]);
}
