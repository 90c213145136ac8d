import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { policyKey } from '~/sim/netpol/compile';
import { parsePolicies } from '~/sim/netpol/parse';
import { PARSE_LIMITS } from '~/sim/netpol/parse-limits';
import type { ParseResult, PolicyError } from '~/sim/netpol/types';
import HighlightedYaml from './HighlightedYaml';
import type { PolicyInput, SimModel } from './model';
import { policyTemplate } from './policy-template';

interface PolicyEditorProps {
  /** The policy's YAML, or null for a new policy (the editor starts from a template). */
  initialText: string | null;
  model: SimModel;
  /** Keys ("namespace/name") of the other policies: a policy may not take one of them. */
  otherKeys: ReadonlySet<string>;
  onApply: (policies: PolicyInput[]) => void;
  onCancel: () => void;
}

const PARSE_DELAY_MS = 250;
/** Line numbers beyond this many lines are not drawn (the engine refuses such input anyway). */
const MAX_GUTTER_LINES = 5000;

/**
 * The YAML editor: a transparent textarea over a highlighted copy, with line numbers, a live
 * (debounced) parse by the engine, every error listed under it with its line and column. Apply
 * works only when the text holds valid NetworkPolicies; several documents become several policies.
 */
export default function PolicyEditor({
  initialText,
  model,
  otherKeys,
  onApply,
  onCancel,
}: PolicyEditorProps) {
  const id = useId();
  const [text, setText] = useState(() => initialText ?? policyTemplate(model, otherKeys));
  const [parsed, setParsed] = useState<{ text: string; result: ParseResult } | null>(null);
  // Why the last paste was not taken (text far over the engine's limit never reaches the page).
  const [refused, setRefused] = useState<string | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const layerRef = useRef<HTMLPreElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    areaRef.current?.focus();
  }, []);
  useEffect(() => {
    const timer = setTimeout(
      () => setParsed({ text, result: parsePolicies(text) }),
      parsed ? PARSE_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
    // Only a change of text re-parses; `parsed` is read only to parse the first text at once.
  }, [text]);

  const current = parsed?.text === text ? parsed.result : null;
  const problems = useMemo(
    () => (current ? problemsOf(current, otherKeys) : []),
    [current, otherKeys],
  );
  const warnings = useMemo(() => (current ? warningsOf(current, model) : []), [current, model]);
  const valid = current !== null && problems.length === 0 && current.policies.length > 0;
  const lineCount =
    text.length > PARSE_LIMITS.maxBytes ? 0 : Math.min(countLines(text), MAX_GUTTER_LINES);
  const errorLines = new Set(problems.map((p) => p.line));

  // Takes new text, unless it is over the engine's size limit: laying out megabytes of text in the
  // text box would freeze the page, so the box keeps its text and the engine's message is shown.
  const change = (value: string) => {
    if (value.length > PARSE_LIMITS.maxBytes) {
      const message = parsePolicies(value).errors[0]?.message ?? 'The input is too large.';
      setRefused(`Not pasted: ${message}`);
      return;
    }
    setRefused(null);
    setText(value);
  };
  // Stops a paste that would take the text over the limit before the browser inserts it.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text');
    const area = event.currentTarget;
    const kept = area.value.length - (area.selectionEnd - area.selectionStart);
    if (kept + pasted.length <= PARSE_LIMITS.maxBytes) return;
    event.preventDefault();
    change(area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd));
  };
  // Keeps the highlighted layer and the gutter scrolled with the textarea.
  const syncScroll = () => {
    const area = areaRef.current;
    if (!area) return;
    if (layerRef.current) {
      layerRef.current.scrollTop = area.scrollTop;
      layerRef.current.scrollLeft = area.scrollLeft;
    }
    if (gutterRef.current) gutterRef.current.scrollTop = area.scrollTop;
  };
  // Tab indents with two spaces; Esc leaves the text box for Apply (or Cancel while Apply is off).
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    if (event.key === 'Escape') {
      event.preventDefault();
      (applyRef.current?.disabled ? cancelRef.current : applyRef.current)?.focus();
    } else if (
      event.key === 'Tab' &&
      !event.shiftKey &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      const { selectionStart, selectionEnd, value } = area;
      const next = `${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`;
      change(next);
      requestAnimationFrame(() => area.setSelectionRange(selectionStart + 2, selectionStart + 2));
    }
  };
  // Puts the caret at the start of an error's line and column.
  const goTo = (error: PolicyError) => {
    const area = areaRef.current;
    if (!area) return;
    const offset = offsetOf(text, error.line, error.column);
    area.focus();
    area.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (error.line - 3) * lineHeight);
    syncScroll();
  };

  return (
    <div className="nps-editor">
      <label htmlFor={`${id}-text`} className="nps-editor-label">
        {initialText === null ? 'New policy (YAML)' : 'Edit the policy (YAML)'}
      </label>
      <p id={`${id}-keys`} className="sim-hint">
        Tab inserts two spaces; press Esc to leave the text box. Several documents separated by{' '}
        <code className="nps-marker">---</code> become several policies.
      </p>
      <div className="nps-editor-box">
        <div ref={gutterRef} className="nps-gutter" aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => (
            <span key={i} className={errorLines.has(i + 1) ? 'has-error' : undefined}>
              {errorLines.has(i + 1) ? '● ' : ''}
              {i + 1}
            </span>
          ))}
        </div>
        <div className="nps-editor-code">
          <pre ref={layerRef} className="nps-editor-layer" aria-hidden="true">
            <HighlightedYaml text={text.endsWith('\n') ? `${text} ` : text} />
          </pre>
          <textarea
            ref={areaRef}
            id={`${id}-text`}
            className="nps-editor-text"
            value={text}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            wrap="off"
            aria-describedby={`${id}-keys ${id}-status`}
            aria-invalid={problems.length > 0}
            onChange={(event) => change(event.target.value)}
            onScroll={syncScroll}
            onPaste={onPaste}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <div id={`${id}-status`} className="nps-editor-status" aria-live="polite">
        {refused ? <p className="nps-problem">{refused}</p> : null}
        {current === null ? (
          <p className="nps-muted">Checking…</p>
        ) : problems.length > 0 ? (
          <>
            <p className="nps-problem-title">
              {problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`} to fix
              before you can apply:
            </p>
            <ul className="nps-errors">
              {problems.map((problem, i) => (
                <li key={i}>
                  <button type="button" className="nps-error-link" onClick={() => goTo(problem)}>
                    Line {problem.line}, column {problem.column}
                  </button>
                  : {problem.message}
                  {problem.path ? <span className="nps-muted"> ({problem.path})</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="sim-ok">
            <span aria-hidden="true">✓ </span>
            Valid: {current.policies.map(policyKey).join(', ')}
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning} className="sim-warning">
            {warning}
          </p>
        ))}
      </div>
      <div className="nps-editor-actions">
        <button
          ref={applyRef}
          type="button"
          className="sim-btn"
          disabled={!valid}
          onClick={() => current && onApply(inputsOf(current, text))}
        >
          Apply
        </button>
        <button ref={cancelRef} type="button" className="sim-btn sim-btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The engine's errors, plus policies that say nothing or reuse another policy's name. */
function problemsOf(result: ParseResult, otherKeys: ReadonlySet<string>): PolicyError[] {
  const problems = [...result.errors];
  if (result.errors.length === 0 && result.policies.length === 0) {
    problems.push({
      document: 1,
      line: 1,
      column: 1,
      path: '',
      message: 'There is no NetworkPolicy here yet.',
    });
  }
  const seen = new Set<string>();
  for (const policy of result.policies) {
    const key = policyKey(policy);
    if (otherKeys.has(key) || seen.has(key)) {
      problems.push({
        document: 1,
        line: 1,
        column: 1,
        path: 'metadata.name',
        message: `Another policy is already called ${key}: give this one another name.`,
      });
    }
    seen.add(key);
  }
  return problems;
}

/** Advice that does not block Apply: a policy in a namespace that has no pods selects nothing. */
function warningsOf(result: ParseResult, model: SimModel): string[] {
  return result.policies.flatMap((policy) => {
    const namespace = policy.metadata.namespace ?? 'default';
    return model.cluster.pods.some((pod) => pod.namespace === namespace)
      ? []
      : [
          `${policyKey(policy)} is in namespace ${namespace}, which has no pods here, so it selects nothing.`,
        ];
  });
}

/**
 * The policies to apply, each with its own YAML: one document keeps the text as typed; several
 * are split at their `---` lines so each policy can be edited on its own.
 */
function inputsOf(result: ParseResult, text: string): PolicyInput[] {
  if (result.policies.length === 1 && result.policies[0]) {
    return [{ yaml: text, policy: result.policies[0], enabled: true }];
  }
  const documents = text
    .split(/^---[ \t]*$/m)
    .filter((doc) => parsePolicies(doc).policies.length === 1);
  return result.policies.map((policy) => ({
    yaml:
      documents
        .find((doc) => parsePolicies(doc).policies.some((p) => policyKey(p) === policyKey(policy)))
        ?.trim() ?? JSON.stringify(policy, null, 2),
    policy,
    enabled: true,
  }));
}

/** How many lines a text has. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** The offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}
