import './views.css';
import { useState } from 'react';
import type { Camera, View } from '../../domain/types';
import { addView, moveView, orderedViews, removeView, updateView } from '../../domain/viewCommands';
import { edit, undo } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import { showToast } from '../../state/uiStore';
import { viewStore } from '../../state/viewStore';
import { NameDialog } from '../common/Dialog';
import { useDoc, useLocale } from '../hooks';
import { useMapView } from '../map/MapViewContext';
import { applyView, currentViewInput } from './viewState';

const round = (v: number) => Math.round(v * 10) / 10;

/** The camera on screen now, rounded so saved views stay small and stable. */
function rounded(c: Camera | null): Camera | null {
  return c ? { x: round(c.x), y: round(c.y), w: round(c.w), h: round(c.h) } : null;
}

type Naming = { kind: 'new' } | { kind: 'rename'; view: View } | null;

/** Saved views (perspektiver): save what the map shows, show it again, order them as slides. */
export function ViewsPanel() {
  const { t } = useLocale();
  const doc = useDoc();
  const [naming, setNaming] = useState<Naming>(null);
  const mapView = useMapView();
  if (!doc) return null;
  const cameraNow = () => rounded(mapView.camera());
  const views = orderedViews(doc);
  const layoutName = {
    force: t('map.layoutForce'),
    rings: t('map.layoutRings'),
    power: t('map.layoutPower'),
  };
  const summary = (v: View) => {
    const count = v.filters.sectors.length + v.filters.statuses.length + v.filters.purposes.length;
    const filters = count ? t('views.filterCount', { count }) : t('views.noFilter');
    return t('views.summary', { layout: layoutName[v.layout], filters });
  };

  const save = (name: string) => {
    const input = currentViewInput(viewStore.getState(), name, cameraNow());
    edit((d, meta) => addView(d, input, meta).doc);
    showToast({ message: t('views.saved', { name }) });
  };
  const remove = (v: View) => {
    edit((d, meta) => removeView(d, v.id, meta));
    showToast({ message: t('views.removed', { name: v.name }), undo });
  };
  const refresh = (v: View) => {
    const { name: _name, ...settings } = currentViewInput(
      viewStore.getState(),
      v.name,
      cameraNow(),
    );
    edit((d, meta) => updateView(d, v.id, settings, meta));
    showToast({ message: t('views.saved', { name: v.name }) });
  };

  return (
    <section className="panel views-panel" aria-labelledby="views-heading">
      <h2 id="views-heading">{t('views.heading')}</h2>
      <p className="muted">{t('views.intro')}</p>
      <div className="views-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setNaming({ kind: 'new' })}
        >
          {t('views.saveCurrent')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            modeStore.setState({ presenting: 0 });
            viewStore.setState({ view: 'map' });
          }}
          disabled={views.length === 0}
        >
          {t('views.present')}
        </button>
      </div>
      {views.length === 0 ? (
        <p className="muted">{t('views.empty')}</p>
      ) : (
        <ol className="views-list" aria-label={t('views.list')}>
          {views.map((v, i) => (
            <li key={v.id} className="views-item">
              {/* The name holds the visible words (WCAG 2.5.3); the summary describes it. */}
              <div className="views-show">
                <button
                  type="button"
                  className="views-name"
                  onClick={() => applyView(mapView, v)}
                  aria-label={t('views.show', { name: v.name })}
                  aria-describedby={`view-summary-${v.id}`}
                >
                  {v.name}
                </button>
                <span id={`view-summary-${v.id}`} className="views-summary muted">
                  {summary(v)}
                </span>
              </div>
              <span className="views-buttons">
                <IconButton
                  label={t('views.moveUp', { name: v.name })}
                  disabled={i === 0}
                  onClick={() => edit((d, meta) => moveView(d, v.id, -1, meta))}
                  glyph="↑"
                />
                <IconButton
                  label={t('views.moveDown', { name: v.name })}
                  disabled={i === views.length - 1}
                  onClick={() => edit((d, meta) => moveView(d, v.id, 1, meta))}
                  glyph="↓"
                />
                <IconButton
                  label={t('views.update', { name: v.name })}
                  onClick={() => refresh(v)}
                  glyph="⟳"
                />
                <IconButton
                  label={t('views.rename', { name: v.name })}
                  onClick={() => setNaming({ kind: 'rename', view: v })}
                  glyph="✎"
                />
                <IconButton
                  label={t('views.remove', { name: v.name })}
                  onClick={() => remove(v)}
                  glyph="×"
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      {naming && (
        <NameDialog
          title={naming.kind === 'new' ? t('views.saveCurrent') : t('views.renameTitle')}
          label={t('views.nameLabel')}
          initial={
            naming.kind === 'new'
              ? t('views.defaultName', { n: views.length + 1 })
              : naming.view.name
          }
          confirm={t('views.save')}
          cancel={t('views.cancel')}
          onConfirm={(name) =>
            naming.kind === 'new'
              ? save(name)
              : edit((d, meta) => updateView(d, naming.view.id, { name }, meta))
          }
          onClose={() => setNaming(null)}
        />
      )}
    </section>
  );
}

function IconButton(props: {
  label: string;
  glyph: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="icon-btn small"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.glyph}</span>
    </button>
  );
}
