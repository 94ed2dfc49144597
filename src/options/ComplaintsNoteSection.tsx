/** The note "Move to complaints" puts in the reply box, edited like any other template. */
import { COMPLAINTS_NOTE_SAMPLE } from './samples.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

export function ComplaintsNoteSection() {
  return (
    <section id="complaints-note" aria-labelledby="complaints-note-heading" data-testid="section-complaints-note">
      <h2 id="complaints-note-heading">Complaints note</h2>
      <p class="section-intro">“Move to complaints” inserts this note in the reply box when it records a complaint in the complaints log. It should point the commenter to your complaints procedure, privately.</p>
      <TemplateEditor path="complaintsNote" templateId="complaints-note" sample={COMPLAINTS_NOTE_SAMPLE} legend="The complaints note" />
    </section>
  );
}
