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
      <output className={left === 0 ? 'ws-time done' : 'ws-time'}>
        {mm}:{ss}
      </output>
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
