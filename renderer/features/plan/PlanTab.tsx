import type { WorkspaceTabProps } from '../opportunity/WorkspaceTab';

/** Placeholder until the feature lands (being built in parallel). */
export function PlanTab(_props: WorkspaceTabProps) {
  return <p className="muted">This section is being built.</p>;
}
