// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventFacts } from './EventFacts';

afterEach(cleanup);

const event = {
  start: '2026-07-03T10:00:00+01:00',
  end: null,
  allDay: false,
  place: null,
  onlineUrl: null,
};

describe('an event’s sign-up deadline', () => {
  it('at midnight is the end of the day before, never that day as a whole', () => {
    render(
      <EventFacts
        event={{ ...event, signUpDeadline: '2026-06-27T00:00:00+01:00' }}
        now={new Date('2026-06-01T09:00:00Z')}
      />,
    );
    expect(screen.getByText('Sign up by').nextElementSibling?.textContent).toBe(
      '27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: sign up by the end of Friday 26 June) (in 25 days)',
    );
  });

  it('at 23:59:59 shows that time, as the notice gives it', () => {
    render(
      <EventFacts
        event={{ ...event, signUpDeadline: '2026-06-26T23:59:59+01:00' }}
        now={new Date('2026-06-01T09:00:00Z')}
      />,
    );
    expect(screen.getByText('Sign up by').nextElementSibling?.textContent).toBe(
      '26 Jun 2026, 23:59 (in 25 days)',
    );
  });
});
