import type { TimelineItem } from '../shared/timeline/model';

/** A timeline item for tests: a notice date of bid `opportunityId`, with `fields` changed. */
export function timelineItem(
  opportunityId: string,
  kind: string,
  at: string,
  fields: Partial<TimelineItem> = {},
): TimelineItem {
  return {
    id: `${opportunityId}/${kind}/${at}`,
    opportunityId,
    opportunityTitle: `Bid ${opportunityId}`,
    buyerName: null,
    lane: 'notice',
    kind,
    title: kind,
    at,
    end: null,
    allDay: false,
    lotId: null,
    lotTitle: null,
    source: 'notice',
    done: false,
    movedFrom: null,
    url: null,
    location: null,
    detail: '',
    ...fields,
  };
}
