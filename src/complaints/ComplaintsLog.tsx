export function ComplaintsLog() {
  return (
    <main data-testid="complaints" style={{ maxWidth: '70rem', margin: '0 auto', padding: '1.5rem' }}>
      <h1>Complaints log</h1>
    </main>
  );
}
