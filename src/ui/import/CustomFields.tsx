import { Fragment, useId } from 'react';
import { useLocale } from '../hooks';
import './import.css';

/** Columns an imported file had beyond ours, shown read-only; they go out again on export. */
export function CustomFields({ custom }: { custom: Readonly<Record<string, string>> }) {
  const { t } = useLocale();
  const id = useId();
  const entries = Object.entries(custom);
  if (entries.length === 0) return null;
  return (
    <section className="custom-fields" aria-labelledby={id}>
      <h3 id={id}>{t('customFields.heading')}</h3>
      <p className="muted small">{t('customFields.hint')}</p>
      <dl>
        {entries.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
