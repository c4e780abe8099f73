import type { FactSource } from '../../../shared/notice/model';
import './derived.css';

/**
 * Marks a fact Bid Desk read from the notice's prose rather than its structured data, with the
 * words it came from, so the user can check it.
 */
export function Derived({ source, what = 'this' }: { source: FactSource | null; what?: string }) {
  return (
    <details className="derived">
      <summary>from the description</summary>
      <p>
        Bid Desk read {what} from the notice's text
        {source
          ? ` (${source.field.startsWith('page:') ? source.field.slice(6) : fieldName(source.field)})`
          : ''}
        :
      </p>
      {source && <blockquote>{source.snippet}</blockquote>}
    </details>
  );
}

function fieldName(field: string): string {
  if (field.startsWith('tender.description')) return 'the description';
  if (field.includes('milestones')) return 'the engagement details';
  if (field.includes('awardCriteria')) return 'the award criteria';
  return field;
}
