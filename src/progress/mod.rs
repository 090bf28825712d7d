//! Learner progress: profiles, mastery, review, and a store that never loses
//! work. Pure data and file I/O; no egui.

pub mod class;
pub mod clock;
pub mod export;
pub mod ids;
pub mod migrate;
pub mod model;
pub mod pin;
pub mod profiles;
pub mod review;
pub mod store;

pub use clock::{Clock, FakeClock, Now, SystemClock};
pub use model::{ModuleStatus, Progress};
pub use profiles::{AppSettings, DataDir, ProfileEntry, ProfileError};
pub use store::{Mode, OpenError, Opened, Recovery, SaveError, Store};
