import type { Answer, MatchingQuestion, OrderingQuestion, TypedQuestion } from '~/quiz';
import { answerKey, checkTyped } from '~/quiz';
import { InlineText } from '~/components/InlineText';

// The less common question kinds (ordering, matching, typed), rendered simply: buttons to move
// items, a list box per item, a text field. Today's banks hold none; the CCNA paper allows them.

interface Props<Q> {
  question: Q;
  answer: Answer | undefined;
  onAnswer: ((answer: Answer | undefined) => void) | undefined;
  revealed: boolean;
  name: string;
}

/** Put items in order with Up and Down buttons; the shown order counts once confirmed or changed. */
export function OrderingBody({ question, answer, onAnswer, revealed }: Props<OrderingQuestion>) {
  const order = answer?.kind === 'order' ? answer.order : question.items.map((i) => i.id);
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const move = (index: number, by: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onAnswer?.({ kind: 'order', order: next });
  };
  return (
    <div className="exam-other">
      <p className="exam-hint">Put the items in order, first at the top.</p>
      <ol className="exam-order">
        {order.map((id, index) => (
          <li key={id}>
            <span>
              <InlineText text={byId.get(id)?.text ?? id} />
            </span>
            {onAnswer && (
              <span className="exam-order-moves">
                <button
                  type="button"
                  className="button secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button secondary"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {onAnswer && answer === undefined && (
        <button
          type="button"
          className="button secondary"
          onClick={() => onAnswer({ kind: 'order', order })}
        >
          Use this order
        </button>
      )}
      {revealed && (
        <KeyNote
          text={question.order.map((id) => byId.get(id)?.text ?? id).join(' → ')}
          items={question.items}
        />
      )}
    </div>
  );
}

/** Match each item to a target (or to none) with a list box per item. */
export function MatchingBody({
  question,
  answer,
  onAnswer,
  revealed,
  name,
}: Props<MatchingQuestion>) {
  const matches = answer?.kind === 'match' ? answer.matches : {};
  const targetText = (id: string | null | undefined) =>
    question.targets.find((t) => t.id === id)?.text ?? 'none';
  const choose = (itemId: string, target: string) => {
    const all = Object.fromEntries(question.items.map((i) => [i.id, matches[i.id] ?? null]));
    onAnswer?.({ kind: 'match', matches: { ...all, [itemId]: target === '' ? null : target } });
  };
  return (
    <div className="exam-other">
      <p className="exam-hint">Match each item to where it belongs; some may belong nowhere.</p>
      <ul className="exam-match">
        {question.items.map((item) => (
          <li key={item.id}>
            <label htmlFor={`${name}-${item.id}`}>
              <InlineText text={item.text} />
            </label>
            <select
              id={`${name}-${item.id}`}
              className="sim-input"
              value={matches[item.id] ?? ''}
              disabled={!onAnswer}
              onChange={(e) => choose(item.id, e.currentTarget.value)}
            >
              <option value="">— none —</option>
              {question.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.text}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {revealed && (
        <KeyNote
          text={question.items
            .map((i) => `${i.text} → ${targetText(question.key[i.id])}`)
            .join('; ')}
          items={question.items}
        />
      )}
    </div>
  );
}

/** Type the answer; compared by the question's checker. */
export function TypedBody({ question, answer, onAnswer, revealed, name }: Props<TypedQuestion>) {
  const text = answer?.kind === 'text' ? answer.text : '';
  const verdict = revealed && text !== '' ? checkTyped(question, text) : undefined;
  const key = answerKey(question);
  return (
    <div className="exam-other">
      <label className="exam-hint" htmlFor={`${name}-typed`}>
        Type your answer.
      </label>
      <input
        id={`${name}-typed`}
        className="sim-input exam-typed"
        value={text}
        placeholder={question.placeholder}
        disabled={!onAnswer}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const value = e.currentTarget.value.slice(0, 200);
          onAnswer?.(value.trim() === '' ? undefined : { kind: 'text', text: value });
        }}
      />
      {verdict?.problem && <p className="exam-hint">{verdict.problem}</p>}
      {revealed && <KeyNote text={key.kind === 'text' ? key.text : ''} items={[]} />}
    </div>
  );
}

// The right answer in words, with the explanation of each item.
function KeyNote({
  text,
  items,
}: {
  text: string;
  items: readonly { id: string; text: string; explanation?: string | undefined }[];
}) {
  return (
    <div className="exam-key-note">
      <p>
        <strong>Right answer: </strong>
        <InlineText text={text} />
      </p>
      {items.some((i) => i.explanation) && (
        <ul>
          {items.map((i) =>
            i.explanation ? (
              <li key={i.id}>
                <InlineText text={`${i.text}: ${i.explanation}`} />
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}
