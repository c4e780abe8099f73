import { ScreenErrorBoundary } from '../../app/ScreenErrorBoundary';
import { BackupSection } from '../backup';
import { ChecklistTemplateSection } from './ChecklistTemplateSection';
import { DecisionMatrixSection } from './DecisionMatrixSection';
import { OrganisationSection } from './OrganisationSection';
import { ScheduleSection } from './ScheduleSection';
import { UserNameSection } from './UserNameSection';
import {
  useChecklistTemplate,
  useDecisionSettings,
  useOrganisation,
  useUserName,
} from './settings-queries';
import { useBidSchedule } from '../timeline';
import './settings.css';

/**
 * The organisation's own settings: your name, your organisation, the go/no-go matrix, the
 * checklist template, the bid schedule, each
 * saved on its own; then backing up and restoring everything (the backup feature's section).
 */
export function SettingsView() {
  const settings = useDecisionSettings();
  const template = useChecklistTemplate();
  const userName = useUserName();
  const organisation = useOrganisation();
  const schedule = useBidSchedule();
  return (
    <div className="settings">
      <h1 id="settings-heading">Settings</h1>
      <p className="muted">These apply to every opportunity in your pipeline.</p>
      {/* Apart, so that backups and snapshots stay within reach whatever else cannot be read. */}
      <ScreenErrorBoundary name="Your settings" place="section">
        {userName === undefined ||
        organisation === undefined ||
        settings === undefined ||
        template === undefined ||
        schedule === undefined ? (
          <p className="loading">Loading your settings…</p>
        ) : (
          <>
            <UserNameSection name={userName} />
            <OrganisationSection organisation={organisation} />
            <DecisionMatrixSection settings={settings} />
            <ChecklistTemplateSection items={template} />
            <ScheduleSection schedule={schedule} />
          </>
        )}
      </ScreenErrorBoundary>
      <ScreenErrorBoundary name="Back up and restore" place="section">
        <BackupSection />
      </ScreenErrorBoundary>
    </div>
  );
}
