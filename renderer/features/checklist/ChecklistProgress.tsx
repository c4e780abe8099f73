/** "7 of 18 done" with a bar. Items marked "not needed" do not count. */
export function ChecklistProgress({
  progress,
  label,
}: {
  progress: { done: number; total: number; percent: number };
  label: string;
}) {
  return (
    <div className="progress">
      <progress
        className="progress-bar"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={label}
      />
      <span className="progress-text">
        {progress.done} of {progress.total} done
      </span>
    </div>
  );
}
