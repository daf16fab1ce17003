import { type ViewState, viewStore } from '../../state/viewStore';
import { useLocale } from '../hooks';

/** Waits for React to show what a skip link switched to, then focuses it. */
function focusSoon(find: () => HTMLElement | null): void {
  let tries = 0;
  const attempt = () => {
    const el = find();
    if (el) el.focus();
    else if (++tries < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

const find = (selector: string) => () => document.querySelector<HTMLElement>(selector);

const TARGETS = [
  ['access.skip.add', null, 'input[data-quick-add]'],
  ['access.skip.map', 'map', '.map-canvas'],
  ['access.skip.lists', 'lists', '#panel-lists'],
  ['access.skip.side', null, '.side-tabs [role="tab"][aria-selected="true"]'],
] as const satisfies readonly (readonly [string, ViewState['view'] | null, string])[];

/**
 * The first stops of Tab (WCAG 2.4.1): past the top bar to the name box, the map, the lists and
 * the side panel. Hidden until focused. Buttons, not links: two of them switch the view first.
 */
export function SkipLinks() {
  const { t } = useLocale();
  return (
    <nav className="skip-links" aria-label={t('access.skip.label')}>
      {TARGETS.map(([label, view, selector]) => (
        <button
          key={label}
          type="button"
          className="skip-link"
          onClick={() => {
            if (view) viewStore.setState({ view });
            focusSoon(find(selector));
          }}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
