/** What needs me this week, across every opportunity. */
export function ThisWeekView() {
  return (
    <section className="card" aria-labelledby="this-week-heading">
      <h1 id="this-week-heading">This week</h1>
      <p className="muted">This section is being built.</p>
    </section>
  );
}
