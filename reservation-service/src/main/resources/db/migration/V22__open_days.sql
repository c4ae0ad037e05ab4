-- The open-day rule in SQL, as reservation/policy/PickupCalendar has it in Java (read by ReservationFacts.calendar):
-- a day is open at a location when the location registers no opening hours or opens on that weekday, and no closed
-- period of it covers the day. open_days counts the open days from from_day up to, not including, before_day. The
-- pickup reminder job (notification/PickupReminders) counts the open days left with it; OpenDaysAgreementTest holds
-- the two definitions to the same answers.
CREATE FUNCTION open_days(location bigint, from_day date, before_day date) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT count(*)::integer
      FROM generate_series(from_day, before_day - 1, interval '1 day') AS g(d)
     WHERE (NOT EXISTS (SELECT 1 FROM opening_hours h WHERE h.location_id = location)
            OR EXISTS (SELECT 1 FROM opening_hours h WHERE h.location_id = location
                          AND h.weekday = extract(isodow FROM g.d)))
       AND NOT EXISTS (SELECT 1 FROM closed_period c WHERE c.location_id = location
                          AND g.d::date BETWEEN c.from_date AND c.to_date)
$$;
