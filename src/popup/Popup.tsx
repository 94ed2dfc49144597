export function Popup() {
  return (
    <main data-testid="popup">
      <h1>CalmReply</h1>
      <p>Open your practice's Facebook post to see its comments here.</p>
    </main>
  );
}
