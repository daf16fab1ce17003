import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { updateActor } from '../../domain/commands';
import { diffSnapshots } from '../../domain/snapshotDiff';
import type { Actor } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import { showToast, uiStore } from '../../state/uiStore';
import { NameDialog } from '../common/Dialog';
import { SymbolButton } from '../common/SymbolButton';
import { useDoc, useLocale, useMode } from '../hooks';
import { useMapView } from '../map/MapViewContext';
import { InviteButton, InvitePanel } from './InviteRoom';
import { RoomCounter, RoomDuplicates } from './RoomStatus';
import { endTheRoom } from './room';
import { Timer, type TimerControl } from './Timer';
import { WorkshopSelection } from './WorkshopSelection';
import { WorkshopSummary } from './WorkshopSummary';
import './workshop.css';

const RECENT = 8;
const quickAddBox = () => document.querySelector<HTMLInputElement>('input[data-quick-add]');

/** Projector view of a workshop: big labels, a minimal toolbar, the name box always ready. */
export function WorkshopMode() {
  const { t } = useLocale();
  const doc = useDoc();
  const workshop = useMode((s) => s.workshop);
  const mapView = useMapView();
  const [ending, setEnding] = useState(false);
  const [fixing, setFixing] = useState<Actor | null>(null);
  const [inviting, setInviting] = useState(false);
  const room = workshop?.room ?? null;
  const inviteShown = room ? room.shown : inviting;
  const timer = useRef<TimerControl | null>(null);
  // The bar sits in the top bar's own row, so it takes room there instead of covering the name
  // box or Undo; the recent names sit on the map, under the top bar however tall it is.
  const [hosts, setHosts] = useState<{ bar: Element; recent: Element } | null>(null);
  useEffect(() => {
    const bar = document.querySelector('header.topbar');
    const recent = document.getElementById('panel-map');
    if (bar && recent) setHosts({ bar, recent });
  }, []);

  const recent = useMemo(() => {
    if (!doc || !workshop) return [];
    return diffSnapshots(workshop.before, doc)
      .actors.added.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      .slice(0, RECENT);
  }, [doc, workshop]);

  // After every entry, closed dialog or click on the map the name box has the focus again. Tab
  // and Shift+Tab still move on to every control (WCAG 2.1.1): only focus that fell to the page
  // is taken back.
  useEffect(() => {
    const dialogOpen = () => document.querySelector('dialog[open]') !== null;
    const refocus = () => {
      const active = document.activeElement;
      if ((!active || active === document.body) && !dialogOpen()) quickAddBox()?.focus();
    };
    const onPointerUp = (e: PointerEvent) => {
      const onMap = e.target instanceof Element && e.target.closest('.map-canvas-wrap');
      setTimeout(() => {
        if (onMap && !dialogOpen() && !document.activeElement?.closest('.ws-recent')) {
          quickAddBox()?.focus();
        } else refocus();
      }, 0);
    };
    const onFocusOut = () => setTimeout(refocus, 0);
    quickAddBox()?.focus();
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerup', onPointerUp);
    return () => {
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerup', onPointerUp);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const action: Record<string, () => void> = {
        t: () => timer.current?.toggle(),
        r: () => timer.current?.reset(),
        f: () => mapView.fit(),
        e: () => setEnding(true),
      };
      const run = action[key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mapView]);

  if (!workshop) return null;
  const bar = (
    <section className="ws-bar" aria-label={t('workshop.toolbar')}>
      <Timer control={timer} />
      <RoomCounter />
      <InviteButton open={inviting} onToggle={setInviting} />
      <button type="button" className="btn" onClick={() => mapView.fit()}>
        {t('workshop.fit')}
      </button>
      <SymbolButton
        symbol="?"
        label={t('workshop.help')}
        className="btn ws-help-btn"
        onClick={() => uiStore.setState({ help: true })}
      />
      <button type="button" className="btn btn-primary" onClick={() => setEnding(true)}>
        {t('workshop.end')}
      </button>
    </section>
  );
  const chips = recent.length > 0 && (
    <section className="ws-recent" aria-label={t('workshop.recent')}>
      <span className="ws-recent-title">{t('workshop.recent')}</span>
      {recent.map((a) => {
        // Who typed it on a phone shows beside the name; the button's name holds both (WCAG 2.5.3).
        const text = a.addedByName
          ? t('room.by', { name: a.name, nickname: a.addedByName })
          : a.name;
        return (
          <button
            key={a.id}
            type="button"
            className="ws-chip"
            aria-label={t('workshop.fix', { name: text })}
            title={a.name}
            onClick={() => setFixing(a)}
          >
            {text}
          </button>
        );
      })}
    </section>
  );
  return (
    <>
      {hosts && createPortal(bar, hosts.bar)}
      {hosts && chips && createPortal(chips, hosts.recent)}
      {hosts &&
        inviteShown &&
        createPortal(<InvitePanel onClose={() => setInviting(false)} />, hosts.recent)}
      {hosts && createPortal(<RoomDuplicates />, hosts.recent)}
      {hosts && createPortal(<WorkshopSelection />, hosts.recent)}
      {fixing && (
        <NameDialog
          title={t('workshop.fixTitle')}
          label={t('workshop.fixLabel')}
          initial={fixing.name}
          confirm={t('workshop.save')}
          cancel={t('workshop.cancel')}
          onConfirm={(name) => edit((d, meta) => updateActor(d, fixing.id, { name }, meta))}
          onClose={() => {
            setFixing(null);
            setTimeout(() => quickAddBox()?.focus(), 0);
          }}
        />
      )}
      {ending && (
        <WorkshopSummary
          onContinue={() => setEnding(false)}
          onEnd={() => {
            setEnding(false);
            // The phones' link ends with the workshop. Back at the desk, a failure is told.
            endTheRoom().catch((e: unknown) =>
              showToast({ message: t('room.endFailed', { reason: (e as Error).message }) }),
            );
            modeStore.setState({ workshop: null });
          }}
        />
      )}
    </>
  );
}
