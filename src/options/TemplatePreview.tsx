/**
 * A template rendered as the commenter would read it, on a sample comment, with the practice's
 * details. A detail that is not set yet shows as a highlighted prompt, never as a blank.
 */
import type { PracticeDetails } from '../core/settings/types.ts';
import { renderTemplate } from '../core/templates/index.ts';
import type { SampleComment } from './samples.ts';

export interface TemplatePreviewProps {
  id: string;
  text: string;
  practice: PracticeDetails;
  sample: SampleComment;
}

export function TemplatePreview({ id, text, practice, sample }: TemplatePreviewProps) {
  const result = renderTemplate(text, { firstName: sample.firstName, practice });
  return (
    <figure class="preview" id={id} data-testid="template-preview">
      <figcaption>
        Preview, as a reply to {sample.author}: <q>{sample.text}</q>
      </figcaption>
      <div class="preview-text" data-testid="preview-text">
        {result.parts.map((part, i) =>
          part.kind === 'text' ? (
            <span key={i}>{part.value}</span>
          ) : (
            <mark key={i} class="missing-detail" data-placeholder={part.placeholder}>[{part.label}]</mark>
          ),
        )}
        {text.trim() === '' ? <span class="hint">This reply is empty.</span> : null}
      </div>
    </figure>
  );
}
