//! Time, injectable so that tests can move it (and move it backwards).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A moment: Unix seconds, plus the learner's local calendar day (days since
/// 1970-01-01 in local time), which the review schedule counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub unix: i64,
    pub day: i32,
}

pub trait Clock: Send + Sync {
    fn now(&self) -> Now;
}

/// The real clock, in the system's time zone.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Now {
        let z = jiff::Zoned::now();
        Now {
            unix: z.timestamp().as_second(),
            day: day_number(z.date()),
        }
    }
}

/// Days since 1970-01-01 for a calendar date.
pub fn day_number(d: jiff::civil::Date) -> i32 {
    let epoch = jiff::civil::date(1970, 1, 1);
    d.since((jiff::Unit::Day, epoch))
        .map(|s| s.get_days())
        .unwrap_or(0)
}

/// A local date for display, `YYYY-MM-DD`, from Unix seconds.
pub fn local_date(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::system()).date().to_string())
        .unwrap_or_else(|_| "?".into())
}

/// Local date and time for display, `YYYY-MM-DD HH:MM`.
pub fn local_datetime(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| "?".into())
}

/// A clock that tests set by hand. Clones share the same time.
#[derive(Clone, Debug, Default)]
pub struct FakeClock {
    unix: Arc<AtomicI64>,
}

impl FakeClock {
    /// Starts at midnight UTC of `day` days after 1970-01-01, plus `secs`.
    pub fn at_day(day: i32, secs: i64) -> Self {
        let c = FakeClock::default();
        c.set(day as i64 * 86_400 + secs);
        c
    }
    pub fn set(&self, unix: i64) {
        self.unix.store(unix, Ordering::SeqCst);
    }
    pub fn advance(&self, secs: i64) {
        self.unix.fetch_add(secs, Ordering::SeqCst);
    }
    pub fn advance_days(&self, days: i64) {
        self.advance(days * 86_400);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Now {
        let unix = self.unix.load(Ordering::SeqCst);
        Now {
            unix,
            day: unix.div_euclid(86_400) as i32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(jiff::civil::date(1970, 1, 1)), 0);
        assert_eq!(day_number(jiff::civil::date(1970, 1, 2)), 1);
        assert_eq!(day_number(jiff::civil::date(2026, 11, 29)), 20_786);
        let c = FakeClock::at_day(10, 5);
        assert_eq!(c.now().day, 10);
        c.advance_days(-11);
        assert_eq!(c.now().day, -1);
    }
}
