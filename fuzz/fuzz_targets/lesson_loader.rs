//! Any bytes as a lesson file: decode, parse, validate, locate. Never panic.
#![no_main]

use std::path::Path;

use alerta::course::load::{decode_utf8, module_from_source, parse};
use alerta::course::raw::{RawHelpFile, RawManifest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    if let Ok(src) = decode_utf8(path, data.to_vec()) {
        let meta = alerta::course::CourseMeta::basic("c", Default::default(), &["en", "es"]);
        let r = module_from_source(path, &src, &meta, Path::new("."));
        for d in &r.diagnostics {
            assert!(d.line >= 1 && d.col >= 1);
        }
        let _ = parse::<RawManifest>(path, &src);
        let _ = parse::<RawHelpFile>(path, &src);
    }
});
