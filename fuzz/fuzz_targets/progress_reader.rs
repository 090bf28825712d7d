//! Any bytes as a progress file or a progress export. Never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = alerta::progress::model::parse_progress(s);
        let _ = alerta::progress::export::parse_export(s);
    }
});
