//! The quick-exit key sequences, which must work at once and never by accident.
//!
//! - **Esc twice** within a second, anywhere (also inside text fields).
//! - **Shift three times** within three seconds, counting only *lone* taps:
//!   Shift pressed and released with no other key, text or click in between.
//!   Typing capitals ("María José Pérez") or "¿" holds Shift with another key,
//!   so it never counts; and while a text field has focus no Shift tap counts.

use eframe::egui::{self, Event, Key};

/// Seconds within which three lone Shift taps trigger quick exit.
pub const SHIFT_WINDOW: f64 = 3.0;
/// Seconds within which two Esc presses trigger quick exit.
pub const ESC_WINDOW: f64 = 1.0;

/// Watches key events for the quick-exit sequences.
#[derive(Default, Debug)]
pub struct ExitKeys {
    /// Shift is down and nothing else has happened since it went down.
    shift_clean: bool,
    shift_down: bool,
    taps: Vec<f64>,
    escapes: Vec<f64>,
}

impl ExitKeys {
    /// Feeds one frame's events. `typing` is true while a text field has
    /// focus. Returns true when quick exit should fire.
    pub fn observe(&mut self, now: f64, events: &[Event], typing: bool) -> bool {
        for e in events {
            match e {
                Event::ModifiersChanged(m) => {
                    let only_shift = m.shift && !m.ctrl && !m.alt && !m.command && !m.mac_cmd;
                    if m.shift && !self.shift_down {
                        // Shift went down: a tap starts, if nothing else is held.
                        self.shift_clean = only_shift && !typing;
                    } else if m.shift && !only_shift {
                        self.shift_clean = false;
                    }
                    if !m.shift && self.shift_down {
                        // Shift came up: a lone tap if nothing happened meanwhile.
                        if self.shift_clean && !typing {
                            self.taps.push(now);
                        }
                        self.shift_clean = false;
                    }
                    self.shift_down = m.shift;
                }
                Event::Key {
                    key,
                    pressed,
                    repeat,
                    ..
                } => {
                    // Any other key while Shift is held spoils the tap.
                    self.shift_clean = false;
                    if *key == Key::Escape && *pressed && !*repeat {
                        self.escapes.push(now);
                    }
                    if *key != Key::Escape {
                        self.escapes.clear();
                    }
                }
                Event::Text(_) | Event::Paste(_) | Event::PointerButton { .. } => {
                    self.shift_clean = false;
                }
                _ => {}
            }
        }
        if typing {
            // Typing in a field: Shift taps there never count.
            self.taps.clear();
        }
        self.taps.retain(|t| now - t <= SHIFT_WINDOW);
        self.escapes.retain(|t| now - t <= ESC_WINDOW);
        if self.taps.len() >= 3 || self.escapes.len() >= 2 {
            self.taps.clear();
            self.escapes.clear();
            return true;
        }
        false
    }

    /// Reads this frame's events from egui.
    pub fn observe_ctx(&mut self, ctx: &egui::Context) -> bool {
        let typing = typing(ctx);
        let (now, events) = ctx.input(|i| (i.time, i.events.clone()));
        self.observe(now, &events, typing)
    }
}

/// Whether a text field has keyboard focus.
pub fn typing(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.focused().is_some()) && ctx.egui_wants_keyboard_input()
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Modifiers;

    fn shift(down: bool) -> Event {
        Event::ModifiersChanged(if down {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        })
    }

    fn key(k: Key, pressed: bool) -> Event {
        Event::Key {
            key: k,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        }
    }

    fn tap() -> Vec<Event> {
        vec![shift(true), shift(false)]
    }

    #[test]
    fn three_lone_taps_fire() {
        let mut k = ExitKeys::default();
        assert!(!k.observe(0.0, &tap(), false));
        assert!(!k.observe(0.5, &tap(), false));
        assert!(k.observe(1.0, &tap(), false));
    }

    #[test]
    fn capitals_never_fire() {
        let mut k = ExitKeys::default();
        // "MJP": Shift held around each letter, outside a text field too.
        for (i, letter) in [Key::M, Key::J, Key::P].into_iter().enumerate() {
            let ev = vec![
                shift(true),
                key(letter, true),
                Event::Text("X".into()),
                key(letter, false),
                shift(false),
            ];
            assert!(!k.observe(i as f64 * 0.2, &ev, false));
        }
        // "¿" on a Spanish keyboard: Shift with a text event and no key event.
        let q = vec![shift(true), Event::Text("¿".into()), shift(false)];
        assert!(!k.observe(1.0, &q, false));
        assert!(!k.observe(1.1, &q, false));
        assert!(!k.observe(1.2, &q, false));
    }

    #[test]
    fn taps_in_a_text_field_never_fire() {
        let mut k = ExitKeys::default();
        for i in 0..5 {
            assert!(!k.observe(i as f64 * 0.1, &tap(), true));
        }
    }

    #[test]
    fn slow_taps_do_not_add_up() {
        let mut k = ExitKeys::default();
        assert!(!k.observe(0.0, &tap(), false));
        assert!(!k.observe(2.0, &tap(), false));
        assert!(!k.observe(4.0, &tap(), false), "the first tap is too old");
        assert!(k.observe(4.5, &tap(), false));
    }

    #[test]
    fn escape_twice_fires_even_while_typing() {
        let mut k = ExitKeys::default();
        assert!(!k.observe(0.0, &[key(Key::Escape, true)], true));
        assert!(k.observe(0.4, &[key(Key::Escape, true)], true));
        let mut k = ExitKeys::default();
        assert!(!k.observe(0.0, &[key(Key::Escape, true)], false));
        assert!(
            !k.observe(2.0, &[key(Key::Escape, true)], false),
            "too slow"
        );
    }
}
