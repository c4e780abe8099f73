import type { SectionStatus } from './settings-store';

/**
 * A section's status region, always present so screen readers announce what appears in it:
 * "Saved…" in green, or why it was not saved in the danger colour.
 */
export function SectionStatusLine({
  status,
  id,
}: {
  status: SectionStatus | undefined;
  id: string;
}) {
  return (
    <p id={id} role="status" className={`section-status ${status ? `status-${status.kind}` : ''}`}>
      {status?.text}
    </p>
  );
}
