//! Stories: scenes, links, endings, and that every scene can end.

use std::collections::{HashMap, VecDeque};

use super::*;

impl Validator<'_> {
    pub(super) fn scenario(
        &mut self,
        path: &FieldPath,
        raw: RawScenario,
        block_ids: &mut Seen,
    ) -> Scenario {
        self.id(&path.field("id"), &raw.id, IdKind::Scenario, block_ids);
        self.text(&path.field("title"), &raw.title);
        self.opt_text(&path.field("intro"), &raw.intro);
        self.non_empty(&path.field("scenes"), &raw.scenes, "scenes");
        let image = match (&raw.image, &raw.image_alt) {
            (Some(rel), alt) => {
                if alt.is_none() {
                    self.error(path.field("image"), DiagKind::MissingAlt);
                }
                self.opt_text(&path.field("image_alt"), alt);
                Some(Picture {
                    image: self.asset(path.field("image"), rel),
                    alt: alt.clone().unwrap_or_default(),
                    caption: None,
                })
            }
            (None, Some(_)) => {
                self.warn(path.field("image_alt"), DiagKind::AltWithoutImage);
                None
            }
            (None, None) => None,
        };

        let mut scene_ids = Seen::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, s) in raw.scenes.iter().enumerate() {
            let sp = path.field("scenes").index(i);
            self.id(&sp.field("id"), &s.id, IdKind::Scene, &mut scene_ids);
            index.entry(s.id.as_str()).or_insert(i);
        }
        let start = match index.get(raw.start.as_str()) {
            Some(&i) => i,
            None => {
                self.error(
                    path.field("start"),
                    DiagKind::UnknownScene {
                        id: raw.start.clone(),
                    },
                );
                0
            }
        };

        let mut scenes = Vec::with_capacity(raw.scenes.len());
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); raw.scenes.len()];
        let mut is_ending = vec![false; raw.scenes.len()];
        let mut broken_links = false;
        for (i, s) in raw.scenes.iter().enumerate() {
            let sp = path.field("scenes").index(i);
            self.text(&sp.field("text"), &s.text);
            let step = match (&s.ending, s.choices.is_empty()) {
                (Some(_), false) => {
                    self.error(
                        sp.field("choices"),
                        DiagKind::EndingWithChoices {
                            scene: s.id.clone(),
                        },
                    );
                    SceneStep::Choices(Vec::new())
                }
                (None, true) => {
                    self.error(
                        sp.field("id"),
                        DiagKind::DeadEnd {
                            scene: s.id.clone(),
                        },
                    );
                    SceneStep::Choices(Vec::new())
                }
                (Some(e), true) => {
                    let ep = sp.field("ending");
                    self.text(&ep.field("title"), &e.title);
                    self.text(&ep.field("debrief"), &e.debrief);
                    is_ending[i] = true;
                    SceneStep::Ending(Ending {
                        outcome: e.outcome,
                        title: e.title.clone(),
                        debrief: e.debrief.clone(),
                    })
                }
                (None, false) => {
                    let mut out = Vec::new();
                    for (ci, c) in s.choices.iter().enumerate() {
                        let cp = sp.field("choices").index(ci);
                        self.text(&cp.field("text"), &c.text);
                        match index.get(c.goto.as_str()) {
                            Some(&to) => {
                                edges[i].push(to);
                                out.push(SceneChoice {
                                    text: c.text.clone(),
                                    goto: to,
                                });
                            }
                            None => {
                                broken_links = true;
                                self.error(
                                    cp.field("goto"),
                                    DiagKind::UnknownScene { id: c.goto.clone() },
                                )
                            }
                        }
                    }
                    SceneStep::Choices(out)
                }
            };
            scenes.push(Scene {
                id: s.id.clone(),
                text: s.text.clone(),
                step,
            });
        }

        // With a broken link the graph is incomplete: report the link, not its echoes.
        if !raw.scenes.is_empty() && !broken_links && index.contains_key(raw.start.as_str()) {
            if !is_ending.iter().any(|e| *e) {
                self.error(path.field("scenes"), DiagKind::NoEnding);
            }
            // Forward: what the learner can reach from the start.
            let reach = bfs(start, &edges);
            // Backward: which scenes can still reach an ending.
            let mut rev: Vec<Vec<usize>> = vec![Vec::new(); edges.len()];
            for (from, tos) in edges.iter().enumerate() {
                for &to in tos {
                    rev[to].push(from);
                }
            }
            let mut can_finish = vec![false; edges.len()];
            let mut queue: VecDeque<usize> = (0..edges.len()).filter(|&i| is_ending[i]).collect();
            for &i in &queue {
                can_finish[i] = true;
            }
            while let Some(n) = queue.pop_front() {
                for &p in &rev[n] {
                    if !can_finish[p] {
                        can_finish[p] = true;
                        queue.push_back(p);
                    }
                }
            }
            for (i, s) in raw.scenes.iter().enumerate() {
                let sp = path.field("scenes").index(i).field("id");
                if !reach[i] {
                    self.error(sp, DiagKind::UnreachableScene { id: s.id.clone() });
                } else if !can_finish[i] && !s.choices.is_empty() && is_ending.iter().any(|e| *e) {
                    self.error(
                        sp,
                        DiagKind::NoWayOut {
                            scene: s.id.clone(),
                        },
                    );
                }
            }
        }

        Scenario {
            id: raw.id.clone(),
            title: raw.title.clone(),
            intro: raw.intro.clone(),
            image,
            start,
            scenes,
        }
    }
}

fn bfs(start: usize, edges: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    if start >= edges.len() {
        return seen;
    }
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(n) = queue.pop_front() {
        for &m in &edges[n] {
            if !seen[m] {
                seen[m] = true;
                queue.push_back(m);
            }
        }
    }
    seen
}
