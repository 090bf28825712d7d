//! A light spaced review with three Leitner boxes.
//!
//! The rule:
//! - A question answered wrong (in a quiz or in review) goes into **box 1**. It
//!   comes back at the start of the **next session**, even on the same day.
//! - Answered right from box 1, it moves to **box 2**, due **1 day** later.
//! - Answered right from box 2, it moves to **box 3**, due **3 days** later.
//! - Answered right from box 3, it leaves review: the learner has it.
//! - A wrong answer from any box sends it back to box 1.
//! - A card is shown only when it is due, so each promotion happens on a
//!   later day than the one before: a question leaves review only after it
//!   was answered right on three separate days.
//! - If the clock goes backwards (a laptop with a flat clock battery), no card
//!   is promoted by it, and due dates that now lie further ahead than their
//!   box allows are pulled back, so a card is never stranded for years.

use serde::{Deserialize, Serialize};

use super::clock::Now;
use crate::quiz::AnswerRecord;

/// Days until a card in each box is due again (box 1 waits for the next session).
pub const BOX_DAYS: [i32; 3] = [0, 1, 3];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Card {
    /// 1, 2 or 3.
    pub box_no: u8,
    /// The card is due from this session number on…
    pub due_session: u32,
    /// …and from this local day on.
    pub due_day: i32,
    /// Local day of the last answer that counted.
    pub last_day: i32,
    pub wrong_count: u32,
    /// Recent review answers, for "My mistakes".
    pub history: Vec<AnswerRecord>,
}

impl Default for Card {
    fn default() -> Self {
        Card {
            box_no: 1,
            due_session: 0,
            due_day: i32::MIN,
            last_day: i32::MIN,
            wrong_count: 0,
            history: Vec::new(),
        }
    }
}

pub fn is_due(card: &Card, session: u32, now: Now) -> bool {
    session >= card.due_session && now.day >= card.due_day
}

/// A wrong answer: back to box 1, due next session.
pub fn on_wrong(card: &mut Card, session: u32, now: Now) {
    card.box_no = 1;
    card.due_session = session.saturating_add(1);
    card.due_day = now.day;
    card.last_day = now.day;
    card.wrong_count = card.wrong_count.saturating_add(1);
}

/// A right answer. Returns true when the card leaves review.
pub fn on_right(card: &mut Card, session: u32, now: Now) -> bool {
    // Not due (or the clock went backwards): a right answer is welcome but moves nothing.
    if !is_due(card, session, now) || now.day < card.last_day {
        return false;
    }
    if card.box_no >= 3 {
        return true;
    }
    card.box_no += 1;
    card.last_day = now.day;
    card.due_day = now.day + BOX_DAYS[usize::from(card.box_no - 1)];
    card.due_session = session;
    false
}

/// After the clock went backwards, pull due days back to at most one box
/// interval from today, and forget "last answered" days in the future.
pub fn clamp_after_clock_change<'a>(
    cards: impl IntoIterator<Item = (&'a String, &'a mut Card)>,
    today: i32,
) {
    for (_, card) in cards {
        let max_wait = BOX_DAYS[usize::from(card.box_no.clamp(1, 3) - 1)];
        if card.due_day > today + max_wait {
            card.due_day = today + max_wait;
        }
        if card.last_day > today {
            card.last_day = today - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::{Clock, FakeClock};
    use std::collections::BTreeMap;

    /// Simulates sessions: each `day` is one session on that day.
    #[test]
    fn leaves_review_after_right_answers_on_three_separate_days() {
        let clock = FakeClock::at_day(100, 9 * 3600);
        let mut card = Card::default();
        let mut session = 1;
        on_wrong(&mut card, session, clock.now());
        assert!(
            !is_due(&card, session, clock.now()),
            "not in the same session"
        );

        // Later the same day, a new session: due, and a right answer moves it to box 2.
        session += 1;
        clock.advance(3600);
        assert!(is_due(&card, session, clock.now()));
        assert!(!on_right(&mut card, session, clock.now()));
        assert_eq!(card.box_no, 2);

        // Another session the same day: not due, and a right answer would move nothing.
        session += 1;
        assert!(!is_due(&card, session, clock.now()));
        assert!(!on_right(&mut card, session, clock.now()));
        assert_eq!(card.box_no, 2);

        // Next day: due; right → box 3, due in 3 days.
        session += 1;
        clock.advance_days(1);
        assert!(!on_right(&mut card, session, clock.now()));
        assert_eq!(card.box_no, 3);
        clock.advance_days(2);
        session += 1;
        assert!(!is_due(&card, session, clock.now()));
        clock.advance_days(1);
        session += 1;
        assert!(is_due(&card, session, clock.now()));
        assert!(on_right(&mut card, session, clock.now()), "leaves review");
    }

    #[test]
    fn wrong_sends_back_to_box_one() {
        let clock = FakeClock::at_day(10, 0);
        let mut card = Card::default();
        on_wrong(&mut card, 1, clock.now());
        on_right(&mut card, 2, clock.now());
        assert_eq!(card.box_no, 2);
        clock.advance_days(1);
        on_wrong(&mut card, 3, clock.now());
        assert_eq!(card.box_no, 1);
        assert_eq!(card.wrong_count, 2);
        assert!(!is_due(&card, 3, clock.now()));
        assert!(is_due(&card, 4, clock.now()));
    }

    #[test]
    fn clock_going_backwards_promotes_nothing_and_strands_nothing() {
        let clock = FakeClock::at_day(5000, 0);
        let mut card = Card::default();
        on_wrong(&mut card, 1, clock.now());
        on_right(&mut card, 2, clock.now());
        clock.advance_days(1);
        on_right(&mut card, 3, clock.now());
        assert_eq!((card.box_no, card.due_day), (3, 5004));

        // The clock jumps back four years.
        clock.advance_days(-1460);
        let now = clock.now();
        assert!(
            !on_right(&mut card, 4, now),
            "no promotion while the clock is behind"
        );
        assert_eq!(card.box_no, 3);
        let mut cards = BTreeMap::from([("m/q".to_string(), card)]);
        clamp_after_clock_change(cards.iter_mut(), now.day);
        let card = &cards["m/q"];
        assert_eq!(
            card.due_day,
            now.day + 3,
            "due again within its box interval"
        );
        assert!(card.last_day < now.day);
        clock.advance_days(3);
        assert!(is_due(card, 5, clock.now()));
    }
}
