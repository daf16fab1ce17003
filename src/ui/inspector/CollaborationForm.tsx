import { useId } from 'react';
import { removeItems, updateCollaboration } from '../../domain/commands';
import { LIMITS } from '../../domain/limits';
import { getRecord } from '../../domain/records';
import { purposeLabel } from '../../domain/template';
import type { Collaboration, MapDocument } from '../../domain/types';
import { edit, undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate } from '../hooks';
import { CustomFields } from '../import/CustomFields';
import { useMapView } from '../map/MapViewContext';
import { ActivityLog } from './ActivityLog';
import { CheckboxList, type Option, SelectField, TextArea, TextField } from './fields';
import { statusOptions, statusPatch, strengthOptions, strengthPatch } from './linkChoices';
import { isNoOp } from './patch';
import { Stamps } from './Stamps';

type CollaborationPatch = Parameters<typeof updateCollaboration>[2];

/** Names already used as "responsible" in the map, for the field's suggestions. */
export function responsibleNames(doc: MapDocument): string[] {
  const names = new Set<string>();
  for (const c of Object.values(doc.collaborations)) {
    const name = c.responsible.trim();
    if (name) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'nb'));
}

export function CollaborationForm({ collab, doc }: { collab: Collaboration; doc: MapDocument }) {
  const { t, locale } = useLocale();
  const mapView = useMapView();
  const centreOn = (id: string) => {
    select({ kind: 'actor', id });
    mapView.focus([id]);
  };
  const template = useTemplate();
  const listId = useId();
  const patch = (p: CollaborationPatch) => {
    if (!isNoOp(collab, p)) edit((d, meta) => updateCollaboration(d, collab.id, p, meta));
  };

  const source = getRecord(doc.actors, collab.sourceId);
  const target = getRecord(doc.actors, collab.targetId);
  const actors = Object.values(doc.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const actorOptions = (exclude: string): Option[] =>
    actors.map((a) => ({ value: a.id, label: a.name, disabled: a.id === exclude }));

  const purposeOptions: Option[] = template.purposes.map((p) => ({
    value: p.id,
    label: p.labels[locale],
  }));
  for (const id of collab.purposeIds) {
    if (!purposeOptions.some((o) => o.value === id)) {
      purposeOptions.push({ value: id, label: purposeLabel(template, id, locale) });
    }
  }

  const remove = () => {
    if (!edit((d, meta) => removeItems(d, { collaborationIds: [collab.id] }, meta))) return;
    select(null);
    showToast({
      message: t('deleted.collaboration'),
      undo: () => {
        undo();
        select({ kind: 'collaboration', id: collab.id });
      },
      undoLabel: t('toast.undo'),
    });
  };

  const dateField = (
    label: string,
    value: string | null,
    key: 'startDate' | 'endDate' | 'nextStepDate',
  ) => (
    <TextField
      label={label}
      type="date"
      value={value ?? ''}
      onCommit={(v) => {
        const next = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
        if (next !== value) patch({ [key]: next });
      }}
    />
  );

  return (
    <section className="inspector-collaboration" aria-labelledby={`${collab.id}-heading`}>
      <h2 id={`${collab.id}-heading`}>
        <span className="muted">{t('inspector.collaboration')}: </span>
        {collab.label ||
          t('lists.untitled', { from: source?.name ?? '?', to: target?.name ?? '?' })}
      </h2>
      <div className="field-row">
        <SelectField
          label={t('inspector.from')}
          value={collab.sourceId}
          options={actorOptions(collab.targetId)}
          onChange={(sourceId) => patch({ sourceId })}
        />
        <SelectField
          label={t('inspector.to')}
          value={collab.targetId}
          options={actorOptions(collab.sourceId)}
          onChange={(targetId) => patch({ targetId })}
        />
      </div>
      <div className="field-row">
        {source && (
          <button type="button" className="btn-quiet" onClick={() => centreOn(source.id)}>
            {t('inspector.select', { name: source.name })}
          </button>
        )}
        {target && (
          <button type="button" className="btn-quiet" onClick={() => centreOn(target.id)}>
            {t('inspector.select', { name: target.name })}
          </button>
        )}
      </div>
      <TextField
        label={t('inspector.label')}
        value={collab.label}
        onCommit={(label) => patch({ label: label.trim() })}
      />
      <CheckboxList
        label={t('inspector.purposes')}
        values={collab.purposeIds}
        options={purposeOptions}
        onChange={(purposeIds) => patch({ purposeIds })}
      />
      <div className="field-row">
        <SelectField
          label={t('inspector.strength')}
          value={String(collab.strength)}
          options={strengthOptions(t)}
          onChange={(v) => patch(strengthPatch(v))}
        />
        <SelectField
          label={t('inspector.status')}
          value={collab.status}
          options={statusOptions(t)}
          onChange={(v) => patch(statusPatch(v))}
        />
      </div>
      <TextField
        label={t('inspector.frequency')}
        hint={t('inspector.frequencyHint')}
        value={collab.frequency}
        onCommit={(frequency) => patch({ frequency: frequency.trim() })}
      />
      <div className="field-row">
        {dateField(t('inspector.startDate'), collab.startDate, 'startDate')}
        {dateField(t('inspector.endDate'), collab.endDate, 'endDate')}
      </div>
      <TextField
        label={t('inspector.responsible')}
        value={collab.responsible}
        list={listId}
        onCommit={(responsible) => patch({ responsible: responsible.trim() })}
      />
      <datalist id={listId}>
        {responsibleNames(doc).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextArea
        label={t('inspector.notes')}
        value={collab.notes}
        rows={4}
        onCommit={(notes) => patch({ notes })}
      />
      <div className="field-row">
        <TextField
          label={t('roles.nextStep')}
          hint={t('roles.nextStepHint')}
          value={collab.nextStep}
          maxLength={LIMITS.shortText}
          onCommit={(nextStep) => patch({ nextStep: nextStep.trim() })}
        />
        {dateField(t('roles.nextStepDate'), collab.nextStepDate, 'nextStepDate')}
      </div>
      <CustomFields custom={collab.custom} />
      <ActivityLog collaborationId={collab.id} doc={doc} />
      <Stamps createdAt={collab.createdAt} updatedAt={collab.updatedAt} />
      <button type="button" className="btn btn-danger" onClick={remove}>
        {t('inspector.deleteCollaboration')}
      </button>
    </section>
  );
}
