import type { PlaygroundRequest } from './presets';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** The request's fields; the Gateway API also reads the method and headers. */
export function RequestForm({
  id,
  api,
  request,
  error,
  onChange,
}: {
  id: string;
  api: 'ingress' | 'gateway';
  request: PlaygroundRequest;
  error: { field: string; message: string } | null;
  onChange: (request: PlaygroundRequest) => void;
}) {
  /** The error message for a field, when it is the one at fault. */
  const errorFor = (field: string) =>
    error?.field === field ? (
      <p id={`${id}-${field}-error`} className="sim-error" role="alert">
        {error.message}
      </p>
    ) : null;
  /** The props every input shares. */
  const common = (field: keyof PlaygroundRequest) => ({
    id: `${id}-${field}`,
    value: request[field],
    spellCheck: false,
    autoCapitalize: 'off',
    autoComplete: 'off',
    'aria-invalid': error?.field === field,
    'aria-describedby': error?.field === field ? `${id}-${field}-error` : undefined,
  });
  return (
    <fieldset className="sim-box routing-request">
      <legend>Request</legend>
      <div className="sim-fields">
        {api === 'gateway' && (
          <div className="sim-field">
            <label htmlFor={`${id}-method`}>Method</label>
            <select
              {...common('method')}
              className="sim-input"
              onChange={(e) => onChange({ ...request, method: e.target.value })}
            >
              {METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </div>
        )}
        <div className="sim-field">
          <label htmlFor={`${id}-host`}>Host</label>
          <input
            {...common('host')}
            className="sim-input sim-input-code"
            onChange={(e) => onChange({ ...request, host: e.target.value })}
          />
          {errorFor('host')}
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-path`}>Path</label>
          <input
            {...common('path')}
            className="sim-input sim-input-code"
            onChange={(e) => onChange({ ...request, path: e.target.value })}
          />
          {errorFor('path')}
        </div>
      </div>
      {api === 'gateway' && (
        <div className="sim-field">
          <label htmlFor={`${id}-headers`}>Headers, one “Name: value” a line</label>
          <textarea
            {...common('headers')}
            className="sim-input sim-input-code routing-headers"
            rows={2}
            onChange={(e) => onChange({ ...request, headers: e.target.value })}
          />
          {errorFor('headers')}
        </div>
      )}
    </fieldset>
  );
}
