/**
 * Lists bench page: the app's own Actors and Collaborations tables (ListsView, the app's CSS) over
 * a generated map, in a panel the size of the app's lists panel. Times a sort (a click on a column
 * header) and a filter (typing into the filter box) from the event until the frame after the new
 * rows are committed, and counts the rows in the DOM while scrolling. `?all=1` renders every row
 * (the old tables) as the baseline. Driven by suites/lists.mjs, built in production mode.
 */
import '../src/app/template';
import '../src/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { mulberry32 } from '../src/analysis/layout/prng';
import { makeActor, makeCollaboration, makeMap } from '../src/domain/factory';
import type { Actor, Collaboration, MapDocument } from '../src/domain/types';
import { STATUSES } from '../src/domain/types';
import { initI18n } from '../src/i18n';
import { replaceDocument } from '../src/state/documentStore';
import { shippedTemplate } from '../src/state/template';
import { ListsView } from '../src/ui/lists/ListsView';

const now = '2026-01-01T00:00:00.000Z';
const WORDS = ['Biblioteket', 'Skolen', 'Korpset', 'Museet', 'Idrettslaget', 'Kirken', 'Koret'];
const PLACES = ['Ørsta', 'Ærøy', 'Åsen', 'Bø', 'Hamar', 'Tromsø', 'Voss', 'Molde', 'Lom'];
const PEOPLE = ['', 'Kari', 'Ola', 'Åse', 'Per'];

/** A seeded map of `n` actors and `m` collaborations, with Norwegian letters and blank cells. */
function generate(n: number, m: number): MapDocument {
  const rnd = mulberry32(11);
  const template = shippedTemplate();
  const doc = makeMap(
    {
      name: `Lister (${n})`,
      focalName: 'Kulturskolen',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    { now, newId: () => 'bench-lists' },
  );
  const mapId = doc.map.id;
  const actors: Record<string, Actor> = { ...doc.actors };
  const ids = Object.keys(actors);
  for (let i = 0; i < n - 1; i++) {
    const sector = template.sectors[i % template.sectors.length];
    const id = `a${i}`;
    ids.push(id);
    actors[id] = makeActor(
      mapId,
      {
        name: `${WORDS[i % WORDS.length]} ${Math.floor(rnd() * 100_000)} ${PLACES[i % PLACES.length]}`,
        sectorId: sector?.id ?? 'culture',
        typeId: sector?.types[i % sector.types.length]?.id ?? 'custom',
      },
      { now, newId: () => id },
    );
  }
  const purposes = template.purposes.map((p) => p.id);
  const collaborations: Record<string, Collaboration> = {};
  for (let i = 0; i < m; i++) {
    const id = `c${i}`;
    const a = ids[Math.floor(rnd() * ids.length)] as string;
    let b = ids[Math.floor(rnd() * ids.length)] as string;
    if (a === b) b = ids[(ids.indexOf(a) + 1) % ids.length] as string;
    collaborations[id] = makeCollaboration(
      mapId,
      {
        sourceId: a,
        targetId: b,
        label: i % 3 === 0 ? `Prosjekt ${i}` : '',
        purposeIds: i % 2 === 0 ? [purposes[i % purposes.length] as string] : [],
        strength: (1 + (i % 3)) as 1 | 2 | 3,
        status: STATUSES[i % STATUSES.length] ?? 'active',
        responsible: PEOPLE[i % PEOPLE.length] ?? '',
      },
      { now, newId: () => id },
    );
  }
  return { ...doc, actors, collaborations };
}

/** Resolves after the browser has painted the frame following what was just committed. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const table = (name: 'Aktører' | 'Samarbeid') => {
  const el = document.querySelector(`table[aria-label="${name}"]`);
  if (!el) throw new Error(`no table ${name}`);
  return el as HTMLTableElement;
};

const bodyRows = () => document.querySelectorAll('tbody tr[data-item-id]').length;

/** Times one interaction: the event, React's render and commit, and the next painted frame. */
async function timed(act: () => void): Promise<number> {
  await nextPaint();
  const from = performance.now();
  act();
  await nextPaint();
  return performance.now() - from;
}

function sortBy(name: 'Aktører' | 'Samarbeid', column: string) {
  const button = [...table(name).querySelectorAll('thead button')].find(
    (b) => b.getAttribute('aria-label') === `Sorter etter ${column}`,
  ) as HTMLButtonElement | undefined;
  if (!button) throw new Error(`no column ${column}`);
  return timed(() => button.click());
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

function filter(name: 'Aktører' | 'Samarbeid', query: string) {
  const section = table(name).closest('section');
  const input = section?.querySelector('input[type="search"]') as HTMLInputElement | null;
  if (!input || !setValue) throw new Error('no filter box');
  return timed(() => {
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Scrolls the box the actors scroll in by `step` px a frame; frame times and rows in the DOM. */
async function scroll(frames: number, step: number) {
  const body = table('Aktører');
  let box: HTMLElement | null = body.parentElement;
  while (box && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
  if (!box) throw new Error('nothing scrolls');
  const gaps: number[] = [];
  let maxRows = 0;
  let last = performance.now();
  for (let i = 0; i < frames; i++) {
    box.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    const t = performance.now();
    gaps.push(t - last);
    last = t;
    maxRows = Math.max(maxRows, bodyRows());
  }
  return { gaps, maxRows, scrollTop: box.scrollTop };
}

async function load(actors: number, links: number) {
  await initI18n('nb');
  const all = new URLSearchParams(location.search).get('all') === '1';
  const doc = generate(actors, links);
  replaceDocument(doc);
  const root = document.getElementById('root') as HTMLElement;
  const from = performance.now();
  const panel = (
    <div className="lists-panel" style={{ height: '100vh', width: 920 }}>
      {/* The baseline renders every row, as the tables did before they were virtualised. */}
      <ListsView {...(all ? { virtualizeFrom: Number.POSITIVE_INFINITY } : {})} />
    </div>
  );
  createRoot(root).render(panel);
  while (!document.querySelector('table[aria-label="Samarbeid"] tbody tr')) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await nextPaint();
  return {
    renderMs: Math.round(performance.now() - from),
    rows: bodyRows(),
    rowCount: [table('Aktører'), table('Samarbeid')].map((t) => t.getAttribute('aria-rowcount')),
  };
}

declare global {
  interface Window {
    samspillListsBench?: {
      load: typeof load;
      sortBy: typeof sortBy;
      filter: typeof filter;
      scroll: typeof scroll;
      bodyRows: typeof bodyRows;
    };
  }
}

window.samspillListsBench = { load, sortBy, filter, scroll, bodyRows };
