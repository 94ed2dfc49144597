export function OptionsPage() {
  return (
    <main data-testid="options" style={{ maxWidth: '60rem', margin: '0 auto', padding: '1.5rem' }}>
      <h1>CalmReply options</h1>
    </main>
  );
}
