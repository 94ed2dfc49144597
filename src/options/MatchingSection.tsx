/** "Matching rules": each category's on/off switch, extra phrases to match and phrases to ignore. */
import { useState } from 'preact/hooks';
import { CATEGORY_META, type CategoryId } from '../core/categories.ts';
import { LIMITS } from '../core/settings/schema.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { describedBy, LockedNote, useField } from './fields.tsx';
import { MatchTester } from './MatchTester.tsx';
import { PhraseList } from './PhraseList.tsx';
import { useStore } from './store.ts';

function EnabledSwitch({ category }: { category: CategoryId }) {
  const field = useField<boolean>(`categories.${category}.enabled`);
  const label = CATEGORY_META[category].label;
  return (
    <div class={`field switch${field.locked ? ' locked' : ''}`}>
      <input
        id={field.id}
        type="checkbox"
        role="switch"
        checked={field.value}
        disabled={field.locked}
        aria-disabled={field.locked ? 'true' : undefined}
        aria-describedby={describedBy(field.id, { hint: true, locked: field.locked })}
        onChange={(e) => field.set(e.currentTarget.checked)}
      />
      <label for={field.id}>Tag {label} comments</label>
      <p class="hint" id={`${field.id}-hint`}>When this is off, CalmReply never gives the {label} tag, and the popup does not list comments for it.</p>
      {field.locked ? <LockedNote id={`${field.id}-locked`} /> : null}
    </div>
  );
}

export function MatchingSection() {
  const store = useStore();
  const [category, setCategory] = useState<CategoryId>('urgent');
  const label = CATEGORY_META[category].label;
  return (
    <section id="matching" aria-labelledby="matching-heading" data-testid="section-matching">
      <h2 id="matching-heading">Matching rules</h2>
      <p class="section-intro">CalmReply tags comments by what they say. Here you can switch a category off, teach it your own phrases, or tell it which phrases to leave alone.</p>
      <CategoryPicker
        label="Show the rules for"
        value={category}
        onChange={setCategory}
        note={(id) => (store.preview.value.categories[id].enabled ? '' : '(off)')}
      />
      <fieldset data-testid="matching-rules" data-category={category}>
        <legend>{label} comments</legend>
        <EnabledSwitch category={category} />
        <PhraseList
          key={`${category}-extra`}
          path={`categories.${category}.extraPhrases`}
          label="Extra phrases to match"
          hint={`One a line, up to ${LIMITS.phrasesPerList}. A comment containing any of them gets the ${label} tag. Capital letters do not matter.`}
        />
        <PhraseList
          key={`${category}-ignore`}
          path={`categories.${category}.ignorePhrases`}
          label="Phrases to ignore"
          hint={`One a line. A comment containing any of them never gets the ${label} tag, for example a phrase your practice uses that sounds like something else.`}
        />
      </fieldset>
      <MatchTester />
    </section>
  );
}
