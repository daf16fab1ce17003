import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { addActivity, removeActivity, updateActivity } from '../../domain/commands';
import { LIMITS } from '../../domain/limits';
import type { Activity, MapDocument } from '../../domain/types';
import { formatDate } from '../../i18n';
import { edit } from '../../state/documentStore';
import { todayIso } from '../dates';
import { useLocale } from '../hooks';
import { Labelled, TextArea, TextField } from './fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export { todayIso };

/** A collaboration's activities, newest first; among equal dates, the last added first. */
export function activitiesOf(doc: MapDocument, collaborationId: string): Activity[] {
  return Object.values(doc.activities)
    .filter((a) => a.collaborationId === collaborationId)
    .reverse()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The engagement log of one collaboration: read, add, edit inline and delete entries. */
export function ActivityLog({
  collaborationId,
  doc,
}: {
  collaborationId: string;
  doc: MapDocument;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const entries = activitiesOf(doc, collaborationId);
  return (
    <section className="activity-log" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('inspector.log')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('inspector.logEmpty')}</p>
      ) : (
        <ul>
          {entries.map((a) => (
            <LogEntry key={a.id} activity={a} />
          ))}
        </ul>
      )}
      <AddActivity collaborationId={collaborationId} />
    </section>
  );
}

function LogEntry({ activity: a }: { activity: Activity }) {
  const { t, locale } = useLocale();
  const patch = (p: Parameters<typeof updateActivity>[2]) =>
    edit((d, meta) => updateActivity(d, a.id, p, meta));
  return (
    <li className="log-entry">
      <p>
        <time dateTime={a.date}>{formatDate(a.date, locale)}</time> <strong>{a.title}</strong>
      </p>
      {a.note && <p className="muted">{a.note}</p>}
      <details>
        <summary>{t('inspector.logEdit', { title: a.title })}</summary>
        <TextField
          label={t('inspector.logDate')}
          type="date"
          value={a.date}
          onCommit={(date) => {
            if (ISO_DATE.test(date) && date !== a.date) patch({ date });
          }}
        />
        <TextField
          label={t('inspector.logTitle')}
          value={a.title}
          required
          onCommit={(text) => {
            const title = text.trim();
            if (title && title !== a.title) patch({ title });
          }}
        />
        <TextArea
          label={t('inspector.logNote')}
          value={a.note}
          rows={2}
          onCommit={(note) => {
            if (note !== a.note) patch({ note });
          }}
        />
      </details>
      <button
        type="button"
        className="btn btn-quiet btn-danger"
        aria-label={t('inspector.logDelete', { title: a.title })}
        onClick={() => edit((d, meta) => removeActivity(d, a.id, meta))}
      >
        {t('inspector.delete')}
      </button>
    </li>
  );
}

function AddActivity({ collaborationId }: { collaborationId: string }) {
  const { t } = useLocale();
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = title.trim();
    if (!text) return;
    const when = ISO_DATE.test(date) ? date : todayIso();
    edit((d, meta) => addActivity(d, { collaborationId, date: when, title: text, note }, meta));
    setTitle('');
    setNote('');
  };

  const onDate = (e: ChangeEvent<HTMLInputElement>) => setDate(e.target.value);
  const onNote = (e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value);

  return (
    <form className="log-add" onSubmit={submit}>
      <Labelled label={t('inspector.logDate')}>
        {(ids) => <input {...ids} type="date" value={date} required onChange={onDate} />}
      </Labelled>
      <Labelled label={t('inspector.logTitle')}>
        {(ids) => (
          <input
            {...ids}
            type="text"
            value={title}
            required
            maxLength={LIMITS.shortText}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Labelled>
      <Labelled label={t('inspector.logNote')}>
        {(ids) => (
          <textarea {...ids} rows={2} value={note} maxLength={LIMITS.longText} onChange={onNote} />
        )}
      </Labelled>
      <button type="submit" className="btn">
        {t('inspector.logAdd')}
      </button>
    </form>
  );
}
