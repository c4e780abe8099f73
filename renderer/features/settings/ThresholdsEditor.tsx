import { useFormContext } from 'react-hook-form';
import type { MatrixFormInput } from './settings-form';

/** The two thresholds the score is compared with; review must not be above bid. */
export function ThresholdsEditor() {
  const {
    register,
    formState: { errors },
  } = useFormContext<MatrixFormInput>();
  const bidError = errors.thresholds?.bid?.message;
  const reviewError = errors.thresholds?.review?.message;
  return (
    <fieldset className="matrix-part">
      <legend>Thresholds</legend>
      <p className="muted">
        With every gate passed, a score at or above the bid threshold recommends bidding; at or
        above the review threshold, a closer look; below it, no bid.
      </p>
      <div className="settings-row">
        <label className="field field-narrow">
          Bid at a score of
          <input
            type="number"
            min={0}
            max={100}
            aria-invalid={bidError !== undefined}
            aria-describedby={bidError ? 'bid-threshold-error' : undefined}
            {...register('thresholds.bid', { valueAsNumber: true })}
          />
        </label>
        <label className="field field-narrow">
          Review at a score of
          <input
            type="number"
            min={0}
            max={100}
            aria-invalid={reviewError !== undefined}
            aria-describedby={reviewError ? 'review-threshold-error' : undefined}
            {...register('thresholds.review', { valueAsNumber: true })}
          />
        </label>
      </div>
      {bidError && (
        <p id="bid-threshold-error" className="field-error">
          {bidError}
        </p>
      )}
      {reviewError && (
        <p id="review-threshold-error" className="field-error">
          {reviewError}
        </p>
      )}
    </fieldset>
  );
}
