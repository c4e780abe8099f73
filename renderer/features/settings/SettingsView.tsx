import { BackupSection } from '../backup/BackupSection';

/** The organisation's own settings: go/no-go gates, factors and thresholds, checklist template. */
export function SettingsView() {
  return (
    <section className="card" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <p className="muted">This section is being built.</p>
      <BackupSection />
    </section>
  );
}
