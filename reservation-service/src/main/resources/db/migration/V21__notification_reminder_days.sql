-- The reminder's number of open days in force for a school's students, with the same precedence as
-- notification_enabled (V20): the school's override, else the organisation's rule, else the default. One place for
-- that order, used by the reminder job (notification/PickupReminders) next to notification_enabled.
CREATE FUNCTION notification_reminder_days(org bigint, sch bigint) RETURNS smallint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT reminder_open_days FROM notification_rule
                      WHERE organisation_id = org AND school_id = sch AND event = 'PICKUP_REMINDER'),
                    (SELECT reminder_open_days FROM notification_rule
                      WHERE organisation_id = org AND school_id IS NULL AND event = 'PICKUP_REMINDER'),
                    notification_default_reminder_days())
$$;
