/**
 * "Would this comment be tagged?": runs the tagger on a comment the member of staff types, with
 * the settings as they are in the draft, so a new phrase can be tried before it is saved.
 */
import { useState } from 'preact/hooks';
import { classify } from '../core/classifier/index.ts';
import { TagPill } from '../ui/TagPill.tsx';
import { useStore } from './store.ts';

export function MatchTester() {
  const store = useStore();
  const [text, setText] = useState('');
  const tags = text.trim() === '' ? [] : classify(text, store.preview.value).tags;
  return (
    <div class="match-tester" data-testid="match-tester">
      <div class="field">
        <label for="match-tester-input">Try a comment</label>
        <p class="hint" id="match-tester-hint">Type or paste a comment to see the tags CalmReply would give it with the settings on this page, saved or not.</p>
        <textarea id="match-tester-input" rows={3} value={text} aria-describedby="match-tester-hint match-tester-result" onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div id="match-tester-result" role="status" data-testid="match-tester-result" data-tags={tags.map((t) => t.id).join(' ')}>
        {text.trim() === '' ? (
          <p class="hint">The tags will show here.</p>
        ) : tags.length === 0 ? (
          <p>Not tagged: CalmReply would leave this comment alone.</p>
        ) : (
          <ul class="tester-tags">
            {tags.map((t) => (
              <li key={t.id} data-tag={t.id}>
                <TagPill id={t.id} />
                {t.reasons.length ? <span class="reasons"> {t.reasons.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
