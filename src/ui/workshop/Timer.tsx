import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../hooks';

const CHOICES = [3, 5, 10, 15, 20];

export interface TimerControl {
  toggle(): void;
  reset(): void;
}

/** An optional countdown for timed rounds, big enough to read from the back of the room. */
export function Timer({ control }: { control: { current: TimerControl | null } }) {
  const { t } = useLocale();
  const id = useId();
  const [minutes, setMinutes] = useState(5);
  const [left, setLeft] = useState(5 * 60);
  const [running, setRunning] = useState(false);
  const leftAtStart = useRef(left);

  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const from = leftAtStart.current;
    const tick = setInterval(() => {
      const next = Math.max(0, from - Math.floor((Date.now() - started) / 1000));
      setLeft(next);
      if (next === 0) setRunning(false);
    }, 250);
    return () => clearInterval(tick);
  }, [running]);

  const reset = () => {
    setRunning(false);
    setLeft(minutes * 60);
  };
  const toggle = () => {
    const from = left === 0 ? minutes * 60 : left;
    leftAtStart.current = from;
    setLeft(from);
    setRunning((r) => !r);
  };
  control.current = { toggle, reset };

  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <fieldset className="ws-timer">
      <legend className="visually-hidden">{t('workshop.timer')}</legend>
      <label className="visually-hidden" htmlFor={id}>
        {t('workshop.timerMinutes')}
      </label>
      <select
        id={id}
        value={minutes}
        disabled={running}
        onChange={(e) => {
          setMinutes(Number(e.target.value));
          setLeft(Number(e.target.value) * 60);
        }}
      >
        {CHOICES.map((m) => (
          <option key={m} value={m}>
            {m} min
          </option>
        ))}
      </select>
      {/* role="timer" is not live: the time is announced at the start, at one minute left and
          at the end (WCAG 4.1.3), not every second. */}
      <span role="timer" className={left === 0 ? 'ws-time done' : 'ws-time'}>
        {mm}:{ss}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {/* The same words for the whole run, so they are read once. */}
        {running && left > 60
          ? t('access.timer.started', { minutes: Math.ceil(leftAtStart.current / 60) })
          : running && left <= 60 && left > 0
            ? t('access.timer.oneLeft')
            : ''}
      </span>
      <button
        type="button"
        className="btn"
        onClick={toggle}
        aria-label={running ? t('workshop.timerPause') : t('workshop.timerStart')}
      >
        <span aria-hidden="true">{running ? '❚❚' : '▶'}</span>
      </button>
      <button type="button" className="btn" onClick={reset} aria-label={t('workshop.timerReset')}>
        <span aria-hidden="true">↺</span>
      </button>
      {left === 0 && (
        <span className="ws-timeup" role="alert">
          {t('workshop.timeUp')}
        </span>
      )}
    </fieldset>
  );
}
