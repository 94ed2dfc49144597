import type { ReplyChoice } from '../actions/index.ts';
import { TagPill } from '../ui/TagPill.tsx';

export interface ReplyCardProps {
  choice: ReplyChoice;
  firstName: string;
  busy: boolean;
  onInsert: (choice: ReplyChoice) => void;
  onCopy: (choice: ReplyChoice) => void;
}

/** A template, rendered; a detail not set yet is shown as a prompt to add it, never as a blank. */
export function ReplyCard({ choice, firstName, busy, onInsert, onCopy }: ReplyCardProps) {
  const reasonId = `why-${choice.category}-${choice.template.id}`;
  const who = firstName ? `${firstName}'s` : 'the';
  return (
    <li class="reply-card" data-testid="reply-choice" data-template-id={choice.template.id} data-ready={String(choice.ready)}>
      <div class="reply-title">
        <TagPill id={choice.category} />
        <strong>{choice.template.title}</strong>
      </div>
      <p class="reply-preview" data-testid="reply-preview">
        {choice.rendered.parts.map((part, i) =>
          part.kind === 'text'
            ? <span key={i}>{part.value}</span>
            : <mark key={i} class="missing" data-testid="missing-detail">[{part.label}]</mark>,
        )}
      </p>
      {choice.blockedBecause ? (
        <p class="notice warn" id={reasonId} data-testid="blocked-reason">
          Can’t insert yet: {choice.blockedBecause}.
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="insert-reply"
          disabled={!choice.ready || busy}
          aria-describedby={choice.blockedBecause ? reasonId : undefined}
          title={`Put this reply in ${who} reply box (it is not posted)`}
          onClick={() => onInsert(choice)}
        >
          Insert reply
        </button>
        <button type="button" data-testid="copy-reply" disabled={!choice.ready || busy} onClick={() => onCopy(choice)}>
          Copy
        </button>
      </div>
    </li>
  );
}
