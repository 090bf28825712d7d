//! The blocks of a page: texts, lists, red flags, pictures, artefacts.

use super::*;

impl Validator<'_> {
    pub(super) fn block(&mut self, path: &FieldPath, raw: RawBlock, block_ids: &mut Seen) -> Block {
        match raw {
            RawBlock::Text { body, .. } => Block::Text(self.rich(&path.field("body"), body)),
            RawBlock::Picture {
                image,
                alt,
                caption,
            } => {
                self.text(&path.field("alt"), &alt);
                self.opt_text(&path.field("caption"), &caption);
                let image = self.asset(path.field("image"), &image);
                Block::Picture(Picture {
                    image,
                    alt,
                    caption,
                })
            }
            RawBlock::KeyPoints { title, points, .. } => {
                self.opt_text(&path.field("title"), &title);
                self.non_empty(&path.field("points"), &points, "points");
                for (i, p) in points.iter().enumerate() {
                    self.text(&path.field("points").index(i), p);
                }
                Block::KeyPoints { title, points }
            }
            RawBlock::RedFlags { title, flags, .. } => {
                self.opt_text(&path.field("title"), &title);
                self.non_empty(&path.field("flags"), &flags, "flags");
                let flags = flags
                    .into_iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let fp = path.field("flags").index(i);
                        self.text(&fp.field("text"), &f.text);
                        self.opt_text(&fp.field("why"), &f.why);
                        let kind = self.kind(fp.field("kind"), f.kind);
                        RedFlag {
                            text: f.text,
                            kind,
                            why: f.why,
                        }
                    })
                    .collect();
                Block::RedFlags { title, flags }
            }
            RawBlock::Artefact(a) => Block::Artefact(self.artefact(path, a, block_ids)),
            RawBlock::Discussion { prompt } => {
                self.text(&path.field("prompt"), &prompt);
                Block::Discussion(prompt)
            }
            RawBlock::FacilitatorNote { note } => {
                self.text(&path.field("note"), &note);
                Block::FacilitatorNote(note)
            }
            RawBlock::Scenario(s) => Block::Scenario(self.scenario(path, s, block_ids)),
        }
    }

    pub(super) fn artefact(
        &mut self,
        path: &FieldPath,
        raw: RawArtefact,
        block_ids: &mut Seen,
    ) -> Artefact {
        self.id(&path.field("id"), &raw.id, IdKind::Artefact, block_ids);
        self.text(&path.field("title"), &raw.title);
        self.opt_text(&path.field("from"), &raw.from);
        let image = raw
            .image
            .as_ref()
            .and_then(|rel| self.asset(path.field("image"), rel));
        if raw.image.is_some() && raw.image_alt.is_none() {
            self.error(path.field("image"), DiagKind::MissingAlt);
        }
        self.opt_text(&path.field("image_alt"), &raw.image_alt);
        self.non_empty(&path.field("parts"), &raw.parts, "parts");
        let mut part_ids = Seen::new();
        let parts = raw
            .parts
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let pp = path.field("parts").index(i);
                if let Some(id) = &p.id {
                    self.id(&pp.field("id"), id, IdKind::Part, &mut part_ids);
                }
                self.text(&pp.field("text"), &p.text);
                self.opt_text(&pp.field("note"), &p.note);
                let flag = self.kind(pp.field("flag"), p.flag);
                Part {
                    id: p.id,
                    sender: p.sender,
                    mine: p.mine,
                    time: p.time,
                    text: p.text,
                    flag,
                    note: p.note,
                }
            })
            .collect();
        Artefact {
            id: raw.id,
            kind: raw.kind,
            title: raw.title,
            from: raw.from,
            image,
            image_alt: raw.image_alt,
            parts,
        }
    }
}
