/** The wording check, live beside a template: advice on each risky phrase, never a gate. */
import { checkWording, type WordingRule } from '../core/wording/index.ts';

export const RULE_LABELS: Record<WordingRule, string> = {
  confidentiality: 'Confidentiality',
  clinical: 'Clinical detail or advice',
  argumentative: 'Arguing or defending',
  blame: 'Blame',
  shouting: 'Shouting',
  placeholder: 'Placeholder',
  length: 'Too long',
};

export function WordingWarnings({ id, text }: { id: string; text: string }) {
  const warnings = checkWording(text);
  return (
    <div class={`wording ${warnings.length ? 'has-warnings' : 'clean'}`} id={id} role="status" data-testid="wording-check">
      {warnings.length === 0 ? (
        <p class="wording-ok"><span aria-hidden="true">✓ </span>Wording check: no problems found.</p>
      ) : (
        <>
          <p class="wording-title">
            <span aria-hidden="true">⚠ </span>Wording check: {warnings.length === 1 ? '1 thing' : `${warnings.length} things`} to look at
          </p>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.rule}-${w.index ?? i}`} data-rule={w.rule}>
                <strong>{RULE_LABELS[w.rule]}:</strong> {w.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
