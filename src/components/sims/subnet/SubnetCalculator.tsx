import { useId, useState, type SubmitEvent } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { BinaryView } from './BinaryView';
import type { CalculatorView } from './calculator-model';
import { loadCalculatorEngine, type CalculatorEngine } from './engines';
import { ResultsTable } from './ResultsTable';
import { useLazyEngine } from '../use-lazy-engine';
import './subnet.css';

/** The calculator's starting input and what it shows for it, both from the build. */
export interface SubnetCalculatorProps {
  initial: string;
  /** The engine's result for `initial`, computed at build time: the engine loads on first use. */
  view: CalculatorView;
}

/** The subnet calculator, guarded by an error boundary. */
export function SubnetCalculator(props: SubnetCalculatorProps) {
  return (
    <ErrorBoundary name="subnet calculator">
      <Calculator {...props} />
    </ErrorBoundary>
  );
}

/** One input, updated as the learner types; a mistake is shown once they submit or leave it. */
function Calculator({ initial, view }: SubnetCalculatorProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [result, setResult] = useState(view);
  const [error, setError] = useState<string | null>(null);
  const { engine, failed, load } = useLazyEngine(loadCalculatorEngine);

  /** Recomputes for a text; shows the mistake only when asked (on submit or leaving the field). */
  const show = (loaded: CalculatorEngine, value: string, showMistake: boolean) => {
    const outcome = loaded.attemptCalculation(value);
    if ('view' in outcome) {
      setResult(outcome.view);
      setError(null);
    } else if (showMistake) setError(outcome.error);
  };
  /** Recomputes at once with the engine, or once it has loaded (the last request lands last). */
  const update = (value: string, showMistake: boolean) => {
    if (engine) show(engine, value, showMistake);
    else
      void load().then((loaded) => {
        if (loaded) show(loaded, value, showMistake);
      });
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    update(text, true);
  };

  const stale = error !== null;
  return (
    <div className="subnet subnet-calculator">
      <form className="subnet-calc-form" onSubmit={submit} noValidate>
        <div className="sim-field">
          <label htmlFor={`${id}-input`}>Address with prefix or mask</label>
          <div className="subnet-calc-row">
            <input
              id={`${id}-input`}
              className="sim-input sim-input-code"
              value={text}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              aria-invalid={stale}
              aria-describedby={`${id}-${stale ? 'error' : 'hint'}`}
              onChange={(event) => {
                setText(event.target.value);
                update(event.target.value, false);
              }}
              onFocus={() => void load()}
              onBlur={() => update(text, true)}
            />
            <button type="submit" className="sim-btn">
              Calculate
            </button>
          </div>
          {failed && (
            <p className="sim-error" role="alert">
              The calculator could not load: the connection may be down. Reconnect and press
              Calculate again, or reload the page.
            </p>
          )}
          {stale ? (
            <p id={`${id}-error`} className="sim-error" role="alert">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="sim-hint">
              For example 172.16.77.130/27 or 10.1.2.3 255.255.248.0
            </p>
          )}
        </div>
      </form>
      <p className="sr-only" role="status">
        {result.summary}
      </p>
      {stale && <p className="sim-hint">Still showing {result.input}.</p>}
      <div className="subnet-calc-body">
        <section aria-labelledby={`${id}-results`}>
          <h4 id={`${id}-results`}>The subnet of {result.input}</h4>
          <ResultsTable input={result.input} rows={result.rows} />
        </section>
        <section aria-labelledby={`${id}-binary`}>
          <h4 id={`${id}-binary`}>Address and mask in binary</h4>
          <BinaryView rows={result.binary} prefix={result.prefix} />
        </section>
        <section aria-labelledby={`${id}-magic`}>
          <h4 id={`${id}-magic`}>The magic-number method</h4>
          <ol className="subnet-steps">
            {result.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
