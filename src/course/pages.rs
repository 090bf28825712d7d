//! A module as a sequence of pages, the way a learner moves through it.
//!
//! Lessons hold pages; the learner sees one flat list. Pages that hold only
//! facilitator blocks are left out for learners. Places are named by lesson
//! id and page number, so a place survives a course being reloaded as long as
//! that page still exists.

use super::model::{Block, Module, Scenario};

/// A page of a module, by lesson id and page number (from 0).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageRef {
    pub lesson: String,
    pub page: usize,
}

/// Every page of a module in order, as `(lesson index, page index)`.
pub fn flat_pages(m: &Module, facilitator: bool) -> Vec<(usize, usize)> {
    m.lessons
        .iter()
        .enumerate()
        .flat_map(|(li, l)| {
            l.pages
                .iter()
                .enumerate()
                .filter(move |(_, p)| facilitator || p.has_learner_content())
                .map(move |(pi, _)| (li, pi))
        })
        .collect()
}

/// The position of `r` in [`flat_pages`], if the page still exists and is shown.
pub fn position(m: &Module, facilitator: bool, r: &PageRef) -> Option<usize> {
    let li = m.lessons.iter().position(|l| l.id == r.lesson)?;
    flat_pages(m, facilitator)
        .iter()
        .position(|&(l, p)| l == li && p == r.page)
}

/// The page at flat position `i`.
pub fn page_ref(m: &Module, facilitator: bool, i: usize) -> Option<PageRef> {
    let (l, p) = *flat_pages(m, facilitator).get(i)?;
    Some(PageRef {
        lesson: m.lessons.get(l)?.id.clone(),
        page: p,
    })
}

/// The blocks of a page, if it exists.
pub fn blocks<'m>(m: &'m Module, r: &PageRef) -> Option<&'m [Block]> {
    let l = m.lessons.iter().find(|l| l.id == r.lesson)?;
    Some(&l.pages.get(r.page)?.blocks)
}

/// The scenario on a page, if there is one.
pub fn scenario_on<'m>(m: &'m Module, r: &PageRef) -> Option<&'m Scenario> {
    blocks(m, r)?.iter().find_map(|b| match b {
        Block::Scenario(s) => Some(s),
        _ => None,
    })
}

/// The page with the most to draw, for the rendering benchmark.
pub fn heaviest_page(m: &Module) -> usize {
    let flat = flat_pages(m, false);
    let weight = |&(l, p): &(usize, usize)| -> usize {
        m.lessons[l].pages[p]
            .blocks
            .iter()
            .map(|b| match b {
                Block::Text(t) => t.source.get("es").len(),
                Block::Artefact(a) => {
                    400 + a
                        .parts
                        .iter()
                        .map(|p| p.text.get("es").len())
                        .sum::<usize>()
                }
                Block::Scenario(_) => 800,
                Block::Picture(_) => 600,
                Block::RedFlags { flags, .. } => 200 * flags.len(),
                Block::KeyPoints { points, .. } => 100 * points.len(),
                _ => 50,
            })
            .sum()
    };
    flat.iter()
        .enumerate()
        .max_by_key(|(_, lp)| weight(lp))
        .map(|(i, _)| i)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module() -> Module {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        crate::course::load_dir(&dir)
            .unwrap()
            .course
            .module("what-is-trafficking")
            .unwrap()
            .clone()
    }

    #[test]
    fn pages_round_trip_by_id() {
        let m = module();
        let flat = flat_pages(&m, false);
        assert!(flat.len() >= 2);
        for i in 0..flat.len() {
            let r = page_ref(&m, false, i).unwrap();
            assert_eq!(position(&m, false, &r), Some(i));
            assert!(blocks(&m, &r).is_some());
        }
        assert_eq!(page_ref(&m, false, flat.len()), None);
        let gone = PageRef {
            lesson: "no-such-lesson".into(),
            page: 0,
        };
        assert_eq!(position(&m, false, &gone), None);
        // Facilitators see every page; learners never more than that.
        assert!(flat_pages(&m, true).len() >= flat.len());
    }
}
