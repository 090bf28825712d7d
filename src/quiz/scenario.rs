//! Playing a scenario: where the learner is, the path so far, and the order
//! in which each scene's choices are shown.
//!
//! Choices are shown in an order shuffled per run (seeded, so a test can
//! reproduce it), so that the safe choice is not always in the same place;
//! every choice is stored and graded by its index in the course file.

use crate::course::{Scenario, SceneStep};

#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioPlay {
    pub scenario: String,
    /// The current scene (an index into the scenario's scenes).
    pub current: usize,
    /// Scene indices visited, in order, including the current one.
    pub path: Vec<usize>,
    pub started: i64,
    /// Seeds the choice order of every scene in this run.
    pub seed: u64,
}

impl ScenarioPlay {
    pub fn new(sc: &Scenario, now: i64, seed: u64) -> Self {
        ScenarioPlay {
            scenario: sc.id.clone(),
            current: sc.start,
            path: vec![sc.start],
            started: now,
            seed,
        }
    }

    /// The display order of the current scene's choices, as course indices.
    pub fn choice_order(&self, sc: &Scenario) -> Vec<usize> {
        let n = match sc.scenes.get(self.current).map(|s| &s.step) {
            Some(SceneStep::Choices(c)) => c.len(),
            _ => 0,
        };
        // A different order per scene, stable within the run.
        let mut rng = fastrand::Rng::with_seed(
            self.seed ^ (self.current as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        );
        crate::quiz::run::shuffled(n, &mut rng)
    }

    /// Takes choice `choice` (a course index). Returns the ending scene when
    /// this choice reaches one; `None` for a choice that does not exist.
    pub fn choose(&mut self, sc: &Scenario, choice: usize) -> Option<usize> {
        let SceneStep::Choices(choices) = &sc.scenes.get(self.current)?.step else {
            return None;
        };
        let next = choices.get(choice)?.goto;
        sc.scenes.get(next)?;
        self.current = next;
        self.path.push(next);
        matches!(sc.scenes[next].step, SceneStep::Ending(_)).then_some(next)
    }

    pub fn ended(&self, sc: &Scenario) -> bool {
        matches!(
            sc.scenes.get(self.current).map(|s| &s.step),
            Some(SceneStep::Ending(_))
        )
    }

    /// Whether this play still fits the scenario (after a course reload).
    pub fn fits(&self, sc: &Scenario) -> bool {
        self.scenario == sc.id && self.path.iter().all(|&i| i < sc.scenes.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Block;

    fn scenario() -> Scenario {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        let course = crate::course::load_dir(&dir).unwrap().course;
        course
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter())
            .flat_map(|l| l.pages.iter())
            .flat_map(|p| p.blocks.iter())
            .find_map(|b| match b {
                Block::Scenario(s) => Some(s.clone()),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn plays_to_an_ending_and_orders_are_permutations() {
        let sc = scenario();
        let mut seen_orders = std::collections::BTreeSet::new();
        for seed in 0..40 {
            let play = ScenarioPlay::new(&sc, 0, seed);
            let order = play.choice_order(&sc);
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, (0..order.len()).collect::<Vec<_>>());
            seen_orders.insert(order);
        }
        assert!(seen_orders.len() > 1, "the order changes between runs");
        let mut play = ScenarioPlay::new(&sc, 0, 1);
        assert_eq!(play.choose(&sc, 99), None, "no such choice");
        let mut steps = 0;
        while !play.ended(&sc) && steps < 50 {
            play.choose(&sc, 0);
            steps += 1;
        }
        assert!(play.ended(&sc));
        assert!(play.fits(&sc));
    }
}
